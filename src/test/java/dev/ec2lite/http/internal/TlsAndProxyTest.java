package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.TransportException;
import dev.ec2lite.signing.Header;
import dev.ec2lite.testing.TestProxy;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real TLS with a private CA made here, through a real proxy on 127.0.0.1: the CA bundle is trusted as
 * well as the JDK's store, tunnels carry Basic credentials, refusals say the proxy refused.
 */
class TlsAndProxyTest {
    private static final HeldCertificate PRIVATE_CA = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("ec2lite test CA")
            .build();
    private static final HeldCertificate SERVER = new HeldCertificate.Builder()
            .signedBy(PRIVATE_CA)
            .addSubjectAlternativeName("127.0.0.1")
            .commonName("127.0.0.1")
            .build();

    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(SERVER, PRIVATE_CA.certificate())
                .build();
        server.useHttps(certificates.sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path caBundle() throws Exception {
        Path pem = dir.resolve("private-ca.pem");
        Files.writeString(pem, PRIVATE_CA.certificatePem());
        return pem;
    }

    private static OkHttpTransport transport(NetworkSettings network) {
        return OkHttpTransport.builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(5))
                .network(network)
                .build();
    }

    private HttpCall post() {
        return post("https://127.0.0.1:" + server.getPort() + "/");
    }

    private static HttpCall post(String url) {
        return new HttpCall(
                "POST",
                URI.create(url),
                List.of(new Header("X-Amz-Date", "20261204T100000Z")),
                "application/x-www-form-urlencoded; charset=utf-8",
                "Action=DetachNetworkInterface".getBytes(StandardCharsets.UTF_8));
    }

    private void answerOk() {
        server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
    }

    @Test
    void aPrivateCaIsTrustedThroughTheCaBundle() throws Exception {
        answerOk();
        try (OkHttpTransport transport =
                transport(NetworkSettings.defaults().withTrust(TlsTrust.withCaBundle(caBundle())))) {
            HttpAnswer answer = transport.execute(post(), null);
            assertEquals(200, answer.statusCode());
        }
    }

