package dev.ec2lite.config.internal;

import java.net.URI;
import java.util.Objects;

/**
 * An endpoint and the rule that chose it, for example {@code https://ec2.eu-west-3.amazonaws.com}
 * from {@code "EC2 endpoint rules: region eu-west-3 in partition aws"}. The source is meant for a
 * {@code --debug} line.
 */
public record ResolvedEndpoint(URI uri, String source) {
    public ResolvedEndpoint {
        Objects.requireNonNull(uri, "uri == null");
        Objects.requireNonNull(source, "source == null");
    }
}
