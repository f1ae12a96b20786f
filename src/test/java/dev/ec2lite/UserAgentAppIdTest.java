package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.DETACH_OK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS_SDK_UA_APP_ID, sdk_ua_app_id and the builder's appId reach the User-Agent as app/<id>. */
class UserAgentAppIdTest {
    @TempDir
    Path home;

    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nsdk_ua_app_id = from-profile\n");
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private String userAgent(Map<String, String> variables, String builderAppId) throws InterruptedException {
        Map<String, String> all = new HashMap<>(variables);
        all.put("AWS_EC2_METADATA_DISABLED", "true");
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = ec2.clientBuilder()
                .environment(Environment.of(all, Map.of(), home))
                .appId(builderAppId)
                .build()) {
            client.detachNetworkInterface("eni-attach-0123456789abcdef0");
        }
        return ec2.server.takeRequest().getHeaders().get("User-Agent");
    }

    @Test
    void theProfileSettingIsSent() throws Exception {
        assertTrue(userAgent(Map.of(), null).endsWith(" app/from-profile"));
    }

    @Test
    void theVariableWinsOverTheProfileAndTheBuilderOverBoth() throws Exception {
        assertTrue(userAgent(Map.of("AWS_SDK_UA_APP_ID", "from-env"), null).endsWith(" app/from-env"));
        assertTrue(
                userAgent(Map.of("AWS_SDK_UA_APP_ID", "from-env"), "from-code").endsWith(" app/from-code"));
    }

    @Test
    void charactersAUserAgentTokenCannotHoldBecomeUnderscores() throws Exception {
        String agent = userAgent(Map.of("AWS_SDK_UA_APP_ID", " my app/1.0 (beta) "), null);

        assertTrue(agent.endsWith(" app/my_app_1.0__beta_"), agent);
    }

    @Test
    void anIdOverFiftyCharactersIsStillSentAsTheSdksDo() throws Exception {
        String id = "a".repeat(UserAgent.APP_ID_MAX_LENGTH + 5);

        assertTrue(userAgent(Map.of("AWS_SDK_UA_APP_ID", id), null).endsWith(" app/" + id));
    }

    @Test
    void withoutAnIdThereIsNoAppPart() throws Exception {
        Files.delete(home.resolve(".aws/config"));

        String agent = userAgent(Map.of(), null);

        assertFalse(agent.contains(" app/"), agent);
        assertEquals(UserAgent.value(), agent);
    }
}
