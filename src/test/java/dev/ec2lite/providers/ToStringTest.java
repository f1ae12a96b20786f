package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static dev.ec2lite.providers.TestEnv.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No provider's {@code toString()} shows a secret, before or after it has resolved credentials. */
class ToStringTest {
    @TempDir
    Path home;

    @Test
    void noProviderShowsASecretKeyOrToken() {
        TestEnv.credentials(
                home,
                "[default]",
                "aws_access_key_id = AKIDPROFILE",
                "aws_secret_access_key = " + SECRET_KEY,
                "aws_session_token = " + SESSION_TOKEN);
        Environment env = TestEnv.in(home)
                .variable("AWS_ACCESS_KEY_ID", "AKIDVARIABLE")
                .variable("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
                .variable("AWS_SESSION_TOKEN", SESSION_TOKEN)
                .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", SESSION_TOKEN)
                .property("aws.accessKeyId", "AKIDPROPERTY")
                .property("aws.secretAccessKey", SECRET_KEY)
                .build();
        MutableClock clock = new MutableClock();
        RecordingRoles roles = new RecordingRoles(MutableClock.DEFAULT_START.plus(Duration.ofHours(1)));
        DefaultCredentialsChain chain =
                DefaultCredentialsChain.builder().environment(env).clock(clock).build();
        ProfileCredentialsProvider profile =
                ProfileCredentialsProvider.builder().environment(env).build();
        EnvironmentCredentialsProvider variables = EnvironmentCredentialsProvider.create(env);
        List<Object> all = List.of(
                chain,
                profile,
                variables,
                SystemPropertyCredentialsProvider.create(env),
                WebIdentityCredentialsProvider.create(env, roles, clock),
                ContainerCredentialsProvider.create(env, null, clock),
                InstanceProfileCredentialsProvider.create(env, null, null, clock),
                ProcessCredentialsProvider.create("helper --secret " + SECRET_KEY),
                CachedCredentialsProvider.create(variables, clock),
                RegionChain.builder().environment(env).build());

        for (Object provider : all) {
            if (provider instanceof CredentialsProvider credentials && provider != chain) {
                try {
                    credentials.resolveCredentials();
                } catch (RuntimeException e) {
                    // Only the text matters here; several of these have nothing configured.
                }
            }
        }
        chain.resolveCredentials();
        profile.resolveCredentials();

        for (Object provider : all) {
            String text = provider.toString();
            assertFalse(text.contains(SECRET_KEY), text);
            assertFalse(text.contains(SESSION_TOKEN), text);
        }
    }
}
