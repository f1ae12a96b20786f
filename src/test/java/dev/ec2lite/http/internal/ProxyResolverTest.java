package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which proxy an endpoint gets, from the environment and then the JVM's properties. */
class ProxyResolverTest {
    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> props = new HashMap<>();

    private Optional<ProxyConfig> proxyFor(String url) {
        return ProxyResolver.resolve(URI.create(url), env::get, props::get);
    }

    @Test
    void httpsEndpointsUseHttpsProxyAndHttpEndpointsHttpProxy() {
        env.put("HTTPS_PROXY", "http://secure-proxy:3128");
        env.put("HTTP_PROXY", "http://plain-proxy:8080");
        assertEquals(
                "secure-proxy",
                proxyFor("https://ec2.eu-west-1.amazonaws.com").orElseThrow().host());
        assertEquals(
                3128,
                proxyFor("https://ec2.eu-west-1.amazonaws.com").orElseThrow().port());
        assertEquals(
                "plain-proxy", proxyFor("http://127.0.0.1:4566").orElseThrow().host());
        assertEquals(
                "HTTPS_PROXY",
                proxyFor("https://ec2.eu-west-1.amazonaws.com").orElseThrow().source());
    }

    @Test
    void lowerCaseVariablesWinAsInCurlAndPython() {
        env.put("HTTPS_PROXY", "http://upper:1");
        env.put("https_proxy", "http://lower:2");
        assertEquals(
                "lower",
                proxyFor("https://ec2.us-east-1.amazonaws.com").orElseThrow().host());
    }

    @Test
    void noVariableAndNoPropertyMeansDirect() {
        assertTrue(proxyFor("https://ec2.us-east-1.amazonaws.com").isEmpty());
        env.put("HTTPS_PROXY", "  ");
        assertTrue(proxyFor("https://ec2.us-east-1.amazonaws.com").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "amazonaws.com|https://ec2.us-east-1.amazonaws.com|true",
                ".amazonaws.com|https://ec2.us-east-1.amazonaws.com|true",
                "*.amazonaws.com|https://ec2.us-east-1.amazonaws.com|true",
                "amazonaws.com|https://notamazonaws.com|false",
                "*|https://anything.example|true",
                "example.com, 127.0.0.1|http://127.0.0.1:4566|true",
                "127.0.0.1:4566|http://127.0.0.1:4566|true",
                "127.0.0.1:9999|http://127.0.0.1:4566|false",
                "10.0.0.0/8|https://10.1.2.3|true",
                "10.0.0.0/8|https://11.1.2.3|false",
                "[::1]|http://[::1]:8080|true",
                "EC2.US-EAST-1.AMAZONAWS.COM|https://ec2.us-east-1.amazonaws.com|true",
            })
    void noProxyListsHostsThatGoDirect(String noProxy, String url, boolean direct) {
        env.put("HTTPS_PROXY", "http://proxy:3128");
        env.put("HTTP_PROXY", "http://proxy:3128");
        env.put("NO_PROXY", noProxy);
        assertEquals(direct, proxyFor(url).isEmpty(), noProxy + " for " + url);
    }

    @Test
    void theJvmPropertiesComeAfterTheEnvironment() {
        props.put("https.proxyHost", "jvm-proxy");
        props.put("https.proxyPort", "8443");
        ProxyConfig proxy = proxyFor("https://ec2.us-east-1.amazonaws.com").orElseThrow();
        assertEquals("jvm-proxy", proxy.host());
        assertEquals(8443, proxy.port());
        assertEquals("https.proxyHost", proxy.source());
        env.put("HTTPS_PROXY", "http://env-proxy:3128");
        assertEquals(
                "env-proxy",
                proxyFor("https://ec2.us-east-1.amazonaws.com").orElseThrow().host());
    }

    @Test
    void theJvmsNonProxyHostsIsHonouredWithTheJdksLoopbackDefault() {
        props.put("http.proxyHost", "jvm-proxy");
        assertTrue(proxyFor("http://127.0.0.1:4566").isEmpty(), "the JDK's default skips loopback");
        assertFalse(proxyFor("http://ec2.internal:80").isEmpty());
        props.put("http.nonProxyHosts", "*.internal|localhost");
        assertTrue(proxyFor("http://ec2.internal:80").isEmpty());
        assertFalse(proxyFor("http://127.0.0.1:4566").isEmpty(), "a set property replaces the default");
    }

    @Test
    void aMalformedProxyVariableIsNamedAndItsPasswordNotRepeated() {
        env.put("HTTPS_PROXY", "https://user:hunter2@proxy:3128");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> proxyFor("https://ec2.us-east-1.amazonaws.com"));
        assertTrue(e.getMessage().contains("HTTPS_PROXY"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        props.put("https.proxyHost", "p");
        props.put("https.proxyPort", "eighty");
        env.clear();
        IllegalArgumentException port =
                assertThrows(IllegalArgumentException.class, () -> proxyFor("https://ec2.us-east-1.amazonaws.com"));
        assertTrue(port.getMessage().contains("https.proxyPort"), port.getMessage());
    }

    @Test
    void aProxyUrlParsesUserPasswordHostAndPortAndNeverPrintsThePassword() {
        ProxyConfig proxy = ProxyConfig.parse("http://me%40corp:s%3Acret@proxy.corp:3128/", "HTTPS_PROXY");
        assertEquals("proxy.corp", proxy.host());
        assertEquals(3128, proxy.port());
        assertEquals(Optional.of("me@corp"), proxy.username());
        assertEquals("http://me@corp:****@proxy.corp:3128", proxy.toString());
        assertEquals(Optional.of("Basic bWVAY29ycDpzOmNyZXQ="), proxy.basicAuthorization(), "base64 of me@corp:s:cret");
        assertEquals(80, ProxyConfig.parse("proxy.corp", "x").port());
        assertEquals("::1", ProxyConfig.parse("http://[::1]:3128", "x").host());
        assertThrows(IllegalArgumentException.class, () -> ProxyConfig.parse("http://proxy/path", "x"));
        assertThrows(IllegalArgumentException.class, () -> ProxyConfig.parse("socks5://proxy:1080", "x"));
        assertThrows(IllegalArgumentException.class, () -> ProxyConfig.parse("http://:3128", "x"));
    }
}
