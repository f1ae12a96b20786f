package dev.ec2lite.http.internal;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy that calls go through, with its optional user name and password (sent as {@code
 * Proxy-Authorization: Basic}). The password is never part of {@link #toString()}.
 */
public final class ProxyConfig {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String source;

    private ProxyConfig(String host, int port, String username, String password, String source) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.source = source;
    }

    /**
     * A proxy from a URL as the AWS CLI takes it: {@code http://[user:password@]host[:port]}, the
     * scheme optional, the port 80 when absent.
     *
     * @param source where the URL came from (a variable's name), for messages
     * @throws IllegalArgumentException naming {@code source} when the URL is not such a proxy; the
     *     message never repeats the password
     */
    public static ProxyConfig parse(String url, String source) {
        Objects.requireNonNull(url, "url == null");
        String text = url.trim();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(source + " is not a proxy URL (http://[user:password@]host[:port])");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException(source + ": only http:// proxies are supported (the tunnel to the"
                    + " endpoint is TLS either way), not " + scheme + "://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(source + " names no proxy host (http://[user:password@]host[:port])");
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(source + ": a proxy URL has no path or query");
        }
        String user = null;
        String pass = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            pass = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ProxyConfig(host, uri.getPort() == -1 ? 80 : uri.getPort(), user, pass, source);
    }

    /** A proxy at {@code host:port}, with no authentication. */
    public static ProxyConfig of(String host, int port) {
        return of(host, port, "given");
    }

    static ProxyConfig of(String host, int port, String source) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("proxy host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port " + port + " is not 1-65535");
        }
        return new ProxyConfig(host, port, null, null, source);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** Where this proxy was configured (a variable or property name, or "given"). */
    public String source() {
        return source;
    }

    /** This proxy as the JDK and OkHttp take it (the name is resolved when connecting). */
    public Proxy toProxy() {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    /** The {@code Proxy-Authorization} value, when the proxy has a user name. */
    Optional<String> basicAuthorization() {
        if (username == null) {
            return Optional.empty();
        }
        String pair = username + ":" + password;
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyConfig other
                && host.equals(other.host)
                && port == other.port
                && Objects.equals(username, other.username)
                && Objects.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username);
    }

    /** {@code http://user:****@host:port}: the password is never shown. */
    @Override
    public String toString() {
        String user = username == null ? "" : username + (password == null ? "" : ":****") + "@";
        String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "http://" + user + shownHost + ":" + port;
    }
}
