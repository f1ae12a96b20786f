package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ec2lite.DescribeNetworkInterfacesRequest;
import dev.ec2lite.DetachNetworkInterfaceRequest;
import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint over TLS: the real client trusts it through a CA bundle holding the endpoint's own
 * certificate, and nothing else makes it trusted.
 */
class TlsEndpointTest {
    @TempDir
    Path dir;

    private Ec2Client.Builder client(LocalEc2Endpoint ec2) {
        Environment nothing = Environment.of(Map.of("AWS_EC2_METADATA_DISABLED", "true"), Map.of(), dir);
        return Ec2Client.builder()
                .environment(nothing)
                .region(ec2.region())
                .endpointOverride(ec2.endpoint())
                .credentialsProvider(CredentialsProvider.of(ec2.credentials()))
                .maxAttempts(1);
    }

    private static void assertDryRunSucceeds(Ec2Client client) {
        DetachNetworkInterfaceResponse dry = client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                .attachmentId(LocalEc2Endpoint.FLOATING_ATTACHMENT_ID)
                .dryRun(true)
                .build());
        assertTrue(dry.dryRun());
    }

    private Path bundle(LocalEc2Endpoint ec2) throws IOException {
        return Files.writeString(
                dir.resolve("endpoint.pem"), ec2.certificatePem().orElseThrow());
    }

    @Test
    @Timeout(60)
    void aClientTrustingTheCertificateCallsOverHttps() throws IOException {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                Ec2Client client = client(ec2).caBundle(bundle(ec2)).build()) {
            assertEquals("https", ec2.endpoint().getScheme());
            assertDryRunSucceeds(client);
            assertEquals(
                    LocalEc2Endpoint.FLOATING_INTERFACE_ID,
                    client.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byAttachmentId(
                                    LocalEc2Endpoint.FLOATING_ATTACHMENT_ID))
                            .networkInterfaces()
                            .get(0)
                            .networkInterfaceId());
        }
    }

    @Test
    @Timeout(60)
    void withoutTheCertificateInItsBundleTheClientRefusesTheServer() throws IOException {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                LocalEc2Endpoint other = LocalEc2Endpoint.builder().tls().start();
                Ec2Client trustsTheOther = client(ec2).caBundle(bundle(other)).build()) {
            Ec2ClientException e = assertThrows(
                    Ec2ClientException.class,
                    () -> trustsTheOther.detachNetworkInterface(LocalEc2Endpoint.FLOATING_ATTACHMENT_ID));
            assertTrue(ec2.requests().isEmpty(), "no request may reach a server the client does not trust");
            assertTrue(
                    e.getMessage().contains("certif")
                            || String.valueOf(e.getCause()).contains("certif"),
                    e.toString());
        }
    }

    @Test
    void theCertificateNamesTheLoopbackAddressAndIsSignedByItsOwnKey() throws Exception {
        Instant before = Instant.now();
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start()) {
            String pem = ec2.certificatePem().orElseThrow();
            assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
            assertTrue(pem.endsWith("-----END CERTIFICATE-----\n"), pem);
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            certificate.verify(certificate.getPublicKey());
            certificate.checkValidity(Date.from(before));
            certificate.checkValidity(Date.from(before.plus(Duration.ofDays(29))));
            assertEquals(3, certificate.getVersion());
            assertEquals("SHA256withECDSA", certificate.getSigAlgName());
            assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
            assertEquals(
                    "CN=ec2lite local endpoint",
                    certificate.getSubjectX500Principal().getName());
            assertEquals(List.of(List.of(7, "127.0.0.1")), List.copyOf(certificate.getSubjectAlternativeNames()));
            assertTrue(certificate.getSerialNumber().signum() > 0);
        }
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void eachEndpointMakesItsOwnKey() throws Exception {
        try (LocalEc2Endpoint a = LocalEc2Endpoint.builder().tls().start();
                LocalEc2Endpoint b = LocalEc2Endpoint.builder().tls().start()) {
            byte[] keyA = parse(a.certificatePem().orElseThrow()).getPublicKey().getEncoded();
            byte[] keyB = parse(b.certificatePem().orElseThrow()).getPublicKey().getEncoded();
            assertFalse(Arrays.equals(keyA, keyB));
        }
    }

    /** OpenSSL (what the AWS CLI's Python uses) accepts the certificate for 127.0.0.1, strictly. */
    @Test
    @Timeout(60)
    void openSslVerifiesTheCertificateForTheLoopbackAddress() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "no /usr/bin/openssl here: not checked");
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start()) {
            String pem = bundle(ec2).toString();
            Process process = new ProcessBuilder(
                            "/usr/bin/openssl",
                            "verify",
                            "-x509_strict",
                            "-purpose",
                            "sslserver",
                            "-verify_ip",
                            "127.0.0.1",
                            "-CAfile",
                            pem,
                            pem)
                    .redirectErrorStream(true)
                    .start();
            boolean ended = process.waitFor(30, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(ended, "openssl did not finish");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains(": OK"), output);
        }
    }

    @Test
    void plainHttpHasNoCertificate() {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.start()) {
            assertEquals("http", ec2.endpoint().getScheme());
            assertTrue(ec2.certificatePem().isEmpty());
        }
    }

    @Test
    @Timeout(60)
    void peersThatStopInTheMiddleOfAHandshakeDoNotStopOthers() throws IOException {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                Ec2Client client = client(ec2).caBundle(bundle(ec2)).build()) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) { // more than the http server's four workers
                    Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), ec2.port());
                    // A TLS record header announcing a 255-byte handshake message, then nothing.
                    socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xff, 0x01});
                    socket.getOutputStream().flush();
                    stalled.add(socket);
                }
                assertDryRunSucceeds(client);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void aHandshakeThatStallsIsCutOffAfterItsDeadline() throws IOException {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                Socket stalled = new Socket(InetAddress.getByName("127.0.0.1"), ec2.port())) {
            stalled.setSoTimeout(
                    (int) TlsFront.HANDSHAKE_TIMEOUT.multipliedBy(3).toMillis());
            stalled.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xff, 0x01});
            long start = System.nanoTime();
            byte[] answer;
            try {
                answer = stalled.getInputStream().readAllBytes(); // returns once the endpoint closes
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the endpoint kept a stalled handshake open", e);
            } catch (IOException e) {
                answer = new byte[0]; // reset by the endpoint: cut off as well
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            // Nothing but, at most, a TLS alert record (content type 21) before the close.
            assertTrue(answer.length == 0 || answer[0] == 21, "unexpected answer of " + answer.length + " bytes");
            assertTrue(waited.compareTo(TlsFront.HANDSHAKE_TIMEOUT.multipliedBy(2)) < 0, waited.toString());
        }
    }

    @Test
    @Timeout(60)
    void aSilentTlsPeerDoesNotStopOthersAndTheEndpointStillCloses() throws IOException {
        LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
        try (Ec2Client client = client(ec2).caBundle(bundle(ec2)).build();
                Socket silent = new Socket(InetAddress.getByName("127.0.0.1"), ec2.port())) {
            // Connected, and never starts the handshake.
            assertTrue(silent.isConnected());
            assertDryRunSucceeds(client);
            long start = System.nanoTime();
            ec2.close(); // with the silent peer still connected
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(6), "close waited on the silent peer");
        } finally {
            ec2.close();
        }
    }

    @Test
    @Timeout(60)
    void aHandshakeDrippingOneByteAtATimeIsCutOffAtTheSameDeadline() throws Exception {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                Socket dripping = new Socket(InetAddress.getByName("127.0.0.1"), ec2.port())) {
            byte[] hello = {0x16, 0x03, 0x01, 0x00, (byte) 0xff, 0x01, 0x00, 0x00, (byte) 0xfb, 0x03, 0x03};
            long start = System.nanoTime();
            long limit = TlsFront.HANDSHAKE_TIMEOUT.multipliedBy(2).toNanos();
            boolean cutOff = false;
            // Each byte comes well within the per-read timeout; only a deadline for the whole handshake ends it.
            for (int i = 0; !cutOff && System.nanoTime() - start < limit; i++) {
                try {
                    dripping.getOutputStream().write(hello[i % hello.length]);
                    dripping.getOutputStream().flush();
                    Thread.sleep(500);
                } catch (IOException e) {
                    cutOff = true;
                }
            }
            if (!cutOff) {
                dripping.setSoTimeout(1000);
                try {
                    dripping.getInputStream().readAllBytes(); // ends only if the endpoint closed it
                    cutOff = true;
                } catch (SocketTimeoutException e) {
                    cutOff = false;
                } catch (IOException e) {
                    cutOff = true;
                }
            }
            assertTrue(cutOff, "a dripping handshake was kept open past " + Duration.ofNanos(limit));
        }
    }

    @Test
    @Timeout(30)
    void aClientThatEndsItsSideAfterItsRequestStillGetsTheAnswer() throws Exception {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder().tls().start();
                SSLSocket socket = (SSLSocket) trusting(ec2.certificatePem().orElseThrow())
                        .getSocketFactory()
                        .createSocket(InetAddress.getByName("127.0.0.1"), ec2.port())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.3"}); // where TLS has a half-close
            socket.setSoTimeout(10_000);
            String request = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                    + "\r\nContent-Length: 0\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // close_notify: this side is done; the answer may still come

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertTrue(answer.startsWith("HTTP/1.1 "), "no answer after the half-close: '" + answer + "'");
        }
    }

    /**
     * A client that stops reading fills the buffers until the front's answer pump blocks in a write,
     * holding the TLS connection's write lock; the JDK's polite close waits for that lock, so close()
     * must not rely on it.
     */
    @Test
    @Timeout(60)
    void closeReturnsWhileAnAnswerIsStuckOnAClientThatStoppedReading() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(Instant.now());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        AtomicLong written = new AtomicLong();
        try (ServerSocket backend = new ServerSocket(0, 1, loopback)) {
            Thread firehose = new Thread(() -> answerWithoutEnd(backend, written), "firehose");
            firehose.setDaemon(true);
            firehose.start();
            TlsFront front =
                    TlsFront.start(certificate.serverContext(), 0, (InetSocketAddress) backend.getLocalSocketAddress());
            try (Socket tcp = new Socket()) {
                tcp.setReceiveBufferSize(4096);
                tcp.connect(new InetSocketAddress(loopback, front.port()), 5_000);
                SSLSocket client = (SSLSocket) trusting(certificate.pem())
                        .getSocketFactory()
                        .createSocket(tcp, "127.0.0.1", front.port(), false);
                client.startHandshake(); // and never reads
                waitUntilStuck(written);

                long start = System.nanoTime();
                assertTimeoutPreemptively(Duration.ofSeconds(20), front::close, "close() hung on the stuck write");
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "close() took " + took);
                firehose.join(5_000);
                assertFalse(firehose.isAlive(), "the connection to the backend was left open");
            }
        }
    }

    /** A socket has no write timeout: a client that keeps sending but never reads is cut off by the front. */
    @Test
    @Timeout(60)
    void aClientThatKeepsSendingButNeverReadsIsCutOffAfterTheIdleTime() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(Instant.now());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        Duration idle = Duration.ofSeconds(2);
        AtomicLong written = new AtomicLong();
        try (ServerSocket backend = new ServerSocket(0, 1, loopback);
                TlsFront front = TlsFront.start(
                        certificate.serverContext(), 0, (InetSocketAddress) backend.getLocalSocketAddress(), idle);
                Socket tcp = new Socket()) {
            Thread firehose = new Thread(() -> answerWithoutEnd(backend, written), "firehose");
            firehose.setDaemon(true);
            firehose.start();
            tcp.setReceiveBufferSize(4096);
            tcp.connect(new InetSocketAddress(loopback, front.port()), 5_000);
            SSLSocket client = (SSLSocket)
                    trusting(certificate.pem()).getSocketFactory().createSocket(tcp, "127.0.0.1", front.port(), false);
            client.startHandshake();

            // A byte well within the idle time, so the front's reads never time out; only its stalled
            // writes to this client can end the connection. Bounded: 20 s at most.
            long start = System.nanoTime();
            while (firehose.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20)) {
                try {
                    client.getOutputStream().write('x');
                    client.getOutputStream().flush();
                } catch (IOException e) {
                    break; // cut off
                }
                firehose.join(300);
            }
            firehose.join(5_000);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertFalse(firehose.isAlive(), "still connected after " + took + ", " + written + " bytes written");
            assertTrue(took.compareTo(idle.multipliedBy(5)) < 0, "cut off only after " + took);
        }
    }

    /** The backend: writes (at most 256 MiB) until the front closes the connection. */
    private static void answerWithoutEnd(ServerSocket backend, AtomicLong written) {
        try (Socket socket = backend.accept()) {
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 4096; i++) {
                socket.getOutputStream().write(chunk);
                written.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            // Closed by the front: what the test waits for.
        }
    }

    /** Until the bytes written stop growing for a second: every buffer on the way is full (at most 30 s). */
    private static void waitUntilStuck(AtomicLong written) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long last = -1;
        int still = 0;
        while (still < 5 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            long now = written.get();
            still = now == last ? still + 1 : 0;
            last = now;
        }
        assertTrue(still >= 5 && last > 0, "the answers never backed up: " + last + " bytes written");
    }

    private static SSLContext trusting(String pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("endpoint", parse(pem));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
