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
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the default chain, each source beating the next, and its failure message. */
class DefaultCredentialsChainTest {
    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();
    private final RecordingRoles roles = new RecordingRoles(MutableClock.DEFAULT_START.plus(Duration.ofHours(1)));

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DefaultCredentialsChain chain(TestEnv env, RoleCredentialsSource source) {
        return DefaultCredentialsChain.builder()
                .environment(env.build())
                .roleCredentialsSource(source)
                .clock(clock)
                .build();
    }

    private TestEnv systemProperties(TestEnv env) {
        return env.property("aws.accessKeyId", "AKIDPROPERTY").property("aws.secretAccessKey", SECRET_KEY);
    }

    private TestEnv environmentVariables(TestEnv env) {
        return env.variable("AWS_ACCESS_KEY_ID", "AKIDVARIABLE").variable("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    }

    private TestEnv webIdentity(TestEnv env) {
        return env.variable("AWS_WEB_IDENTITY_TOKEN_FILE", home.resolve("token").toString())
                .variable("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/Pod");
    }

    private TestEnv profile(TestEnv env) {
        TestEnv.credentials(
                home, "[default]", "aws_access_key_id = AKIDPROFILE", "aws_secret_access_key = " + SECRET_KEY);
        return env;
    }

    private TestEnv container(TestEnv env) {
        server.enqueue(new MockResponse.Builder()
                .body(TestEnv.metadataJson("ASIACONTAINER", "2025-06-01T18:00:00Z"))
                .build());
        return env.variable(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url("/creds").toString());
    }

    private TestEnv instanceMetadata(TestEnv env) {
        server.enqueue(new MockResponse.Builder().body("token").build());
        server.enqueue(new MockResponse.Builder().body("role").build());
        server.enqueue(new MockResponse.Builder()
                .body(TestEnv.metadataJson("ASIAIMDS", "2025-06-01T18:00:00Z"))
                .build());
        return env.imdsAt(server.url("/").toString());
    }

    private String answer(DefaultCredentialsChain chain) {
        return chain.resolveCredentials().accessKeyId();
    }

    @Test
    void systemPropertiesBeatEnvironmentVariables() {
        DefaultCredentialsChain chain = chain(systemProperties(environmentVariables(TestEnv.in(home))), roles);

        assertEquals("AKIDPROPERTY", answer(chain));
        assertEquals(Optional.of("system properties (aws.accessKeyId)"), chain.sourceDescription());
    }

    @Test
    void environmentVariablesBeatWebIdentity() {
        DefaultCredentialsChain chain = chain(environmentVariables(webIdentity(TestEnv.in(home))), roles);

        assertEquals("AKIDVARIABLE", answer(chain));
        assertTrue(roles.webIdentitySpecs.isEmpty());
    }

    @Test
    void webIdentityBeatsTheProfile() {
        DefaultCredentialsChain chain = chain(webIdentity(profile(TestEnv.in(home))), roles);

        assertEquals("ASIAWEB1", answer(chain));
        assertEquals(Optional.of("web identity (AWS_WEB_IDENTITY_TOKEN_FILE)"), chain.sourceDescription());
    }

    @Test
    void theProfileBeatsTheContainerEndpoint() {
        DefaultCredentialsChain chain = chain(profile(container(TestEnv.in(home))), roles);

        assertEquals("AKIDPROFILE", answer(chain));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theContainerEndpointBeatsInstanceMetadata() {
        DefaultCredentialsChain chain =
                chain(container(TestEnv.in(home)).imdsAt(server.url("/").toString()), roles);

        assertEquals("ASIACONTAINER", answer(chain));
        assertEquals(1, server.getRequestCount());
        assertEquals(Optional.of("container endpoint (AWS_CONTAINER_CREDENTIALS_*)"), chain.sourceDescription());
    }

    @Test
    void instanceMetadataAnswersWhenNothingElseDoes() {
        DefaultCredentialsChain chain = chain(instanceMetadata(TestEnv.in(home)), null);

        assertEquals("ASIAIMDS", answer(chain));
        assertEquals(Optional.of("EC2 instance metadata (IMDS)"), chain.sourceDescription());
    }

    @Test
    void theSourceThatAnsweredIsRememberedAndAskedAlone() {
        AtomicInteger calls = new AtomicInteger();
        RoleCredentialsSource flaky = new RoleCredentialsSource() {
            @Override
            public AwsCredentials assumeRole(AssumeRoleSpec spec, AwsCredentials source) {
                throw new UnsupportedOperationException("not used");
            }

            @Override
            public AwsCredentials assumeRoleWithWebIdentity(WebIdentitySpec spec) {
                if (calls.incrementAndGet() == 1) {
                    throw new Ec2ClientException("STS is unreachable");
                }
                return AwsCredentials.of("ASIAWEB", SECRET_KEY, "t", MutableClock.DEFAULT_START.plusSeconds(3600));
            }
        };
        DefaultCredentialsChain chain = chain(webIdentity(profile(TestEnv.in(home))), flaky);

        assertEquals("AKIDPROFILE", answer(chain));
        assertEquals("AKIDPROFILE", answer(chain));

        assertEquals(1, calls.get());
        assertEquals(
                Optional.of("profile 'default' (shared config and credentials files): static keys"),
                chain.sourceDescription());
    }

    @Test
    void whenNothingAnswersOneErrorListsEverySourceAndNoSecret() {
        TestEnv.credentials(home, "[default]", "aws_session_token = " + SESSION_TOKEN);
        TestEnv env = TestEnv.in(home)
                .variable("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
                .property("aws.secretAccessKey", SECRET_KEY)
                .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", SESSION_TOKEN);
        DefaultCredentialsChain chain = chain(env, null);

        Ec2ClientException e = assertThrows(Ec2ClientException.class, chain::resolveCredentials);

        String message = e.getMessage();
        assertEquals(
                String.join(
                        "\n",
                        "No AWS credentials found. Tried, in order:",
                        "  - system properties (aws.accessKeyId): aws.secretAccessKey is set but aws.accessKeyId is"
                                + " missing",
                        "  - environment variables (AWS_ACCESS_KEY_ID): AWS_SECRET_ACCESS_KEY is set but"
                                + " AWS_ACCESS_KEY_ID is missing",
                        "  - web identity (AWS_WEB_IDENTITY_TOKEN_FILE): AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN"
                                + " are not set",
                        "  - profile 'default' (shared config and credentials files): profile 'default':"
                                + " aws_access_key_id and aws_secret_access_key are not set",
                        "  - container endpoint (AWS_CONTAINER_CREDENTIALS_*): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
                                + " and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set",
                        "  - EC2 instance metadata (IMDS): AWS_EC2_METADATA_DISABLED is true"),
                message);
        assertFalse(message.contains(SECRET_KEY));
        assertFalse(message.contains(SESSION_TOKEN));
        assertEquals(6, e.getSuppressed().length);
        assertEquals(Optional.empty(), chain.sourceDescription());
    }

    @Test
    void anExplicitProfileNameOverridesAwsProfile() {
        TestEnv.credentials(
                home,
                "[dev]",
                "aws_access_key_id = AKIDDEV",
                "aws_secret_access_key = " + SECRET_KEY,
                "[ops]",
                "aws_access_key_id = " + ACCESS_KEY_ID,
                "aws_secret_access_key = " + SECRET_KEY);
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .environment(TestEnv.in(home).variable("AWS_PROFILE", "dev").build())
                .profileName("ops")
                .build();

        assertEquals(ACCESS_KEY_ID, answer(chain));
        assertEquals(
                Optional.of("profile 'ops' (shared config and credentials files): static keys"),
                chain.sourceDescription());
    }

    @Test
    void toStringShowsTheSourceNotTheCredentials() {
        DefaultCredentialsChain chain = chain(environmentVariables(TestEnv.in(home)), null);
        assertEquals("DefaultCredentialsChain{not resolved yet}", chain.toString());

        chain.resolveCredentials();

        assertEquals("DefaultCredentialsChain{environment variables (AWS_ACCESS_KEY_ID)}", chain.toString());
    }
}
