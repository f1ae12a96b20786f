package dev.ec2lite.providers;

import static dev.ec2lite.providers.StsAnswers.ASSUMED_KEY_ID;
import static dev.ec2lite.providers.StsAnswers.ENCODED_ROLE_ARN;
import static dev.ec2lite.providers.StsAnswers.ROLE_ARN;
import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default chain with real profile files and variables, and STS on MockWebServer. */
class StsCredentialsChainTest {
    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();
    private StsRoleCredentialsSource sts;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        sts = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home).build())
                .clock(clock)
                .sleeper(duration -> {})
                .build();
    }

    @AfterEach
    void stop() {
        sts.close();
        server.close();
    }

    private DefaultCredentialsChain chain(TestEnv env) {
        return DefaultCredentialsChain.builder()
                .environment(env.build())
                .roleCredentialsSource(sts)
                .clock(clock)
                .build();
    }

    private RecordedRequest request() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void aRoleProfileAssumesTheRoleWithItsSourceProfilesKeysAndCachesTheAnswer() throws Exception {
        TestEnv.config(
                home,
                "[profile dev]",
                "role_arn = " + ROLE_ARN,
                "source_profile = base",
                "role_session_name = dev-session",
                "external_id = ext-123",
                "region = eu-west-1",
                "",
                "[profile base]",
                "region = us-west-2");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);
        server.enqueue(StsAnswers.ok("AssumeRole"));
        DefaultCredentialsChain chain = chain(TestEnv.in(home).variable("AWS_PROFILE", "dev"));

        AwsCredentials first = chain.resolveCredentials();
        clock.advance(Duration.ofMinutes(30));
        AwsCredentials second = chain.resolveCredentials();

        assertEquals(StsAnswers.assumed(), first);
        assertEquals(first, second);
        assertEquals(
                Optional.of("profile 'dev' (shared config and credentials files): role " + ROLE_ARN
                        + " (source: profile 'base': static keys)"),
                chain.sourceDescription());
        assertEquals(1, server.getRequestCount(), "the answer is cached until shortly before it expires");
        RecordedRequest request = request();
        assertEquals(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN
                        + "&RoleSessionName=dev-session&ExternalId=ext-123",
                request.getBody().utf8());
        String authorization = request.getHeaders().get("Authorization");
        assertTrue(
                authorization.startsWith(
                        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250601/eu-west-1/sts/aws4_request, "),
                authorization);
        assertEquals(
                authorization,
                StsAnswers.resign(
                        request,
                        AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY),
                        "eu-west-1",
                        MutableClock.DEFAULT_START));
    }

    @Test
    void theRoleIsAssumedAgainShortlyBeforeItExpires() {
        TestEnv.config(home, "[profile dev]", "role_arn = " + ROLE_ARN, "source_profile = base");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);
        server.enqueue(StsAnswers.ok("AssumeRole"));
        server.enqueue(StsAnswers.xml(
                200,
                StsAnswers.success(
                        "AssumeRole",
                        StsAnswers.credentials(
                                "ASIASECONDEXAMPLE",
                                StsAnswers.ASSUMED_SECRET,
                                StsAnswers.ASSUMED_TOKEN,
                                "2025-06-01T14:00:00Z"))));
        DefaultCredentialsChain chain = chain(TestEnv.in(home).variable("AWS_PROFILE", "dev"));

        chain.resolveCredentials();
        clock.advance(Duration.ofMinutes(59));
        AwsCredentials renewed = chain.resolveCredentials();

        assertEquals("ASIASECONDEXAMPLE", renewed.accessKeyId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void webIdentityVariablesAssumeTheRoleWithTheTokenUnsigned() throws Exception {
        Path tokenFile = TestEnv.write(home.resolve("eks/token"), "pod-token-EXAMPLE");
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));
        DefaultCredentialsChain chain = chain(TestEnv.in(home)
                .variable("AWS_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString())
                .variable("AWS_ROLE_ARN", ROLE_ARN)
                .variable("AWS_ROLE_SESSION_NAME", "pod-7")
                .variable("AWS_REGION", "ap-south-1"));

        AwsCredentials credentials = chain.resolveCredentials();
        chain.resolveCredentials();

        assertEquals(ASSUMED_KEY_ID, credentials.accessKeyId());
        assertEquals(Optional.of("web identity (AWS_WEB_IDENTITY_TOKEN_FILE)"), chain.sourceDescription());
        assertEquals(1, server.getRequestCount());
        RecordedRequest request = request();
        assertEquals(
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN
                        + "&RoleSessionName=pod-7&WebIdentityToken=pod-token-EXAMPLE",
                request.getBody().utf8());
        assertNull(request.getHeaders().get("Authorization"));
    }

    @Test
    void aProfileWithAWebIdentityTokenFileUsesTheSameSource() throws Exception {
        Path tokenFile = TestEnv.write(home.resolve("token"), "profile-token-EXAMPLE");
        TestEnv.config(
                home,
                "[profile ci]",
                "role_arn = " + ROLE_ARN,
                "web_identity_token_file = " + tokenFile,
                "role_session_name = ci-run",
                "duration_seconds = 1800");
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));

        AwsCredentials credentials =
                chain(TestEnv.in(home).variable("AWS_PROFILE", "ci")).resolveCredentials();

        assertEquals(ASSUMED_KEY_ID, credentials.accessKeyId());
        assertEquals(
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN
                        + "&RoleSessionName=ci-run&WebIdentityToken=profile-token-EXAMPLE&DurationSeconds=1800",
                request().getBody().utf8());
    }
}
