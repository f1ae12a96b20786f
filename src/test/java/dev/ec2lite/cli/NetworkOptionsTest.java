package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.testing.MisbehavingPeer;
import dev.ec2lite.testing.TestProxy;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on real networks: proxies from the environment, a private CA from {@code
 * AWS_CA_BUNDLE} or {@code --ca-bundle}, {@code --no-verify-ssl}, and no hang with a silent TLS peer or
 * proxy (exit 255 within attempts × (connect + read) + backoff, as the AWS CLI gives up).
 */
class NetworkOptionsTest {
    private static final HeldCertificate PRIVATE_CA =
            new HeldCertificate.Builder().certificateAuthority(0).build();
    private static final HeldCertificate SERVER = new HeldCertificate.Builder()
            .signedBy(PRIVATE_CA)
            .addSubjectAlternativeName("127.0.0.1")
            .build();
    private static final String OK =
            "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return>"
                    + "</DetachNetworkInterfaceResponse>";
    private static final String PROXY_PASSWORD = "proxy-pa55word";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> env = new HashMap<>();

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void start() throws Exception {
        server.useHttps(new HandshakeCertificates.Builder()
                .heldCertificate(SERVER, PRIVATE_CA.certificate())
                .build()
                .sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        bundle = dir.resolve("corporate-ca.pem");
        Files.writeString(bundle, PRIVATE_CA.certificatePem());
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        env.put("AWS_REGION", "us-east-1");
        env.put("HOME", dir.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun detach(String endpoint, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "detach-network-interface";
        args[1] = "--endpoint-url";
        args[2] = endpoint;
        args[3] = "--attachment-id";
        args[4] = "eni-attach-0123456789abcdef0";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CliRun.run(env, args);
    }

    private String httpsEndpoint() {
        return "https://127.0.0.1:" + server.getPort();
    }

    @Test
    void httpsThroughAnAuthenticatingProxyWithThePrivateCaFromAwsCaBundle() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        String expected = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("agent:" + PROXY_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (TestProxy proxy = TestProxy.requiringAuthorization(expected)) {
            env.put("HTTPS_PROXY", "http://agent:" + PROXY_PASSWORD + "@127.0.0.1:" + proxy.port());
            env.put("AWS_CA_BUNDLE", bundle.toString());
            CliRun run = detach(httpsEndpoint(), "--debug");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, proxy.requestLines().size());
            assertTrue(proxy.requestLines().get(0).startsWith("CONNECT 127.0.0.1:"));
            assertTrue(run.err().contains("proxy http://agent:****@127.0.0.1:" + proxy.port()), run.err());
            assertFalse(run.err().contains(PROXY_PASSWORD) || run.out().contains(PROXY_PASSWORD), "password printed");
        }
    }

    @Test
    void noProxyLetsTheEndpointGoDirect() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.REFUSE)) {
            env.put("HTTPS_PROXY", proxy.url());
            env.put("NO_PROXY", "example.com,127.0.0.1");
            CliRun run = detach(httpsEndpoint(), "--ca-bundle", bundle.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(0, proxy.connectionCount());
        }
    }

    @Test
    void aProxyRefusingTheTunnelIsExit255AndNeverSaidToHaveReachedEc2() throws Exception {
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.REFUSE)) {
            env.put("HTTPS_PROXY", proxy.url());
            env.put("AWS_MAX_ATTEMPTS", "2");
            CliRun run = detach(httpsEndpoint(), "--ca-bundle", bundle.toString());
            assertEquals(255, run.exitCode(), run.err());
            assertTrue(run.err().contains("refused to open a tunnel"), run.err());
            assertFalse(run.err().toLowerCase(java.util.Locale.ROOT).contains("may have"), run.err());
            assertEquals(2, proxy.requestLines().size(), "retried as a connection failure");
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void withoutTheBundleThePrivateCaFailsWithExit255NamingTheHandshake() {
        CliRun run = detach(httpsEndpoint(), "--cli-connect-timeout", "2", "--cli-read-timeout", "2");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("TLS handshake"), run.err());
        assertTrue(run.err().contains("give that CA's certificate with AWS_CA_BUNDLE"), run.err());
    }

    @Test
    void noVerifySslWarnsAndSkipsVerification() {
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        CliRun run = detach(httpsEndpoint(), "--no-verify-ssl");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: --no-verify-ssl"), run.err());
    }

    @Test
    void aMissingCaBundleIsAConfigurationErrorNamingTheFile() {
        Path missing = dir.resolve("no-such-ca.pem");
        env.put("AWS_CA_BUNDLE", missing.toString());
        CliRun run = detach(httpsEndpoint());
        assertEquals(253, run.exitCode(), run.err());
        assertTrue(run.err().contains("AWS_CA_BUNDLE") && run.err().contains(missing.toString()), run.err());
        CliRun flag = detach(httpsEndpoint(), "--ca-bundle", missing.toString());
        assertEquals(253, flag.exitCode(), flag.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theProfilesCaBundleIsRead() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        Path config = dir.resolve(".aws/config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[default]\nca_bundle = " + bundle + "\n");
        CliRun run = detach(httpsEndpoint());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aMalformedProxyVariableIsAConfigurationError() {
        env.put("HTTPS_PROXY", "socks5://127.0.0.1:1080");
        CliRun run = detach(httpsEndpoint());
        assertEquals(253, run.exitCode(), run.err());
        assertTrue(run.err().contains("HTTPS_PROXY"), run.err());
    }

    /** The AWS CLI gives up on a silent TLS peer after about 10 s; so must we, within our bound. */
    @Test
    void aSilentTlsPeerEndsWithExit255WithinTheBound() throws Exception {
        try (MisbehavingPeer peer = MisbehavingPeer.silent()) {
            env.put("AWS_MAX_ATTEMPTS", "3");
            CliRun run = withinBound(
                    3,
                    () -> detach(
                            "https://127.0.0.1:" + peer.port(),
                            "--cli-connect-timeout",
                            "1",
                            "--cli-read-timeout",
                            "1"));
            assertEquals(255, run.exitCode(), run.err());
            assertTrue(run.err().contains("TLS handshake"), run.err());
            assertEquals(3, peer.accepted());
        }
    }

    @Test
    void aSilentProxyEndsWithExit255WithinTheBound() throws Exception {
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.SILENT)) {
            env.put("HTTPS_PROXY", proxy.url());
            env.put("AWS_MAX_ATTEMPTS", "2");
            CliRun run = withinBound(
                    2, () -> detach(httpsEndpoint(), "--cli-connect-timeout", "1", "--cli-read-timeout", "1"));
            assertEquals(255, run.exitCode(), run.err());
            assertTrue(run.err().contains("did not answer the tunnel request"), run.err());
        }
    }

    /**
     * Runs {@code run} and checks it took at most attempts × (connect + read) + the standard mode's
     * largest backoffs (1 s, then 2 s) + a margin for a loaded machine.
     */
    private static CliRun withinBound(int attempts, java.util.function.Supplier<CliRun> run) {
        long boundMillis = attempts * 2_000L + (attempts >= 3 ? 3_000 : 1_000) + 3_000;
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long start = System.nanoTime();
            CliRun result = run.get();
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took < boundMillis, "took " + took + " ms, bound " + boundMillis + " ms");
            return result;
        });
    }
}
