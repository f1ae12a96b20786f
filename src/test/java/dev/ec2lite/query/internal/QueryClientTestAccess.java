package dev.ec2lite.query.internal;

import java.net.URI;

/** Reaches package-private helpers of the query package from other test packages. */
public final class QueryClientTestAccess {
    private QueryClientTestAccess() {}

    public static String hostHeader(String url) {
        return QueryClient.hostHeader(URI.create(url));
    }
}
