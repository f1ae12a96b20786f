package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static dev.ec2lite.providers.TestEnv.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system-property and environment-variable providers. */
class KeyPairProvidersTest {
    @TempDir
    Path home;

    @Test
    void environmentVariablesGiveKeysAndSessionToken() {
        AwsCredentials credentials = EnvironmentCredentialsProvider.create(TestEnv.in(home)
                        .variable("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID)
                        .variable("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
                        .variable("AWS_SESSION_TOKEN", SESSION_TOKEN)
                        .build())
                .resolveCredentials();

        assertEquals(ACCESS_KEY_ID, credentials.accessKeyId());
        assertEquals(SECRET_KEY, credentials.secretAccessKey());
        assertEquals(Optional.of(SESSION_TOKEN), credentials.sessionToken());
    }

    @Test
    void systemPropertiesGiveKeysWithoutToken() {
        AwsCredentials credentials = SystemPropertyCredentialsProvider.create(TestEnv.in(home)
                        .property("aws.accessKeyId", ACCESS_KEY_ID)
                        .property("aws.secretAccessKey", SECRET_KEY)
                        .build())
                .resolveCredentials();

        assertEquals(AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY), credentials);
    }

    @Test
    void anIdWithoutSecretIsAnErrorNamingTheMissingSecret() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> EnvironmentCredentialsProvider.create(TestEnv.in(home)
                                .variable("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID)
                                .build())
                        .resolveCredentials());

        assertEquals("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is missing", e.getMessage());
    }

    @Test
    void aSecretWithoutIdIsAnErrorNamingTheMissingIdAndNotTheSecret() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> SystemPropertyCredentialsProvider.create(TestEnv.in(home)
                                .property("aws.secretAccessKey", SECRET_KEY)
                                .build())
                        .resolveCredentials());

        assertEquals("aws.secretAccessKey is set but aws.accessKeyId is missing", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET_KEY));
    }

    @Test
    void nothingSetSaysWhichSettingsWereLookedFor() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> EnvironmentCredentialsProvider.create(TestEnv.in(home).build())
                        .resolveCredentials());

        assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set"));
    }
}
