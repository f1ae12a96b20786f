package dev.ec2lite.http.internal;

import dev.ec2lite.http.NetworkConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a transport reaches the network: which proxy each URL goes through, and which TLS certificates
 * are trusted. One value serves every client a configuration makes (EC2, STS, SSO), so they all take
 * the same way out. The one implementation of the public {@link NetworkConfig}.
 */
public final class NetworkSettings implements NetworkConfig {
    private static final NetworkSettings DEFAULTS = new NetworkSettings(null, null, "the HTTP client's own");

    private final Function<URI, Optional<ProxyConfig>> proxyRule;
    private final TlsTrust trust;
    private final String proxySource;

    private NetworkSettings(Function<URI, Optional<ProxyConfig>> proxyRule, TlsTrust trust, String proxySource) {
        this.proxyRule = proxyRule;
        this.trust = trust;
        this.proxySource = proxySource;
    }

    /** The HTTP client's own proxy settings and the JDK's trust store. */
    public static NetworkSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Proxies as the AWS CLI finds them ({@link ProxyResolver}): the environment, then the JVM's
     * properties.
     */
    public static NetworkSettings fromEnvironment(
            Function<String, String> variable, Function<String, String> property) {
        return new NetworkSettings(
                uri -> ProxyResolver.resolve(uri, variable, property), null, "environment and JVM properties");
    }

    /** The settings behind {@code config}; null stays null. */
    public static NetworkSettings of(NetworkConfig config) {
        // NetworkConfig is sealed, and this is its only implementation.
        return (NetworkSettings) config;
    }

    @Override
    public NetworkSettings withProxy(String proxyUrl) {
        return withProxy(proxyUrl == null ? null : ProxyConfig.parse(proxyUrl, "proxy"));
    }

    @Override
    public NetworkSettings withCaBundle(Path caBundle) {
        return withTrust(TlsTrust.withCaBundle(caBundle));
    }

    @Override
    public NetworkSettings withoutTlsVerification() {
        return withTrust(TlsTrust.insecure());
    }

    /** Every URL through {@code proxy}; null: every URL straight to its server. */
    public NetworkSettings withProxy(ProxyConfig proxy) {
        Optional<ProxyConfig> fixed = Optional.ofNullable(proxy);
        return new NetworkSettings(uri -> fixed, trust, proxy == null ? "none (direct)" : proxy.toString());
    }

    /** Trust {@code trust}'s certificates; null: the JDK's trust store. */
    public NetworkSettings withTrust(TlsTrust trust) {
        return new NetworkSettings(proxyRule, trust, proxySource);
    }

    /** The proxy for {@code url}; empty when the HTTP client decides, or when going direct. */
    public Optional<ProxyConfig> proxyFor(URI url) {
        Objects.requireNonNull(url, "url == null");
        return proxyRule == null ? Optional.empty() : proxyRule.apply(url);
    }

    /** Whether the proxy is decided here rather than left to the HTTP client. */
    boolean decidesProxy() {
        return proxyRule != null;
    }

    Function<URI, Optional<ProxyConfig>> proxyRule() {
        return proxyRule;
    }

    /** The trusted certificates; null: the JDK's trust store. */
    public TlsTrust trust() {
        return trust;
    }

    @Override
    public String toString() {
        return "NetworkSettings{proxy=" + proxySource + ", trust=" + (trust == null ? "JDK default" : trust) + "}";
    }
}
