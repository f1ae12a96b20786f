package dev.ec2lite.providers;

import static dev.ec2lite.providers.StsAnswers.ASSUMED_KEY_ID;
import static dev.ec2lite.providers.StsAnswers.ASSUMED_SECRET;
import static dev.ec2lite.providers.StsAnswers.ASSUMED_TOKEN;
import static dev.ec2lite.providers.StsAnswers.ENCODED_ROLE_ARN;
import static dev.ec2lite.providers.StsAnswers.EXPIRATION;
import static dev.ec2lite.providers.StsAnswers.REQUEST_ID;
import static dev.ec2lite.providers.StsAnswers.ROLE_ARN;
import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static dev.ec2lite.providers.TestEnv.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.http.NetworkConfig;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.testing.MutableClock;
import dev.ec2lite.testing.TestProxy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** STS played by MockWebServer on 127.0.0.1: what goes on the wire, and what comes back. */
class StsRoleCredentialsSourceTest {
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJlEXAMPLE";

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();
    private final List<Duration> pauses = new ArrayList<>();
    private StsRoleCredentialsSource sts;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        sts = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home).build())
                .clock(clock)
                .sleeper(pauses::add)
                .build();
    }

    @AfterEach
    void stop() {
        sts.close();
        server.close();
    }

    private RecordedRequest request() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    private Path tokenFile(String content) throws IOException {
        return Files.writeString(home.resolve("token"), content, StandardCharsets.UTF_8);
    }

    private WebIdentitySpec webSpec(Path tokenFile) {
        return new WebIdentitySpec(ROLE_ARN, "pod-7", tokenFile, null, "eu-west-1");
    }

    private static AssumeRoleSpec roleSpec() {
        return new AssumeRoleSpec(ROLE_ARN, "dev-session", null, null, "eu-west-1");
    }

    @Test
    void assumeRoleSendsEveryParameterAndIsSignedWithTheSourceCredentials() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRole"));
        AwsCredentials source = AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN);

        AwsCredentials assumed =
                sts.assumeRole(new AssumeRoleSpec(ROLE_ARN, "dev-session", "ext-123", 900, "eu-west-1"), source);

        assertEquals(StsAnswers.assumed(), assumed);
        assertEquals(Optional.of(Instant.parse(EXPIRATION)), assumed.expiration());
        RecordedRequest request = request();
        assertEquals("POST", request.getMethod());
        assertEquals("/", request.getTarget());
        assertEquals(
                "application/x-www-form-urlencoded; charset=utf-8",
                request.getHeaders().get("Content-Type"));
        assertEquals(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN
                        + "&RoleSessionName=dev-session&DurationSeconds=900&ExternalId=ext-123",
                request.getBody().utf8());
        String authorization = request.getHeaders().get("Authorization");
        assertTrue(
                authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250601/eu-west-1/sts/aws4_request,"
                        + " SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="),
                authorization);
        assertEquals(SESSION_TOKEN, request.getHeaders().get("X-Amz-Security-Token"));
        assertEquals("20250601T120000Z", request.getHeaders().get("X-Amz-Date"));
        assertEquals(authorization, StsAnswers.resign(request, source, "eu-west-1", MutableClock.DEFAULT_START));
    }

    @Test
    void assumeRoleWithLongTermSourceKeysSendsOnlyTheRequiredParametersAndNoTokenHeader() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRole"));
        AwsCredentials source = AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY);

        sts.assumeRole(roleSpec(), source);

        RecordedRequest request = request();
        assertEquals(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN + "&RoleSessionName=dev-session",
                request.getBody().utf8());
        assertNull(request.getHeaders().get("X-Amz-Security-Token"));
        String authorization = request.getHeaders().get("Authorization");
        assertTrue(authorization.contains("SignedHeaders=content-type;host;x-amz-date,"), authorization);
        assertEquals(authorization, StsAnswers.resign(request, source, "eu-west-1", MutableClock.DEFAULT_START));
    }

    @Test
    void aSpecWithoutRegionIsSignedForUsEast1() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRole"));

        sts.assumeRole(
                new AssumeRoleSpec(ROLE_ARN, "dev-session", null, null, null),
                AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY));

        assertTrue(request().getHeaders().get("Authorization").contains("/20250601/us-east-1/sts/aws4_request"));
    }

    @Test
    void webIdentitySendsTheTrimmedTokenUnsigned() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));

        AwsCredentials assumed = sts.assumeRoleWithWebIdentity(
                new WebIdentitySpec(ROLE_ARN, "pod-7", tokenFile("\n  " + TOKEN + "\n"), 3600, "eu-west-1"));

        assertEquals(StsAnswers.assumed(), assumed);
        RecordedRequest request = request();
        assertEquals(
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=" + ENCODED_ROLE_ARN
                        + "&RoleSessionName=pod-7&WebIdentityToken=" + TOKEN + "&DurationSeconds=3600",
                request.getBody().utf8());
        assertNull(request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get("X-Amz-Security-Token"));
        assertNull(request.getHeaders().get("X-Amz-Date"));
    }

    @Test
    void theTokenFileIsReadAgainOnEveryCallBecauseItIsRotated() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));
        Path file = tokenFile("first-token");

        sts.assumeRoleWithWebIdentity(webSpec(file));
        tokenFile("second-token");
        sts.assumeRoleWithWebIdentity(webSpec(file));

        assertTrue(request().getBody().utf8().contains("&WebIdentityToken=first-token"));
        assertTrue(request().getBody().utf8().contains("&WebIdentityToken=second-token"));
    }

    @Test
    void aMissingTokenFileIsNamedAndNothingIsSent() {
        Path missing = home.resolve("no-such-token");

        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(missing)));

        assertEquals("web identity token file " + missing + " does not exist", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t\n"})
    void anEmptyTokenFileIsNamedAndNothingIsSent(String content) throws Exception {
        Path file = tokenFile(content);

        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(file)));

        assertEquals("web identity token file " + file + " is empty", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aTokenFileOver64KibIsRefusedWithoutShowingItsContent() throws Exception {
        Path file = tokenFile(TOKEN + "x".repeat(WebIdentityToken.MAX_BYTES));

        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(file)));

        assertEquals(
                "web identity token file " + file + " is larger than 65536 bytes; is it the right file?",
                e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aTokenOfExactly64KibIsSent() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));

        sts.assumeRoleWithWebIdentity(webSpec(tokenFile("t".repeat(WebIdentityToken.MAX_BYTES))));

        assertTrue(request().getBody().utf8().contains("&WebIdentityToken=ttt"));
    }

    @ParameterizedTest(name = "{0} {1} from {2}")
    @CsvSource({
        "403, AccessDenied, AssumeRole",
        "403, ExpiredToken, AssumeRole",
        "400, ValidationError, AssumeRole",
        "400, RegionDisabledException, AssumeRole",
        "400, InvalidIdentityToken, AssumeRoleWithWebIdentity",
        "400, ExpiredTokenException, AssumeRoleWithWebIdentity",
        "403, AccessDenied, AssumeRoleWithWebIdentity",
    })
    void anStsErrorIsAServiceExceptionWithItsCodeNamingTheRoleAndNoSecret(int status, String code, String action)
            throws Exception {
        server.enqueue(StsAnswers.error(status, code, "Not authorized to perform sts:" + action));
        Path file = tokenFile(TOKEN);

        Ec2ServiceException e = assertThrows(Ec2ServiceException.class, () -> {
            if (action.equals("AssumeRole")) {
                sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN));
            } else {
                sts.assumeRoleWithWebIdentity(webSpec(file));
            }
        });

        assertEquals(code, e.errorCode());
        assertEquals(status, e.statusCode());
        assertEquals(Optional.of(REQUEST_ID), e.requestId());
        assertEquals(Optional.of(action), e.operation());
        assertEquals(
                "assuming role " + ROLE_ARN + ": An error occurred (" + code + ") when calling the " + action
                        + " operation: Not authorized to perform sts:" + action + " (HTTP " + status + ", request id "
                        + REQUEST_ID + ")",
                e.getMessage());
        assertNoSecretIn(e);
        assertEquals(1, server.getRequestCount(), "not retried");
    }

    @Test
    void idpCommunicationErrorIsRetriedForWebIdentity() throws Exception {
        server.enqueue(StsAnswers.error(400, "IDPCommunicationError", "The identity provider could not be reached"));
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));

        AwsCredentials assumed = sts.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN)));

        assertEquals(ASSUMED_KEY_ID, assumed.accessKeyId());
        assertEquals(2, server.getRequestCount());
        assertEquals(1, pauses.size());
        assertTrue(pauses.get(0).compareTo(Duration.ofMillis(100)) <= 0, pauses.toString());
    }

    @Test
    void idpCommunicationErrorGivesUpAfterTheStrategysAttempts() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(
                    StsAnswers.error(400, "IDPCommunicationError", "The identity provider could not be reached"));
        }

        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN))));

        assertEquals("IDPCommunicationError", e.errorCode());
        assertEquals(3, e.attempts());
        assertEquals(2, e.getSuppressed().length);
        assertTrue(e.getMessage().endsWith("[after 3 attempts]"), e.getMessage());
        assertEquals(3, server.getRequestCount());
        assertEquals(2, pauses.size());
    }

    @Test
    void idpErrorsAndThrottlingShareOneLoopsAttempts() throws Exception {
        server.enqueue(StsAnswers.error(400, "Throttling", "Rate exceeded"));
        server.enqueue(StsAnswers.error(400, "IDPCommunicationError", "The identity provider could not be reached"));
        server.enqueue(StsAnswers.error(400, "IDPCommunicationError", "The identity provider could not be reached"));
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));

        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN))));

        assertEquals(3, server.getRequestCount(), "three attempts in all, not three per kind of error");
        assertEquals(3, e.attempts());
        assertEquals(2, e.getSuppressed().length);
        assertEquals(2, pauses.size());
    }

    @Test
    void aNetworkConfigGivenSendsStsCallsThroughItsProxy() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRoleWithWebIdentity"));
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.FORWARD);
                StsRoleCredentialsSource proxied = StsRoleCredentialsSource.builder()
                        .endpointOverride(URI.create(server.url("/").toString()))
                        .environment(TestEnv.in(home).build())
                        .network(NetworkConfig.defaults().withProxy(proxy.url()))
                        .build()) {
            assertEquals(StsAnswers.assumed(), proxied.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN))));

            assertEquals(List.of("POST " + server.url("/") + " HTTP/1.1"), proxy.requestLines());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void idpErrorsAreRetriedWithinTheAttemptsOfAStrategyGivenInCode() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(
                    StsAnswers.error(400, "IDPCommunicationError", "The identity provider could not be reached"));
        }
        try (StsRoleCredentialsSource given = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home).build())
                .retryStrategy(RetryStrategy.builder().maxAttempts(2).build())
                .sleeper(pauses::add)
                .build()) {
            Ec2ServiceException e = assertThrows(
                    Ec2ServiceException.class, () -> given.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN))));
            assertEquals(2, e.attempts());
        }
        assertEquals(2, server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void attemptsFollowAwsMaxAttemptsAsEc2CallsDo(int maxAttempts) {
        for (int i = 0; i < 6; i++) {
            server.enqueue(StsAnswers.error(503, "ServiceUnavailable", "try later"));
        }
        try (StsRoleCredentialsSource configured = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home)
                        .variable("AWS_MAX_ATTEMPTS", String.valueOf(maxAttempts))
                        .build())
                .clock(clock)
                .sleeper(pauses::add)
                .build()) {
            Ec2ServiceException e = assertThrows(
                    Ec2ServiceException.class,
                    () -> configured.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY)));
            assertEquals(maxAttempts, e.attempts());
        }
        assertEquals(maxAttempts, server.getRequestCount());
    }

    @Test
    void attemptsAndModeFollowTheSelectedProfile() {
        TestEnv.config(home, "[profile ops]", "max_attempts = 2", "retry_mode = adaptive");
        for (int i = 0; i < 4; i++) {
            server.enqueue(StsAnswers.error(503, "ServiceUnavailable", "try later"));
        }
        try (StsRoleCredentialsSource configured = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home).variable("AWS_PROFILE", "ops").build())
                .clock(clock)
                .sleeper(pauses::add)
                .build()) {
            assertThrows(
                    Ec2ServiceException.class,
                    () -> configured.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY)));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anInvalidMaxAttemptsIsAConfigurationErrorNamingTheSetting() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> StsRoleCredentialsSource.builder()
                        .environment(TestEnv.in(home)
                                .variable("AWS_MAX_ATTEMPTS", "0")
                                .build())
                        .build());
        assertTrue(e.getMessage().contains("AWS_MAX_ATTEMPTS"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void throttlingIsRetriedAndSignedAgain() throws Exception {
        server.enqueue(StsAnswers.error(400, "Throttling", "Rate exceeded"));
        server.enqueue(StsAnswers.ok("AssumeRole"));

        AwsCredentials assumed = sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY));

        assertEquals(ASSUMED_KEY_ID, assumed.accessKeyId());
        assertEquals(2, server.getRequestCount());
        assertTrue(request().getHeaders().get("Authorization").startsWith("AWS4-HMAC-SHA256 "));
        assertTrue(request().getHeaders().get("Authorization").startsWith("AWS4-HMAC-SHA256 "));
    }

    @Test
    void noAnswerIsAClientExceptionNamingTheRole() {
        server.close();

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY, SESSION_TOKEN)));

        assertTrue(
                e.getMessage().startsWith("assuming role " + ROLE_ARN + ": AssumeRole: no answer from "),
                e.getMessage());
        assertEquals(3, e.attempts());
        assertTrue(e.getMessage().endsWith("[after 3 attempts]"), e.getMessage());
        assertEquals(1, e.getMessage().split("\\[after", -1).length - 1, e.getMessage());
        assertNoSecretIn(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"})
    void aMissingCredentialsFieldIsNamedWithoutShowingTheOthers(String field) {
        String credentials = StsAnswers.credentials(
                field.equals("AccessKeyId") ? null : ASSUMED_KEY_ID,
                field.equals("SecretAccessKey") ? null : ASSUMED_SECRET,
                field.equals("SessionToken") ? null : ASSUMED_TOKEN,
                field.equals("Expiration") ? null : EXPIRATION);
        server.enqueue(StsAnswers.xml(200, StsAnswers.success("AssumeRole", credentials)));

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY)));

        assertEquals(
                "STS AssumeRole answer for role " + ROLE_ARN + " has no " + field + " in <Credentials> (request id "
                        + REQUEST_ID + ")",
                e.getMessage());
        assertNoSecretIn(e);
    }

    @Test
    void anAnswerWithoutCredentialsIsNamed() {
        server.enqueue(StsAnswers.xml(
                200,
                "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult/>"
                        + "</AssumeRoleWithWebIdentityResponse>"));

        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> sts.assumeRoleWithWebIdentity(webSpec(tokenFile(TOKEN))));

        assertEquals(
                "STS AssumeRoleWithWebIdentity answer for role " + ROLE_ARN
                        + " has no <AssumeRoleWithWebIdentityResult><Credentials>",
                e.getMessage());
    }

    @Test
    void anUnreadableExpirationIsShownBecauseItIsNotSecret() {
        server.enqueue(StsAnswers.xml(
                200,
                StsAnswers.success(
                        "AssumeRole",
                        StsAnswers.credentials(ASSUMED_KEY_ID, ASSUMED_SECRET, ASSUMED_TOKEN, "tomorrow"))));

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY)));

        assertTrue(
                e.getMessage().contains("has an Expiration that is not an ISO-8601 time: 'tomorrow'"), e.getMessage());
        assertNoSecretIn(e);
    }

    @Test
    void anExpirationWithFractionsOfASecondIsRead() {
        server.enqueue(StsAnswers.xml(
                200,
                StsAnswers.success(
                        "AssumeRole",
                        StsAnswers.credentials(
                                ASSUMED_KEY_ID, ASSUMED_SECRET, ASSUMED_TOKEN, "2025-06-01T13:00:00.567Z"))));

        AwsCredentials assumed = sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY));

        assertEquals(Optional.of(Instant.parse("2025-06-01T13:00:00.567Z")), assumed.expiration());
    }

    @Test
    void aSuccessStatusWithAnUnreadableBodyDoesNotShowTheCredentialsInIt() {
        server.enqueue(StsAnswers.xml(
                200,
                "<AssumeRoleResponse><AssumeRoleResult><Credentials><SecretAccessKey>" + ASSUMED_SECRET
                        + "</SecretAccessKey><SessionToken>" + ASSUMED_TOKEN + "</SessionToken>"));

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> sts.assumeRole(roleSpec(), AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY)));

        assertTrue(e.getMessage().startsWith("assuming role " + ROLE_ARN + ": "), e.getMessage());
        assertNoSecretIn(e);
    }

    private static void assertNoSecretIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            for (String secret : List.of(SECRET_KEY, SESSION_TOKEN, ASSUMED_SECRET, ASSUMED_TOKEN, TOKEN)) {
                assertFalse(
                        text.contains(secret), "a secret in: " + t.getClass().getSimpleName());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                assertNoSecretIn(suppressed);
            }
        }
    }
}
