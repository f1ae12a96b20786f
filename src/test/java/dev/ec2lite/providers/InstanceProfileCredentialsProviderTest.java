package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IMDSv2 credentials, played by MockWebServer on 127.0.0.1. */
class InstanceProfileCredentialsProviderTest {
    private static final String ROLE_PATH = "/latest/meta-data/iam/security-credentials/";

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestEnv env() {
        return TestEnv.in(home).imdsAt(server.url("/").toString());
    }

    private InstanceProfileCredentialsProvider provider(Environment env) {
        return InstanceProfileCredentialsProvider.create(env, null, null, clock);
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    /** Token, role name, credentials expiring an hour from the test clock's start. */
    private void answerAll(String accessKeyId) {
        answer(200, "AQAEAtoken==");
        answer(200, "web-server-role\n");
        answer(
                200,
                TestEnv.metadataJson(
                        accessKeyId,
                        MutableClock.DEFAULT_START.plus(Duration.ofHours(1)).toString()));
    }

    private RecordedRequest request() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void aSessionTokenIsFetchedThenTheRoleThenItsCredentials() throws Exception {
        answerAll("ASIAIMDS");

        AwsCredentials credentials = provider(env().build()).resolveCredentials();

        assertEquals("ASIAIMDS", credentials.accessKeyId());
        assertEquals(SECRET_KEY, credentials.secretAccessKey());
        RecordedRequest token = request();
        assertEquals("PUT", token.getMethod());
        assertEquals("/latest/api/token", token.getTarget());
        assertEquals("21600", token.getHeaders().get("X-aws-ec2-metadata-token-ttl-seconds"));
        RecordedRequest role = request();
        assertEquals("GET", role.getMethod());
        assertEquals(ROLE_PATH, role.getTarget());
        assertEquals("AQAEAtoken==", role.getHeaders().get("X-aws-ec2-metadata-token"));
        RecordedRequest document = request();
        assertEquals(ROLE_PATH + "web-server-role", document.getTarget());
        assertEquals("AQAEAtoken==", document.getHeaders().get("X-aws-ec2-metadata-token"));
    }

    @Test
    void aForbiddenTokenRequestFallsBackToImdsV1WithoutAToken() throws Exception {
        answer(403, "");
        answer(200, "web-server-role");
        answer(
                200,
                TestEnv.metadataJson(
                        "ASIAV1", MutableClock.DEFAULT_START.plusSeconds(3600).toString()));

        assertEquals("ASIAV1", provider(env().build()).resolveCredentials().accessKeyId());

        request();
        assertNull(request().getHeaders().get("X-aws-ec2-metadata-token"));
        assertNull(request().getHeaders().get("X-aws-ec2-metadata-token"));
    }

    @Test
    void theFallbackToImdsV1CanBeDisabled() {
        answer(405, "");

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> provider(env().variable("AWS_EC2_METADATA_V1_DISABLED", "true")
                                .build())
                        .resolveCredentials());

        assertTrue(e.getMessage().contains("fallback to IMDSv1 is disabled"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theProfileCanDisableTheFallbackToImdsV1() {
        TestEnv.config(home, "[default]", "ec2_metadata_v1_disabled = true");
        answer(404, "");

        assertThrows(Ec2ClientException.class, () -> provider(env().build()).resolveCredentials());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aBadRequestForTheTokenIsAnErrorNotAFallback() {
        answer(400, "");

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> provider(env().build()).resolveCredentials());

        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AQAE\u0000secret-part", "AQAE\u00e9secret-part", "AQAE\u202Esecret-part"})
    void aSessionTokenHttpCannotCarryIsAClientErrorThatNeverShowsIt(String token) {
        answer(200, token);

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> provider(env().build()).resolveCredentials());

        assertTrue(e.getMessage().contains("X-aws-ec2-metadata-token"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("secret-part"), t.getMessage());
            assertFalse(String.valueOf(t.getMessage()).contains("AQAE"), t.getMessage());
        }
        assertEquals(1, server.getRequestCount(), "nothing is sent with a token that cannot be a header");
    }

    @Test
    void aCodeOtherThanSuccessIsAnError() {
        answer(200, "token");
        answer(200, "role");
        answer(200, "{\"Code\":\"AssumeRoleUnauthorizedAccess\",\"Message\":\"no\"}");

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> provider(env().build()).resolveCredentials());

        assertEquals(
                "the instance metadata service answered Code AssumeRoleUnauthorizedAccess for role role",
                e.getMessage());
    }

    @Test
    void anInstanceWithoutRoleSaysSo() {
        answer(200, "token");
        answer(404, "");

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> provider(env().build()).resolveCredentials());

        assertEquals("no IAM role is attached to this instance", e.getMessage());
    }

    @Test
    void disabledMetadataSendsNothing() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> provider(env().variable("AWS_EC2_METADATA_DISABLED", "TRUE")
                                .build())
                        .resolveCredentials());

        assertEquals("AWS_EC2_METADATA_DISABLED is true", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void duringAnOutageCachedCredentialsAreServedUntilTheirLastMinute() {
        answerAll("ASIAFIRST");
        InstanceProfileCredentialsProvider provider = provider(env().build());
        AwsCredentials first = provider.resolveCredentials();
        for (int i = 0; i < 10; i++) {
            answer(500, "");
        }

        clock.advance(Duration.ofMinutes(56));
        assertSame(first, provider.resolveCredentials());

        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThrows(Ec2ClientException.class, provider::resolveCredentials);
    }

    @Test
    void aServerErrorIsTriedOnceMore() {
        answer(503, "");
        answer(200, "token");
        answer(200, "role");
        answer(
                200,
                TestEnv.metadataJson(
                        "ASIARETRY",
                        MutableClock.DEFAULT_START.plusSeconds(3600).toString()));

        assertEquals("ASIARETRY", provider(env().build()).resolveCredentials().accessKeyId());
    }

    @Test
    void theAvailabilityZoneIsReadWithAToken() throws Exception {
        answer(200, "token");
        answer(200, "us-west-2-lax-1a");

        InstanceMetadataClient client = InstanceMetadataClient.create(env().build(), null, null);

        assertEquals("us-west-2-lax-1a", client.availabilityZone().orElseThrow());
        request();
        RecordedRequest zone = request();
        assertEquals("/latest/meta-data/placement/availability-zone", zone.getTarget());
        assertEquals("token", zone.getHeaders().get("X-aws-ec2-metadata-token"));
    }

    @Test
    void toStringShowsNoSecret() {
        assertEquals(
                "InstanceProfileCredentialsProvider", provider(env().build()).toString());
    }
}
