package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.ec2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2ServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the client's retry settings come from: builder, then system property, environment, profile. */
class RetrySettingsResolutionTest {
    @TempDir
    Path home;

    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
        for (int i = 0; i < 5; i++) {
            ec2.enqueue(503, ec2Error("RequestLimitExceeded", "Request limit exceeded."));
        }
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private int attemptsWith(Environment env, Integer builderAttempts) {
        Ec2Client.Builder builder = ec2.clientBuilder().environment(env);
        if (builderAttempts != null) {
            builder.maxAttempts(builderAttempts);
        }
        try (Ec2Client client = builder.build()) {
            return assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"))
                    .attempts();
        }
    }

    private Environment env(Map<String, String> variables, Map<String, String> properties) throws Exception {
        Path config = Files.writeString(home.resolve("config"), "[default]\nmax_attempts = 2\nretry_mode = adaptive\n");
        Map<String, String> all = new HashMap<>(variables);
        all.put("AWS_CONFIG_FILE", config.toString());
        all.put("AWS_EC2_METADATA_DISABLED", "true");
        return Environment.of(all, properties, home);
    }

    @Test
    void theProfileIsTheLastSource() throws Exception {
        assertEquals(2, attemptsWith(env(Map.of(), Map.of()), null));
    }

    @Test
    void theEnvironmentBeatsTheProfile() throws Exception {
        assertEquals(4, attemptsWith(env(Map.of("AWS_MAX_ATTEMPTS", "4"), Map.of()), null));
    }

    @Test
    void theSystemPropertyBeatsTheEnvironment() throws Exception {
        assertEquals(1, attemptsWith(env(Map.of("AWS_MAX_ATTEMPTS", "4"), Map.of("aws.maxAttempts", "1")), null));
    }

    @Test
    void theBuilderBeatsEverything() throws Exception {
        assertEquals(3, attemptsWith(env(Map.of("AWS_MAX_ATTEMPTS", "4"), Map.of("aws.maxAttempts", "1")), 3));
    }

    @Test
    void anInvalidSettingIsAConfigurationErrorNamingIt() throws Exception {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ec2.clientBuilder()
                        .environment(env(Map.of("AWS_RETRY_MODE", "sometimes"), Map.of()))
                        .build());
        assertTrue(e.getMessage().contains("AWS_RETRY_MODE"), e.getMessage());
    }

    @Test
    void theRetryModeIsReadFromTheProfile() throws Exception {
        try (Ec2Client client =
                ec2.clientBuilder().environment(env(Map.of(), Map.of())).build()) {
            assertTrue(
                    client.describeConfiguration().contains("retry: adaptive, 2 attempts"),
                    client.describeConfiguration());
        }
    }
}
