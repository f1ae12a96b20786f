package dev.ec2lite.http.internal;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hands OkHttp the proxy a {@link NetworkSettings} rule chooses for each URL, so that {@code NO_PROXY}
 * is applied per host. The last answer is kept: a client asks about the same endpoint every call.
 */
final class RuleProxySelector extends ProxySelector {
    private final Function<URI, Optional<ProxyConfig>> rule;
    private volatile Choice last;

    private record Choice(String key, Optional<ProxyConfig> proxy) {}

    RuleProxySelector(Function<URI, Optional<ProxyConfig>> rule) {
        this.rule = rule;
    }

    /** The proxy for {@code uri}, from the last answer when the scheme, host and port are the same. */
    Optional<ProxyConfig> proxyFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        Choice choice = last;
        if (choice == null || !choice.key().equals(key)) {
            choice = new Choice(key, rule.apply(uri));
            last = choice;
        }
        return choice.proxy();
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(proxyFor(uri).map(ProxyConfig::toProxy).orElse(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // Nothing to fall back to: the failure is reported to the caller.
    }
}
