package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebIdentityCredentialsProviderTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock();
    private final RecordingRoles roles = new RecordingRoles(MutableClock.DEFAULT_START.plus(Duration.ofHours(1)));

    private TestEnv configured() {
        return TestEnv.in(home)
                .variable("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets/eks/token")
                .variable("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/Pod")
                .variable("AWS_REGION", "ap-south-1");
    }

    @Test
    void environmentVariablesDescribeTheRoleAndTheAnswerIsCached() {
        WebIdentityCredentialsProvider provider = WebIdentityCredentialsProvider.create(
                configured().variable("AWS_ROLE_SESSION_NAME", "pod-7").build(), roles, clock);

        assertEquals("ASIAWEB1", provider.resolveCredentials().accessKeyId());
        assertEquals("ASIAWEB1", provider.resolveCredentials().accessKeyId());

        assertEquals(
                new WebIdentitySpec(
                        "arn:aws:iam::123456789012:role/Pod",
                        "pod-7",
                        Path.of("/var/run/secrets/eks/token"),
                        null,
                        "ap-south-1"),
                roles.webIdentitySpecs.get(0));
        assertEquals(1, roles.webIdentitySpecs.size());
    }

    @Test
    void aTokenFileWithoutRoleArnNamesTheMissingVariable() {
        Environment env = configured().withoutVariable("AWS_ROLE_ARN").build();

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> WebIdentityCredentialsProvider.create(env, roles, clock).resolveCredentials());

        assertEquals("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is missing", e.getMessage());
    }

    @Test
    void withoutRoleCredentialsSourceItFailsSayingItNeedsSts() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> WebIdentityCredentialsProvider.create(configured().build(), null, clock)
                        .resolveCredentials());

        assertEquals(
                "AWS_WEB_IDENTITY_TOKEN_FILE needs STS AssumeRoleWithWebIdentity, and no RoleCredentialsSource"
                        + " was given (pass one to the provider or chain builder)",
                e.getMessage());
    }

    @Test
    void toStringShowsNothingConfigured() {
        assertEquals(
                "WebIdentityCredentialsProvider",
                WebIdentityCredentialsProvider.create(configured().build(), roles, clock)
                        .toString());
    }
}
