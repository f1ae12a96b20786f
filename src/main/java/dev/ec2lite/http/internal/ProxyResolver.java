package dev.ec2lite.http.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the proxy for an endpoint as the AWS CLI and SDKs do: the environment first ({@code
 * https_proxy}/{@code HTTPS_PROXY} for https endpoints, {@code http_proxy}/{@code HTTP_PROXY} for http
 * ones, skipped for hosts in {@code no_proxy}/{@code NO_PROXY}), then the JVM's {@code
 * https.proxyHost}/{@code http.proxyHost} with {@code http.nonProxyHosts}. Lower-case variables win
 * over upper-case ones, as in curl and Python.
 */
public final class ProxyResolver {
    private ProxyResolver() {}

    /**
     * The proxy for {@code endpoint}, or empty to go direct.
     *
     * @param variable an environment variable's value by name, or null
     * @param property a JVM system property's value by name, or null
     * @throws IllegalArgumentException naming the variable or property when its proxy is malformed
     */
    public static Optional<ProxyConfig> resolve(
            URI endpoint, Function<String, String> variable, Function<String, String> property) {
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        String host = endpoint.getHost() == null ? "" : endpoint.getHost();
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : https ? 443 : 80;

        String lower = https ? "https_proxy" : "http_proxy";
        String upper = lower.toUpperCase(Locale.ROOT);
        String fromEnv = firstSet(variable, lower, upper);
        if (fromEnv != null) {
            String name = present(variable.apply(lower)) ? lower : upper;
            NoProxyRules noProxy = NoProxyRules.fromNoProxy(firstSet(variable, "no_proxy", "NO_PROXY"));
            return noProxy.bypasses(host, port) ? Optional.empty() : Optional.of(ProxyConfig.parse(fromEnv, name));
        }

        String prefix = https ? "https" : "http";
        String proxyHost = property.apply(prefix + ".proxyHost");
        if (!present(proxyHost)) {
            return Optional.empty();
        }
        if (NoProxyRules.fromJavaProperty(property.apply("http.nonProxyHosts")).bypasses(host, port)) {
            return Optional.empty();
        }
        String portText = property.apply(prefix + ".proxyPort");
        int proxyPort = https ? 443 : 80;
        if (present(portText)) {
            try {
                proxyPort = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(prefix + ".proxyPort is not a port number");
            }
        }
        try {
            return Optional.of(ProxyConfig.of(proxyHost.trim(), proxyPort, prefix + ".proxyHost"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + ".proxyHost/" + prefix + ".proxyPort: " + e.getMessage(), e);
        }
    }

    private static String firstSet(Function<String, String> variable, String first, String second) {
        String value = variable.apply(first);
        if (present(value)) {
            return value;
        }
        value = variable.apply(second);
        return present(value) ? value : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
