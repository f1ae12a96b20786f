package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM Identity Center credentials end to end: real profile files and token-cache files in a temporary
 * home, the portal and SSO-OIDC as MockWebServers reached through AWS_ENDPOINT_URL_SSO(_OIDC).
 */
class SsoCredentialsTest {
    // SHA-1 of the session name and of the start URL, computed outside this code base.
    static final String SESSION_CACHE_FILE = "0ad374308c5a4e22f723adf10145eafad7c4031c.json";
    static final String START_URL_CACHE_FILE = "c7aaaf71fcc8777ae2475525ed049d39fe16c484.json";
    static final String START_URL = "https://my-sso-portal.awsapps.com/start";
    static final String ACCESS_TOKEN = "cachedAccessTokenEXAMPLE-aoJhbGciOiJIUzI1NiJ9";
    static final String REFRESH_TOKEN = "cachedRefreshTokenEXAMPLE-Atzr|IwEBIJ";
    static final String CLIENT_SECRET = "clientSecretEXAMPLE-eyJraWQiOiJrZXkt";
    static final String PORTAL_KEY_ID = "ASIAPORTALEXAMPLE123";
    static final String PORTAL_SECRET = "portalSecretEXAMPLE/K7MDENG+bPxRfiCYzEXAMPLE";
    static final String PORTAL_TOKEN = "portalSessionTokenEXAMPLE/FwoGZXIvYXdz==";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final MockWebServer portal = new MockWebServer();
    private final MockWebServer oidc = new MockWebServer();
    private final MutableClock clock = new MutableClock(); // 2025-06-01T12:00:00Z

    @BeforeEach
    void start() throws IOException {
        portal.start(InetAddress.getByName("127.0.0.1"), 0);
        oidc.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        portal.close();
        oidc.close();
    }

    private TestEnv env() {
        return TestEnv.in(home)
                .variable("AWS_ENDPOINT_URL_SSO", portal.url("/").toString())
                .variable("AWS_ENDPOINT_URL_SSO_OIDC", oidc.url("/").toString());
    }

    private ProfileCredentialsProvider provider(String profile) {
        return ProfileCredentialsProvider.builder()
                .environment(env().build())
                .profileName(profile)
                .clock(clock)
                .sleeper(duration -> {})
                .build();
    }

    private void sessionProfile() {
        TestEnv.config(
                home,
                "[profile dev]",
                "sso_session = my-sso",
                "sso_account_id = 111122223333",
                "sso_role_name = ReadOnly",
                "region = eu-west-1",
                "",
                "[sso-session my-sso]",
                "sso_start_url = " + START_URL,
                "sso_region = us-east-1",
                "sso_registration_scopes = sso:account:access");
    }

    private Path cacheFile(String name) {
        return home.resolve(".aws/sso/cache").resolve(name);
    }

    private Path writeCache(String name, String expiresAt, boolean refreshable) {
        String refresh = refreshable
                ? ",\n  \"refreshToken\": \"" + REFRESH_TOKEN + "\",\n  \"clientId\": \"clientIdEXAMPLE\",\n"
                        + "  \"clientSecret\": \"" + CLIENT_SECRET + "\",\n"
                        + "  \"registrationExpiresAt\": \"2025-09-01T00:00:00Z\""
                : "";
        return TestEnv.write(
                cacheFile(name),
                "{",
                "  \"startUrl\": \"" + START_URL + "\",",
                "  \"region\": \"us-east-1\",",
                "  \"accessToken\": \"" + ACCESS_TOKEN + "\",",
                "  \"expiresAt\": \"" + expiresAt + "\"" + refresh,
                "}");
    }

