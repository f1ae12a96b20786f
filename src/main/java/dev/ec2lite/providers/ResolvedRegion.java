package dev.ec2lite.providers;

import java.util.Objects;

/**
 * A region and where it was found.
 *
 * @param region for example {@code eu-west-1}
 * @param source for example {@code "AWS_REGION"} or {@code "profile 'dev'"}, for {@code --debug}
 */
public record ResolvedRegion(String region, String source) {
    public ResolvedRegion {
        Objects.requireNonNull(region, "region == null");
        Objects.requireNonNull(source, "source == null");
    }
}
