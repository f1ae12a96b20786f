package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with an IAM Identity Center profile: --debug names the source; an unreachable portal exits 255. */
class SsoCommandTest {
    private static final String ACCESS_TOKEN = "ssoAccessTokenEXAMPLE-aoJhbGciOiJIUzI1NiJ9";
    private static final String PORTAL_SECRET = "portalSecretEXAMPLE/K7MDENG+bPxRfiCYzEXAMPLE";
    private static final String PORTAL_TOKEN = "portalSessionTokenEXAMPLE/FwoGZXIvYXdz==";
    private static final String DETACHED =
            "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return></DetachNetworkInterfaceResponse>";

    @TempDir
    Path home;

    private final MockWebServer portal = new MockWebServer();
    private final MockWebServer ec2 = new MockWebServer();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        portal.start(InetAddress.getByName("127.0.0.1"), 0);
        ec2.start(InetAddress.getByName("127.0.0.1"), 0);
        Files.createDirectories(home.resolve(".aws/sso/cache"));
        Files.writeString(
                home.resolve(".aws/config"),
                "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n"
                        + "region = us-east-1\n\n[sso-session my-sso]\n"
                        + "sso_start_url = https://my-sso-portal.awsapps.com/start\nsso_region = us-east-1\n");
        // SHA-1 of "my-sso", computed outside this code base.
        Files.writeString(
                home.resolve(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"),
                "{\"accessToken\":\"" + ACCESS_TOKEN + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        env.put("HOME", home.toString());
        env.put("AWS_ENDPOINT_URL_SSO", portal.url("/").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        portal.close();
        ec2.close();
    }

    private CliRun detach() {
        return CliRun.run(
                env,
                "detach-network-interface",
                "--endpoint-url",
                "http://127.0.0.1:" + ec2.getPort(),
                "--profile",
                "dev",
                "--attachment-id",
                "eni-attach-0123456789abcdef0",
                "--debug");
    }

    @Test
    void debugNamesTheSessionAndAccountAndNeverAToken() throws Exception {
        portal.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"roleCredentials\":{\"accessKeyId\":\"ASIAPORTALEXAMPLE123\",\"secretAccessKey\":\""
                        + PORTAL_SECRET + "\",\"sessionToken\":\"" + PORTAL_TOKEN
                        + "\",\"expiration\":4070908800000}}")
                .build());
        ec2.enqueue(new MockResponse.Builder().code(200).body(DETACHED).build());

        CliRun run = detach();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains("credentials from profile 'dev' (shared config and credentials files): IAM Identity"
                                + " Center (sso_session 'my-sso', account 111122223333, role ReadOnly)"),
                run.err());
        for (String secret : new String[] {ACCESS_TOKEN, PORTAL_SECRET, PORTAL_TOKEN}) {
            assertFalse(run.err().contains(secret) || run.out().contains(secret), secret);
        }
        assertTrue(ec2.takeRequest().getHeaders().get("Authorization").contains("Credential=ASIAPORTALEXAMPLE123/"));
    }

    @Test
    void anUnreachablePortalExits255NotAsAConfigurationError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        env.put("AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:" + closedPort);

        CliRun run = detach();

        assertEquals(ExitCodes.OTHER, run.exitCode(), run.err());
        assertTrue(run.err().contains("IAM Identity Center GetRoleCredentials"), run.err());
        assertFalse(run.err().contains(ACCESS_TOKEN), run.err());
        assertEquals(0, ec2.getRequestCount());
    }

    @Test
    void anExpiredSessionSaysToLogInAndExits253() throws IOException {
        Files.writeString(
                home.resolve(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"),
                "{\"accessToken\":\"" + ACCESS_TOKEN + "\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");

        CliRun run = detach();

        assertEquals(ExitCodes.CONFIGURATION, run.exitCode(), run.err());
        assertTrue(run.err().contains("run `aws sso login --profile dev`"), run.err());
        assertEquals(0, portal.getRequestCount());
    }
}
