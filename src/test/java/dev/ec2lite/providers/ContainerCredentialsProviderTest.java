package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static dev.ec2lite.providers.TestEnv.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The container endpoint, played by MockWebServer on 127.0.0.1. */
class ContainerCredentialsProviderTest {
    private static final String EXPIRATION = "2025-06-01T18:00:00Z";

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

    private String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private AwsCredentials resolve(Environment env) {
        return new ContainerCredentialsProvider(env, null, clock, baseUrl()).resolveCredentials();
    }

    private void answerCredentials() {
        server.enqueue(new MockResponse.Builder()
                .body(TestEnv.metadataJson("ASIACONTAINER", EXPIRATION))
                .build());
    }

    private RecordedRequest request() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void theRelativeUriIsAskedAtTheAgentAddressAndTheAnswerParsed() throws Exception {
        answerCredentials();

        AwsCredentials credentials = resolve(TestEnv.in(home)
                .variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc-123")
                .build());

        assertEquals("ASIACONTAINER", credentials.accessKeyId());
        assertEquals(SECRET_KEY, credentials.secretAccessKey());
        assertEquals(Optional.of(SESSION_TOKEN), credentials.sessionToken());
        assertEquals(Optional.of(Instant.parse(EXPIRATION)), credentials.expiration());
        RecordedRequest request = request();
        assertEquals("GET", request.getMethod());
        assertEquals("/v2/credentials/abc-123", request.getTarget());
        assertNull(request.getHeaders().get("Authorization"));
    }

    @Test
    void theFullUriOnLoopbackIsUsedWithTheAuthorizationToken() throws Exception {
        answerCredentials();

        resolve(TestEnv.in(home)
                .variable(
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                        server.url("/get-credentials").toString())
                .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic abcd")
                .build());

        RecordedRequest request = request();
        assertEquals("/get-credentials", request.getTarget());
        assertEquals("Basic abcd", request.getHeaders().get("Authorization"));
    }

    @Test
    void theTokenFileWinsOverTheTokenVariableAndItsTrailingNewlineIsDropped() throws Exception {
        answerCredentials();
        Path tokenFile = TestEnv.write(home.resolve("eks-pod-identity-token"), "token-from-file");

        resolve(TestEnv.in(home)
                .variable(
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                        server.url("/v1/credentials").toString())
                .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", "token-from-variable")
                .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile.toString())
                .build());

        assertEquals("token-from-file", request().getHeaders().get("Authorization"));
    }

    @Test
    void credentialsAreCachedUntilTheRefreshWindow() {
        answerCredentials();
        ContainerCredentialsProvider provider = new ContainerCredentialsProvider(
                TestEnv.in(home)
                        .variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/creds")
                        .build(),
                null,
                clock,
                baseUrl());

        provider.resolveCredentials();
        provider.resolveCredentials();

        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aDisallowedHostIsRejectedBeforeAnyRequest() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> resolve(TestEnv.in(home)
                        .variable(
                                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                "http://192.0.2.10:" + server.getPort() + "/creds")
                        .build()));

        assertTrue(
                e.getMessage().contains("names host 192.0.2.10, which is not allowed over plain http"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anErrorStatusIsReportedWithTheStatus() {
        server.enqueue(new MockResponse.Builder().code(403).body("denied").build());

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> resolve(TestEnv.in(home)
                        .variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/creds")
                        .build()));

        assertEquals("the container credentials endpoint answered HTTP 403", e.getMessage());
        assertEquals(403, e.statusCode().getAsInt());
    }

    @Test
    void nothingConfiguredSaysWhichVariablesWereLookedFor() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> resolve(TestEnv.in(home).build()));

        assertEquals(
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://127.0.0.1/creds",
                "http://127.250.0.9:8080/creds",
                "http://localhost/creds",
                "http://[::1]/creds",
                "http://[0:0:0:0:0:0:0:1]/creds",
                "http://169.254.170.2/v2/credentials",
                "http://169.254.170.23/v1/credentials",
                "http://[fd00:ec2::23]/v1/credentials",
                "https://credentials.example.com/creds"
            })
    void allowedFullUrisAreAccepted(String url) {
        Environment env = TestEnv.in(home)
                .variable("AWS_CONTAINER_CREDENTIALS_FULL_URI", url)
                .build();

        assertDoesNotThrow(() -> ContainerEndpoint.resolve(env, ContainerEndpoint.ECS_BASE_URL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/creds",
                "http://128.0.0.1/creds",
                "http://credentials.example.com/creds",
                "http://127.0.0.1.example.com/creds",
                "http://[fd00:ec2::254]/creds",
                "ftp://127.0.0.1/creds"
            })
    void otherPlainHttpHostsAreRefused(String url) {
        Environment env = TestEnv.in(home)
                .variable("AWS_CONTAINER_CREDENTIALS_FULL_URI", url)
                .build();

        assertThrows(Ec2ClientException.class, () -> ContainerEndpoint.resolve(env, ContainerEndpoint.ECS_BASE_URL));
    }

    @Test
    void theRelativeUriIsAppendedToTheEcsAgentAddress() {
        Environment env = TestEnv.in(home)
                .variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/id")
                .build();

        assertEquals(
                HttpUrl.get("http://169.254.170.2/v2/credentials/id"),
                ContainerEndpoint.resolve(env, ContainerEndpoint.ECS_BASE_URL).url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret\u0001token", "secret\u00e9token", "secret\u0085token"})
    void aTokenHttpCannotCarryIsAConfigurationErrorThatDoesNotShowItAndSendsNothing(String token) {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> resolve(TestEnv.in(home)
                        .variable(
                                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                                server.url("/v1/credentials").toString())
                        .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", token)
                        .build()));

        assertTrue(e.getMessage().contains("AWS_CONTAINER_AUTHORIZATION_TOKEN"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("secret"), t.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void toStringShowsNoTokenOrUrl() {
        ContainerCredentialsProvider provider = ContainerCredentialsProvider.create(
                TestEnv.in(home)
                        .variable("AWS_CONTAINER_AUTHORIZATION_TOKEN", "secret-token")
                        .build(),
                null,
                clock);

        assertEquals("ContainerCredentialsProvider", provider.toString());
        assertFalse(provider.toString().contains("secret-token"));
    }
}
