package dev.ec2lite.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.signing.Header;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport against a real HTTP server on 127.0.0.1, in its default and plain-HTTP-only modes. */
class OkHttpTransportTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpCall post(String scheme) {
        URI url = URI.create(scheme + "://127.0.0.1:" + server.getPort() + "/");
        return new HttpCall(
                "POST",
                url,
                List.of(new Header("X-Amz-Date", "20261126T100000Z")),
                "application/x-www-form-urlencoded; charset=utf-8",
                "Action=DetachNetworkInterface".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainHttpOnlySendsAndReadsAnHttpCall() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("x-amzn-RequestId", "rid-1")
                .body("<ok/>")
                .build());

        try (OkHttpTransport transport = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024, true)) {
            HttpAnswer answer = transport.execute(post("http"), TIMEOUT);

            assertEquals(200, answer.statusCode());
            assertEquals("rid-1", answer.header("X-AMZN-REQUESTID").orElseThrow());
            assertEquals("<ok/>", new String(answer.body(), StandardCharsets.UTF_8));
        }
        RecordedRequest recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("20261126T100000Z", recorded.getHeaders().get("X-Amz-Date"));
        assertEquals("Action=DetachNetworkInterface", recorded.getBody().utf8());
    }

    @Test
    void plainHttpOnlyRefusesHttpsBeforeConnecting() {
        try (OkHttpTransport transport = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024, true)) {
            IllegalStateException e =
                    assertThrows(IllegalStateException.class, () -> transport.execute(post("https"), TIMEOUT));

            assertEquals(
                    "this transport was built for http:// endpoints only; it cannot send to https://127.0.0.1",
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theDefaultTransportCanSpeakTls() {
        try (OkHttpTransport plain = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024, true);
                OkHttpTransport tls = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024)) {
            assertEquals(List.of(ConnectionSpec.CLEARTEXT), plain.client().connectionSpecs());
            assertTrue(tls.client().connectionSpecs().stream().anyMatch(ConnectionSpec::isTls));
            assertFalse(tls.client().retryOnConnectionFailure());
            assertFalse(tls.client().followRedirects());
        }
    }

    @Test
    void anAnswerOverTheLimitFailsClearly() {
        server.enqueue(
                new MockResponse.Builder().code(200).body("x".repeat(2048)).build());

        try (OkHttpTransport transport = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024, true)) {
            ResponseTooLargeException e =
                    assertThrows(ResponseTooLargeException.class, () -> transport.execute(post("http"), TIMEOUT));

            assertTrue(e.getMessage().contains("1024"), e.getMessage());
        }
    }
}