    @Test
    void withoutTheBundleThePrivateCaIsRefusedBeforeAnythingIsSent() throws Exception {
        try (OkHttpTransport transport = transport(NetworkSettings.defaults())) {
            TransportException e = assertThrows(TransportException.class, () -> transport.execute(post(), null));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(
                    e.getMessage().contains("TLS handshake with 127.0.0.1:" + server.getPort() + " failed"),
                    e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCallersCertificatePinsStillHoldWithTheBundle() throws Exception {
        // Pinning needs OkHttp to see the bundle's certificates, which it otherwise is not shown.
        answerOk();
        okhttp3.CertificatePinner pinned = new okhttp3.CertificatePinner.Builder()
                .add("127.0.0.1", okhttp3.CertificatePinner.pin(PRIVATE_CA.certificate()))
                .build();
        try (OkHttpTransport transport = pinningTransport(pinned)) {
            assertEquals(200, transport.execute(post(), null).statusCode());
        }
        HeldCertificate other =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        okhttp3.CertificatePinner wrongPin = new okhttp3.CertificatePinner.Builder()
                .add("127.0.0.1", okhttp3.CertificatePinner.pin(other.certificate()))
                .build();
        try (OkHttpTransport transport = pinningTransport(wrongPin)) {
            assertThrows(java.io.IOException.class, () -> transport.execute(post(), null));
        }
        assertEquals(1, server.getRequestCount());
    }

    private OkHttpTransport pinningTransport(okhttp3.CertificatePinner pinner) throws Exception {
        return OkHttpTransport.builder()
                .baseClient(new okhttp3.OkHttpClient.Builder()
                        .certificatePinner(pinner)
                        .build())
                .network(NetworkSettings.defaults().withTrust(TlsTrust.withCaBundle(caBundle())))
                .build();
    }

    @Test
    void aBundleWithoutTheServersIssuerIsRefusedBeforeAnythingIsSent() throws Exception {
        HeldCertificate unrelated = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("unrelated CA")
                .build();
        Path pem = Files.writeString(dir.resolve("unrelated.pem"), unrelated.certificatePem());
        try (OkHttpTransport transport = transport(NetworkSettings.defaults().withTrust(TlsTrust.withCaBundle(pem)))) {
            TransportException e = assertThrows(TransportException.class, () -> transport.execute(post(), null));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theBundleAddsToTheJdksTrustRatherThanReplacingIt() throws Exception {
        TlsTrust trust = TlsTrust.withCaBundle(caBundle());
        int issuers = trust.trustManager().getAcceptedIssuers().length;
        assertTrue(issuers > 1, "the JDK's CAs and the bundle's: " + issuers);
    }

    @Test
    void httpsGoesThroughTheProxyInATunnel() throws Exception {
        answerOk();
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.FORWARD);
                OkHttpTransport transport = transport(NetworkSettings.defaults()
                        .withProxy(ProxyConfig.parse(proxy.url(), "test"))
                        .withTrust(TlsTrust.withCaBundle(caBundle())))) {
            assertEquals(200, transport.execute(post(), null).statusCode());
            assertEquals(List.of("CONNECT 127.0.0.1:" + server.getPort() + " HTTP/1.1"), proxy.requestLines());
        }
        RecordedRequest recorded = server.takeRequest();
        assertEquals("Action=DetachNetworkInterface", recorded.getBody().utf8());
    }

    @Test
    void proxyCredentialsFromTheUrlAreSentAsBasicAuthorization() throws Exception {
        answerOk();
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("proxy-user:p@ss:word".getBytes(StandardCharsets.UTF_8));
        try (TestProxy proxy = TestProxy.requiringAuthorization(expected);
                OkHttpTransport transport = transport(NetworkSettings.defaults()
                        .withProxy(
                                ProxyConfig.parse("http://proxy-user:p%40ss%3Aword@127.0.0.1:" + proxy.port(), "test"))
                        .withTrust(TlsTrust.withCaBundle(caBundle())))) {
            assertEquals(200, transport.execute(post(), null).statusCode());
            assertEquals(List.of(expected), proxy.authorizations());
        }
    }

    @Test
    void wrongProxyCredentialsAreARefusalThatSaysSo() throws Exception {
        try (TestProxy proxy = TestProxy.requiringAuthorization("Basic something-else");
                OkHttpTransport transport = transport(NetworkSettings.defaults()
                        .withProxy(ProxyConfig.parse("http://u:wrong@127.0.0.1:" + proxy.port(), "test")))) {
            TransportException e = assertThrows(TransportException.class, () -> transport.execute(post(), null));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(e.getMessage().contains("refused to open a tunnel"), e.getMessage());
            assertTrue(e.getMessage().contains("407"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aProxyRefusingConnectIsAConnectionFailureNamingTheProxy() throws Exception {
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.REFUSE);
                OkHttpTransport transport =
                        transport(NetworkSettings.defaults().withProxy(ProxyConfig.parse(proxy.url(), "test")))) {
            TransportException e = assertThrows(TransportException.class, () -> transport.execute(post(), null));
            assertEquals(TransportException.Kind.CONNECT_FAILURE, e.kind());
            assertFalse(e.requestMayHaveBeenSent());
            assertTrue(
                    e.getMessage().contains("the proxy at 127.0.0.1:" + proxy.port() + " refused to open a tunnel"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        }
    }

    @Test
    void plainHttpGoesToTheProxyWithItsCredentials() throws Exception {
        try (MockWebServer plain = new MockWebServer()) {
            plain.start(InetAddress.getByName("127.0.0.1"), 0);
            plain.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
            String expected =
                    "Basic " + Base64.getEncoder().encodeToString("u:secret".getBytes(StandardCharsets.UTF_8));
            try (TestProxy proxy = TestProxy.requiringAuthorization(expected);
                    OkHttpTransport transport = transport(NetworkSettings.defaults()
                            .withProxy(ProxyConfig.parse("u:secret@127.0.0.1:" + proxy.port(), "test")))) {
                String url = "http://127.0.0.1:" + plain.getPort() + "/";
                assertEquals(200, transport.execute(post(url), null).statusCode());
                assertEquals(List.of("POST " + url + " HTTP/1.1"), proxy.requestLines());
                assertEquals(List.of(expected), proxy.authorizations());
            }
            RecordedRequest recorded = plain.takeRequest();
            assertEquals(null, recorded.getHeaders().get("Proxy-Authorization"));
        }
    }

    @Test
    void insecureTrustAcceptsAnUnknownCaAndAWrongHostName() throws Exception {
        HeldCertificate stranger = new HeldCertificate.Builder()
                .commonName("somewhere-else.example")
                .addSubjectAlternativeName("somewhere-else.example")
                .build();
        try (MockWebServer other = new MockWebServer()) {
            other.useHttps(new HandshakeCertificates.Builder()
                    .heldCertificate(stranger)
                    .build()
                    .sslSocketFactory());
            other.start(InetAddress.getByName("127.0.0.1"), 0);
            other.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
            try (OkHttpTransport transport =
                    transport(NetworkSettings.defaults().withTrust(TlsTrust.insecure()))) {
                assertEquals(
                        200,
                        transport
                                .execute(post("https://127.0.0.1:" + other.getPort() + "/"), null)
                                .statusCode());
            }
        }
    }

    @Test
    void aServerWhoseNameDoesNotMatchIsRefusedEvenWithTheBundle() throws Exception {
        HeldCertificate misnamed = new HeldCertificate.Builder()
                .signedBy(PRIVATE_CA)
                .addSubjectAlternativeName("somewhere-else.example")
                .build();
        try (MockWebServer other = new MockWebServer()) {
            other.useHttps(new HandshakeCertificates.Builder()
                    .heldCertificate(misnamed, PRIVATE_CA.certificate())
                    .build()
                    .sslSocketFactory());
            other.start(InetAddress.getByName("127.0.0.1"), 0);
            try (OkHttpTransport transport =
                    transport(NetworkSettings.defaults().withTrust(TlsTrust.withCaBundle(caBundle())))) {
                TransportException e = assertThrows(
                        TransportException.class,
                        () -> transport.execute(post("https://127.0.0.1:" + other.getPort() + "/"), null));
                assertFalse(e.requestMayHaveBeenSent());
            }
            assertEquals(0, other.getRequestCount());
        }
    }
}
