package dev.ec2lite;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.http.internal.TlsTrust;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import okhttp3.OkHttpClient;

/**
 * Decides a client's proxy and trusted certificates from its builder, the environment and the profile,
 * before any call, so that a bad proxy URL or CA bundle is a configuration error naming its source.
 */
final class NetworkResolution {
    static final String AWS_CA_BUNDLE = "AWS_CA_BUNDLE";
    static final String CA_BUNDLE = "ca_bundle";

    private NetworkResolution() {}

    static NetworkSettings resolve(Ec2Client.Builder builder, Environment env, Profile profile, URI endpoint) {
        NetworkSettings network;
        try {
            if (builder.proxySet) {
                network = NetworkSettings.defaults().withProxy(builder.proxyUrl);
            } else if (builder.httpClient != null && chosenByCaller(builder.httpClient)) {
                network = NetworkSettings.defaults();
            } else {
                network = NetworkSettings.fromEnvironment(
                        name -> env.variable(name).orElse(null),
                        name -> env.systemProperty(name).orElse(null));
            }
            network.proxyFor(endpoint); // a malformed proxy variable fails here, not at the first call
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid proxy configuration: " + e.getMessage(), e);
        }
        TlsTrust trust = trust(builder, env, profile);
        return trust == null ? network : network.withTrust(trust);
    }

    /** A caller's OkHttp client with a proxy of its own keeps it. */
    private static boolean chosenByCaller(OkHttpClient client) {
        return client.proxy() != null || client.proxySelector() != ProxySelector.getDefault();
    }

    private static TlsTrust trust(Ec2Client.Builder builder, Environment env, Profile profile) {
        if (builder.insecureSkipTlsVerification) {
            return TlsTrust.insecure();
        }
        String source;
        String path;
        if (builder.caBundle != null) {
            source = "caBundle";
            path = builder.caBundle.toString();
        } else if (env.variable(AWS_CA_BUNDLE).filter(v -> !v.isBlank()).isPresent()) {
            source = AWS_CA_BUNDLE;
            path = env.variable(AWS_CA_BUNDLE).orElseThrow();
        } else if (profile != null
                && profile.property(CA_BUNDLE).filter(v -> !v.isBlank()).isPresent()) {
            source = "ca_bundle in profile " + profile.name();
            path = profile.property(CA_BUNDLE).orElseThrow();
        } else {
            return null;
        }
        try {
            return TlsTrust.withCaBundle(expandHome(path.trim(), env));
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException(source + ": " + e.getMessage(), e);
        }
    }

    private static Path expandHome(String path, Environment env) {
        if (path.equals("~")) {
            return env.home();
        }
        if (path.startsWith("~/")) {
            return env.home().resolve(path.substring(2));
        }
        return Path.of(path);
    }

    /** For {@code --debug}: the proxy for the endpoint and where trust comes from, never a password. */
    static String describe(NetworkSettings network, URI endpoint) {
        String proxy;
        try {
            proxy = network.proxyFor(endpoint)
                    .map(p -> "proxy " + p + " (from " + p.source() + ")")
                    .orElse("no proxy");
        } catch (IllegalArgumentException e) {
            proxy = "no usable proxy";
        }
        TlsTrust trust = network.trust();
        String tls = trust == null ? "the JDK's trust store" : trust.toString();
        return proxy + ", TLS trust: " + tls;
    }
}
