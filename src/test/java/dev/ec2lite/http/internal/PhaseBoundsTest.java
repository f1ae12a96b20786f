package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.TransportException;
import dev.ec2lite.signing.Header;
import dev.ec2lite.testing.MisbehavingPeer;
import dev.ec2lite.testing.TestProxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every phase of an attempt ends within connect timeout + read timeout, whatever the peer does: goes
 * silent after accepting, drips one byte at a time, stalls inside the TLS handshake, or is a proxy
 * that never answers {@code CONNECT}. Real sockets on 127.0.0.1; each test is also cut off by JUnit so
 * a regression fails instead of hanging the build.
 */
class PhaseBoundsTest {
    private static final Duration CONNECT = Duration.ofSeconds(1);
    private static final Duration READ = Duration.ofSeconds(1);
    /** connect + read, the attempt's budget, plus room for a loaded 2-core machine. */
    private static final long BOUND_MILLIS = CONNECT.plus(READ).toMillis() + 1_500;

    private static final Duration CUT_OFF = Duration.ofSeconds(15);

    private static OkHttpTransport transport(NetworkSettings network) {
        return OkHttpTransport.builder()
                .connectTimeout(CONNECT)
                .readTimeout(READ)
                .maxBodyBytes(1 << 20)
                .network(network)
                .build();
    }

    private static HttpCall post(String url) {
        return new HttpCall(
                "POST",
                URI.create(url),
                List.of(new Header("X-Amz-Date", "20261204T100000Z")),
                "application/x-www-form-urlencoded; charset=utf-8",
                "Action=DetachNetworkInterface".getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the call, asserts it failed within the bound, and returns the failure. */
    private static TransportException failsWithinBound(OkHttpTransport transport, HttpCall call) {
        return assertTimeoutPreemptively(CUT_OFF, () -> {
            long start = System.nanoTime();
            TransportException e = assertThrows(TransportException.class, () -> transport.execute(call, null));
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis < BOUND_MILLIS, "took " + tookMillis + " ms, bound " + BOUND_MILLIS + " ms");
            return e;
        });
    }

    @Test
    void aSilentTlsPeerEndsTheAttemptAsAFailedHandshake() throws Exception {
        try (MisbehavingPeer peer = MisbehavingPeer.silent();
                OkHttpTransport transport = transport(NetworkSettings.defaults())) {
            TransportException e = failsWithinBound(transport, post("https://127.0.0.1:" + peer.port() + "/"));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
        }
    }

    @Test
    void aTlsPeerThatStallsInsideTheHandshakeIsCutAtTheAttemptsDeadline() throws Exception {
        // A TLS record header announcing a 16 KiB handshake message, then its bytes one by one: each read
        // gets a byte well within the read timeout, so only the attempt's deadline can end it.
        byte[] record = new byte[64];
        record[0] = 0x16;
        record[1] = 0x03;
        record[2] = 0x03;
        record[3] = 0x40;
        record[4] = 0x00;
        record[5] = 0x02;
        try (MisbehavingPeer peer = MisbehavingPeer.dripping(record, 250, true);
                OkHttpTransport transport = transport(NetworkSettings.defaults())) {
            TransportException e = failsWithinBound(transport, post("https://127.0.0.1:" + peer.port() + "/"));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
        }
    }

    @Test
    void anAnswerDrippedOneByteAtATimeIsCutAtTheAttemptsDeadline() throws Exception {
        byte[] answer = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Padding: aaaaaaaaaaaaaaaaaaaa\r\n\r\nhello"
                .getBytes(StandardCharsets.US_ASCII);
        try (MisbehavingPeer peer = MisbehavingPeer.dripping(answer, 250, true);
                OkHttpTransport transport = transport(NetworkSettings.defaults())) {
            TransportException e = failsWithinBound(transport, post("http://127.0.0.1:" + peer.port() + "/"));
            assertEquals(TransportException.Kind.TIMEOUT, e.kind());
            assertTrue(e.requestMayHaveBeenSent());
        }
    }

    @Test
    void aProxyThatNeverAnswersConnectEndsTheAttempt() throws Exception {
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.SILENT);
                OkHttpTransport transport =
                        transport(NetworkSettings.defaults().withProxy(ProxyConfig.parse(proxy.url(), "test")))) {
            TransportException e = failsWithinBound(transport, post("https://127.0.0.1:9/"));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(e.getMessage().contains("did not answer the tunnel request"), e.getMessage());
            assertEquals(List.of("CONNECT 127.0.0.1:9 HTTP/1.1"), proxy.requestLines());
        }
    }

    @Test
    void aSilentPlainHttpProxyIsATimeoutAfterSending() throws Exception {
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.SILENT);
                OkHttpTransport transport =
                        transport(NetworkSettings.defaults().withProxy(ProxyConfig.parse(proxy.url(), "test")))) {
            TransportException e = failsWithinBound(transport, post("http://127.0.0.1:9/"));
            assertEquals(TransportException.Kind.TIMEOUT, e.kind());
        }
    }

    @Test
    void aCallersClientWithItsOwnSocketFactoryIsBoundedToo() throws Exception {
        javax.net.SocketFactory own = new javax.net.SocketFactory() {
            @Override
            public java.net.Socket createSocket() {
                return new java.net.Socket();
            }

            @Override
            public java.net.Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.net.Socket createSocket(java.net.InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.net.Socket createSocket(
                    java.net.InetAddress address, int port, java.net.InetAddress local, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
        okhttp3.OkHttpClient base =
                new okhttp3.OkHttpClient.Builder().socketFactory(own).build();
        try (MisbehavingPeer peer = MisbehavingPeer.silent();
                OkHttpTransport transport = OkHttpTransport.builder()
                        .baseClient(base)
                        .connectTimeout(CONNECT)
                        .readTimeout(READ)
                        .build()) {
            failsWithinBound(transport, post("https://127.0.0.1:" + peer.port() + "/"));
        } finally {
            base.dispatcher().executorService().shutdown();
            base.connectionPool().evictAll();
        }
    }
}