    static MockResponse portalAnswer(String expirationMillis) {
        return json(
                200,
                "{\"roleCredentials\":{\"accessKeyId\":\"" + PORTAL_KEY_ID + "\",\"secretAccessKey\":\""
                        + PORTAL_SECRET + "\",\"sessionToken\":\"" + PORTAL_TOKEN + "\",\"expiration\":"
                        + expirationMillis + "}}");
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse portalError(int status, String type, String message) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader(
                        "x-amzn-ErrorType",
                        type + ":http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/")
                .body("{\"message\":\"" + message + "\"}")
                .build();
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static void assertNoSecrets(String text) {
        for (String secret : List.of(ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, PORTAL_SECRET, PORTAL_TOKEN)) {
            assertFalse(text.contains(secret), "a secret in: " + text);
        }
    }

    @Test
    void aFreshTokenGetsRoleCredentialsFromThePortalAndTheyAreCachedUntilNearExpiry() throws Exception {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T14:00:00Z"))));
        ProfileCredentialsProvider provider = provider("dev");

        AwsCredentials credentials = provider.resolveCredentials();

        assertEquals(PORTAL_KEY_ID, credentials.accessKeyId());
        assertEquals(PORTAL_SECRET, credentials.secretAccessKey());
        assertEquals(PORTAL_TOKEN, credentials.sessionToken().orElseThrow());
        assertEquals(
                Instant.parse("2025-06-01T13:00:00Z"), credentials.expiration().orElseThrow());
        RecordedRequest request = portal.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET", request.getMethod());
        assertEquals("/federation/credentials?account_id=111122223333&role_name=ReadOnly", request.getTarget());
        assertEquals(ACCESS_TOKEN, request.getHeaders().get("x-amz-sso_bearer_token"));
        assertNull(request.getHeaders().get("Authorization"), "the portal call is not SigV4-signed");

        clock.advance(Duration.ofMinutes(30));
        assertEquals(PORTAL_KEY_ID, provider.resolveCredentials().accessKeyId());
        assertEquals(1, portal.getRequestCount(), "cached until shortly before 13:00");
        clock.advance(Duration.ofMinutes(26)); // 12:56: within the refresh window
        assertEquals(
                Instant.parse("2025-06-01T14:00:00Z"),
                provider.resolveCredentials().expiration().orElseThrow());
        assertEquals(2, portal.getRequestCount());
        assertEquals(0, oidc.getRequestCount());
        assertEquals(
                "IAM Identity Center (sso_session 'my-sso', account 111122223333, role ReadOnly)",
                provider.sourceDescription().orElseThrow());
        assertNoSecrets(provider.toString() + credentials);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithTheRefreshTokenAndTheCacheRewrittenPrivately() throws Exception {
        sessionProfile();
        Path cache = writeCache(SESSION_CACHE_FILE, "2025-06-01T11:00:00Z", true);
        oidc.enqueue(json(
                200,
                "{\"accessToken\":\"refreshedAccessTokenEXAMPLE\",\"expiresIn\":28800,"
                        + "\"refreshToken\":\"rotatedRefreshTokenEXAMPLE\",\"tokenType\":\"Bearer\"}"));
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));

        assertEquals(PORTAL_KEY_ID, provider("dev").resolveCredentials().accessKeyId());

        RecordedRequest refresh = oidc.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("POST", refresh.getMethod());
        assertEquals("/token", refresh.getTarget());
        assertTrue(refresh.getHeaders().get("Content-Type").startsWith("application/json"));
        JsonNode body = JSON.readTree(refresh.getBody().utf8());
        assertEquals("refresh_token", body.get("grantType").asText());
        assertEquals(REFRESH_TOKEN, body.get("refreshToken").asText());
        assertEquals("clientIdEXAMPLE", body.get("clientId").asText());
        assertEquals(CLIENT_SECRET, body.get("clientSecret").asText());
        assertEquals(
                "refreshedAccessTokenEXAMPLE",
                portal.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("x-amz-sso_bearer_token"));

        JsonNode written = JSON.readTree(Files.readString(cache));
        assertEquals("refreshedAccessTokenEXAMPLE", written.get("accessToken").asText());
        assertEquals("2025-06-01T20:00:00Z", written.get("expiresAt").asText());
        assertEquals("rotatedRefreshTokenEXAMPLE", written.get("refreshToken").asText());
        assertEquals(START_URL, written.get("startUrl").asText(), "other fields are kept");
        assertEquals(
                "2025-09-01T00:00:00Z", written.get("registrationExpiresAt").asText());
        if (Files.getFileStore(cache).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
        }
        try (Stream<Path> files = Files.list(cache.getParent())) {
            assertEquals(
                    List.of(cache.getFileName().toString()),
                    files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void anExpiredSessionWithoutARefreshTokenSaysToLogInAndSendsNothing() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T11:00:00Z", false);

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertInstanceOf(Ec2ConfigurationException.class, e);
        assertTrue(e.getMessage().contains("run `aws sso login --profile dev`"), e.getMessage());
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertNoSecrets(e.getMessage());
        assertEquals(0, portal.getRequestCount());
        assertEquals(0, oidc.getRequestCount());
    }

    @Test
    void aRefusedRefreshSaysToLogIn() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T11:00:00Z", true);
        oidc.enqueue(
                json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token provided\"}"));

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertInstanceOf(Ec2ConfigurationException.class, e);
        assertTrue(e.getMessage().contains("invalid_grant"), e.getMessage());
        assertTrue(e.getMessage().contains("aws sso login --profile dev"), e.getMessage());
        assertNoSecrets(e.getMessage());
        assertEquals(0, portal.getRequestCount());
    }

