package dev.ec2lite.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.http.internal.ProxyConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user configures, as the transport then sees it. */
class NetworkConfigTest {
    private static final URI EC2 = URI.create("https://ec2.eu-west-1.amazonaws.com");

    @TempDir
    Path dir;

    private static NetworkSettings seen(NetworkConfig config) {
        return NetworkSettings.of(config);
    }

    @Test
    void aProxyUrlSendsEveryUrlThroughThatProxy() {
        ProxyConfig proxy = seen(NetworkConfig.defaults().withProxy("http://user:pa55word@proxy.example:3128"))
                .proxyFor(EC2)
                .orElseThrow();

        assertEquals("proxy.example", proxy.host());
        assertEquals(3128, proxy.port());
        assertEquals("proxy", proxy.source());
        assertFalse(proxy.toString().contains("pa55word"), proxy.toString());
    }

    @Test
    void aNullProxySendsEveryUrlStraightToItsServer() {
        NetworkConfig fromEnvironment =
                NetworkConfig.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.example:3128")::get, name -> null);

        assertTrue(seen(fromEnvironment).proxyFor(EC2).isPresent());
        assertTrue(seen(fromEnvironment.withProxy(null)).proxyFor(EC2).isEmpty());
    }

    @Test
    void aUrlThatIsNoHttpProxyIsRefusedNamingProxyButNotThePassword() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> NetworkConfig.defaults().withProxy("socks5://user:pa55word@proxy.example:1080"));

        assertTrue(e.getMessage().startsWith("proxy: "), e.getMessage());
        assertFalse(e.getMessage().contains("pa55word"), e.getMessage());
    }

    @Test
    void aMissingCaBundleIsRefusedWhenGiven() {
        Path missing = dir.resolve("missing.pem");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> NetworkConfig.defaults().withCaBundle(missing));
        assertTrue(e.getMessage().contains("missing.pem"), e.getMessage());
    }

    @Test
    void trustIsTheJdksUntilChangedAndVerificationCanBeTurnedOff() {
        assertEquals(null, seen(NetworkConfig.defaults()).trust());
        assertFalse(
                seen(NetworkConfig.defaults().withoutTlsVerification()).trust().verifies());
    }
}
