package dev.ec2lite.http.internal;

import okhttp3.Request;
import okhttp3.Response;

/**
 * Answers a proxy's request for authentication, and OkHttp's pre-emptive ask before a tunnel, with the
 * proxy's Basic credentials; once refused, it gives up rather than loop.
 */
final class ProxyBasicAuthenticator {
    private ProxyBasicAuthenticator() {}

    /** The request again with credentials, or null to give up (none to give, or already refused). */
    static Request answer(ProxyConfig proxy, Response response) {
        if (response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        return proxy.basicAuthorization()
                .map(value -> response.request()
                        .newBuilder()
                        .header("Proxy-Authorization", value)
                        .build())
                .orElse(null);
    }
}