    @Test
    void noCachedTokenSaysToLogIn() {
        sessionProfile();

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertTrue(e.getMessage().contains(SESSION_CACHE_FILE), e.getMessage());
        assertTrue(e.getMessage().contains("aws sso login --profile dev"), e.getMessage());
        assertEquals(0, portal.getRequestCount());
    }

    @Test
    void theLegacyStartUrlFormKeysTheCacheByTheUrl() throws Exception {
        TestEnv.config(
                home,
                "[profile legacy]",
                "sso_start_url = " + START_URL,
                "sso_region = us-east-1",
                "sso_account_id = 111122223333",
                "sso_role_name = Admin");
        writeCache(START_URL_CACHE_FILE, "2025-06-01T20:00:00UTC", false); // the older CLI's time format
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));
        ProfileCredentialsProvider provider = provider("legacy");

        assertEquals(PORTAL_KEY_ID, provider.resolveCredentials().accessKeyId());

        RecordedRequest request = portal.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/federation/credentials?account_id=111122223333&role_name=Admin", request.getTarget());
        assertEquals(ACCESS_TOKEN, request.getHeaders().get("x-amz-sso_bearer_token"));
        assertTrue(provider.sourceDescription().orElseThrow().contains("sso_start_url " + START_URL));
    }

    @Test
    void aPortal403IsARefusalNamingTheRoleAndIsNotRetried() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalError(403, "ForbiddenException", "No access"));

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        CredentialsUnavailableException unavailable = assertInstanceOf(CredentialsUnavailableException.class, e);
        assertEquals(403, unavailable.statusCode().orElseThrow());
        assertFalse(e instanceof Ec2ConfigurationException);
        assertTrue(e.getMessage().contains("HTTP 403 ForbiddenException: No access"), e.getMessage());
        assertTrue(e.getMessage().contains("role ReadOnly in account 111122223333"), e.getMessage());
        assertFalse(e.getMessage().contains("internal.amazon.com"), e.getMessage());
        assertEquals(1, portal.getRequestCount());
    }

    @Test
    void aPortal401MeansTheSessionEnded() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalError(401, "UnauthorizedException", "Session token not found or invalid"));

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertInstanceOf(Ec2ConfigurationException.class, e);
        assertTrue(e.getMessage().contains("aws sso login --profile dev"), e.getMessage());
        assertNoSecrets(e.getMessage());
    }

    @Test
    void aPortal500IsRetriedAndThenAnswered() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalError(500, "InternalServerException", "oops"));
        portal.enqueue(json(503, "<html>busy</html>"));
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));

        assertEquals(PORTAL_KEY_ID, provider("dev").resolveCredentials().accessKeyId());
        assertEquals(3, portal.getRequestCount());
    }

    @Test
    void aPortalThatKeepsFailingIsUnavailableNotAConfigurationError() {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        for (int i = 0; i < 4; i++) {
            portal.enqueue(portalError(500, "InternalServerException", "oops"));
        }

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertInstanceOf(CredentialsUnavailableException.class, e);
        assertFalse(e instanceof Ec2ConfigurationException);
        assertEquals(SsoHttp.MAX_ATTEMPTS, portal.getRequestCount());
    }

    @Test
    void theDefaultChainStopsAtAnUnreachablePortalInsteadOfTryingTheNextSource() throws IOException {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .environment(env().variable("AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:" + closedPort)
                        .variable("AWS_PROFILE", "dev")
                        .build())
                .clock(clock)
                .build();

        Ec2Exception e = assertThrows(Ec2Exception.class, chain::resolveCredentials);

        assertInstanceOf(CredentialsUnavailableException.class, e);
        assertTrue(e.getMessage().contains("no answer after 3 attempts"), e.getMessage());
        assertFalse(e.getMessage().contains("No AWS credentials found"), e.getMessage());
    }

    @Test
    void aMalformedCacheFileIsNamedAndItsContentsAreNotEchoed() throws IOException {
        sessionProfile();
        Path cache = cacheFile(SESSION_CACHE_FILE);
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{\"accessToken\": \"" + ACCESS_TOKEN + "\", expiresAt: oops", StandardCharsets.UTF_8);

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertInstanceOf(Ec2ConfigurationException.class, e);
        assertTrue(e.getMessage().contains(cache.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        assertNoSecrets(e.getMessage());
        assertFalse(e.getMessage().contains("oops"), e.getMessage());
        assertNull(e.getCause(), "Jackson's message quotes the text: not attached");
        assertEquals(0, portal.getRequestCount());
    }

    @Test
    void aCacheEntryWithoutExpiresAtIsNamed() {
        sessionProfile();
        TestEnv.write(cacheFile(SESSION_CACHE_FILE), "{\"accessToken\": \"" + ACCESS_TOKEN + "\"}");

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertTrue(e.getMessage().contains("has no expiresAt"), e.getMessage());
        assertNoSecrets(e.getMessage());
    }

    @Test
    void anOversizedCacheFileIsRefused() throws IOException {
        sessionProfile();
        Path cache = cacheFile(SESSION_CACHE_FILE);
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[SsoTokenCache.MAX_FILE_BYTES + 10]);

        Ec2Exception e = assertThrows(Ec2Exception.class, () -> provider("dev").resolveCredentials());

        assertTrue(e.getMessage().contains("larger than " + SsoTokenCache.MAX_FILE_BYTES), e.getMessage());
    }

    @Test
    void missingOrConflictingSettingsAreNamedBeforeAnyRequest() {
        TestEnv.config(
                home,
                "[profile noaccount]",
                "sso_session = my-sso",
                "sso_role_name = ReadOnly",
                "[profile nosection]",
                "sso_session = other",
                "sso_account_id = 111122223333",
                "sso_role_name = ReadOnly",
                "[profile conflict]",
                "sso_session = my-sso",
                "sso_region = eu-west-1",
                "sso_account_id = 111122223333",
                "sso_role_name = ReadOnly",
                "[profile badregion]",
                "sso_start_url = " + START_URL,
                "sso_region = evil.example.com/x",
                "sso_account_id = 111122223333",
                "sso_role_name = ReadOnly",
                "[sso-session my-sso]",
                "sso_start_url = " + START_URL,
                "sso_region = us-east-1");

        assertTrue(message("noaccount").contains("profile 'noaccount': sso_account_id is missing"));
        assertTrue(message("nosection").contains("no [sso-session other] section"));
        assertTrue(message("conflict").contains("sso_region differs from [sso-session my-sso] sso_region"));
        assertTrue(message("badregion").contains("sso_region"));
        assertEquals(0, portal.getRequestCount());
    }

    private String message(String profile) {
        return assertThrows(
                        Ec2ConfigurationException.class, () -> provider(profile).resolveCredentials())
                .getMessage();
    }

    @Test
    void aRefreshThatCannotReachSsoOidcKeepsUsingAStillValidToken() throws Exception {
        sessionProfile();
        writeCache(SESSION_CACHE_FILE, "2025-06-01T12:03:00Z", true); // inside the 5-minute window
        for (int i = 0; i < 3; i++) {
            oidc.enqueue(json(503, "{}"));
        }
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));

        assertEquals(PORTAL_KEY_ID, provider("dev").resolveCredentials().accessKeyId());
        assertEquals(
                ACCESS_TOKEN,
                portal.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("x-amz-sso_bearer_token"));
    }

    @Test
    void anSsoProfileIsTheSourceProfileOfARole() throws Exception {
        sessionProfile();
        TestEnv.write(
                home.resolve(".aws/config"),
                Files.readString(home.resolve(".aws/config")),
                "[profile admin]",
                "role_arn = " + StsAnswers.ROLE_ARN,
                "source_profile = dev",
                "role_session_name = admin-session",
                "region = eu-west-1");
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));
        try (MockWebServer stsServer = new MockWebServer()) {
            stsServer.start(InetAddress.getByName("127.0.0.1"), 0);
            stsServer.enqueue(StsAnswers.ok("AssumeRole"));
            try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder()
                    .endpointOverride(java.net.URI.create(stsServer.url("/").toString()))
                    .environment(env().build())
                    .clock(clock)
                    .sleeper(duration -> {})
                    .build()) {
                ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder()
                        .environment(env().build())
                        .profileName("admin")
                        .roleCredentialsSource(sts)
                        .clock(clock)
                        .sleeper(duration -> {})
                        .build();

                assertEquals(
                        StsAnswers.ASSUMED_KEY_ID, provider.resolveCredentials().accessKeyId());

                RecordedRequest assume = stsServer.takeRequest(5, TimeUnit.SECONDS);
                assertTrue(
                        assume.getBody().utf8().contains("Action=AssumeRole&"),
                        assume.getBody().utf8());
                assertEquals(PORTAL_TOKEN, assume.getHeaders().get("X-Amz-Security-Token"));
                assertTrue(assume.getHeaders().get("Authorization").contains("Credential=" + PORTAL_KEY_ID + "/"));
                assertEquals(
                        "role " + StsAnswers.ROLE_ARN + " (source: profile 'dev': IAM Identity Center (sso_session"
                                + " 'my-sso', account 111122223333, role ReadOnly))",
                        provider.sourceDescription().orElseThrow());
            }
        }
    }

    @Test
    void aSilentPortalCannotHangTheCall() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 4, InetAddress.getByName("127.0.0.1"))) {
            SsoHttp http = new SsoHttp(
                    dev.ec2lite.http.internal.OkHttpTransport.create(
                            null, Duration.ofSeconds(1), Duration.ofMillis(200), SsoHttp.MAX_ANSWER_BYTES),
                    duration -> {});
            SsoPortal silentPortal = new SsoPortal(http, "test");
            SsoProfile sso = new SsoProfile("dev", "my-sso", START_URL, "us-east-1", "111122223333", "ReadOnly");
            long started = System.nanoTime();

            CredentialsUnavailableException e = assertThrows(
                    CredentialsUnavailableException.class,
                    () -> silentPortal.roleCredentials(
                            sso,
                            java.net.URI.create("http://127.0.0.1:" + silent.getLocalPort()),
                            ACCESS_TOKEN,
                            "run it"));

            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "bounded");
            assertTrue(e.getMessage().contains("no answer after 3 attempts"), e.getMessage());
            assertNoSecrets(e.getMessage());
            http.close();
        }
    }

    @Test
    void theProfilesServicesSectionCanNameThePortalEndpoint() throws Exception {
        TestEnv.config(
                home,
                "[profile dev]",
                "sso_session = my-sso",
                "sso_account_id = 111122223333",
                "sso_role_name = ReadOnly",
                "services = local",
                "",
                "[sso-session my-sso]",
                "sso_start_url = " + START_URL,
                "sso_region = us-east-1",
                "",
                "[services local]",
                "sso =",
                "  endpoint_url = " + portal.url("/"));
        writeCache(SESSION_CACHE_FILE, "2025-06-01T20:00:00Z", false);
        portal.enqueue(portalAnswer(String.valueOf(millis("2025-06-01T13:00:00Z"))));
        ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder()
                .environment(TestEnv.in(home).build()) // no AWS_ENDPOINT_URL_SSO
                .profileName("dev")
                .clock(clock)
                .sleeper(duration -> {})
                .build();

        assertEquals(PORTAL_KEY_ID, provider.resolveCredentials().accessKeyId());
        assertEquals(1, portal.getRequestCount());
    }

    @Test
    void theDefaultEndpointsAreRegionalInTheRegionsPartition() {
        assertEquals(
                java.net.URI.create("https://portal.sso.eu-west-1.amazonaws.com"),
                SsoPortal.defaultEndpoint("eu-west-1"));
        assertEquals(
                java.net.URI.create("https://portal.sso.cn-north-1.amazonaws.com.cn"),
                SsoPortal.defaultEndpoint("cn-north-1"));
        assertEquals(java.net.URI.create("https://oidc.us-east-1.amazonaws.com"), SsoOidc.defaultEndpoint("us-east-1"));
    }
}
