package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.ResponseTooLargeException;
import dev.ec2lite.http.TransportException;
import dev.ec2lite.signing.Header;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
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

    @Test
    void aSilentServerStillEndsInAReadTimeout() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());

        try (OkHttpTransport transport = OkHttpTransport.create(null, TIMEOUT, Duration.ofMillis(300), 1024, true)) {
            // Preemptive, so that a missing read timeout fails the test instead of hanging it.
            TransportException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(3),
                    () -> assertThrows(TransportException.class, () -> transport.execute(post("http"), null)));

            assertEquals(TransportException.Kind.TIMEOUT, e.kind());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
    }

    @Test
    void aLargeBodyToAServerThatNeverReadsEndsInAWriteTimeout() throws Exception {
        try (ServerSocket deaf = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try (Socket accepted = deaf.accept()) {
                    Thread.sleep(10_000); // holds the connection open and reads nothing
                } catch (IOException | InterruptedException e) {
                    // closed by the test's end
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            byte[] tooBigToBuffer = new byte[64 * 1024 * 1024];
            HttpCall call = new HttpCall(
                    "POST",
                    URI.create("http://127.0.0.1:" + deaf.getLocalPort() + "/"),
                    List.of(),
                    "application/octet-stream",
                    tooBigToBuffer);
            long start = System.nanoTime();

            try (OkHttpTransport transport =
                    OkHttpTransport.create(null, TIMEOUT, Duration.ofMillis(300), 1024, true)) {
                TransportException e = assertThrows(TransportException.class, () -> transport.execute(call, null));

                assertEquals(TransportException.Kind.TIMEOUT, e.kind());
            }
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(elapsedMillis < 5_000, "the write timeout took " + elapsedMillis + " ms");
            acceptor.interrupt();
        }
    }

    @Test
    void onlyHttp11IsSpoken() {
        try (OkHttpTransport transport = OkHttpTransport.create(null, TIMEOUT, TIMEOUT, 1024)) {
            assertEquals(List.of(okhttp3.Protocol.HTTP_1_1), transport.client().protocols());
            assertEquals(0, transport.client().readTimeoutMillis(), "Okio's watchdog is not used for reads");
        }
    }
}
