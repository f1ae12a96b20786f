package dev.ec2lite.retry.internal;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;

/**
 * Full-jitter exponential backoff and the {@code x-amz-retry-after} clamp, as the 2026 revision of the
 * AWS SDKs' retry specification states them ("SEP 2.1" in the SDKs' code):
 *
 * <pre>
 * backoff = random × min(base × 2^(attempt − 1), MAX_BACKOFF)      random uniform in [0, 1)
 * delay   = clamp(retryAfter, backoff, backoff + MAX_RETRY_AFTER_EXTRA)   when x-amz-retry-after is valid
 * </pre>
 *
 * <p>{@code MAX_BACKOFF} is applied before the jitter (a change from the earlier revision), and not to a
 * delay that came from {@code x-amz-retry-after}. Sources: the AWS SDKs and Tools reference "Retry
 * behavior" and the 2026 announcement; aws-sdk-go-v2 PR 3400 ("The value is clamped between the computed
 * backoff and 5 seconds above it. Invalid header values are silently ignored."); the AWS SDK for .NET's
 * SEP 2.1 delay calculation (header clamped to [backoff, 5000 ms + backoff]).
 */
final class Backoff {

    /** Base for transient errors (was 1 s before the 2026 revision). */
    static final Duration BASE_DELAY = Duration.ofMillis(50);

    /** Base for throttling errors: a service that asks us to slow down gets a longer pause. */
    static final Duration THROTTLING_BASE_DELAY = Duration.ofSeconds(1);

    static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    /** How far beyond our own backoff a server's {@code x-amz-retry-after} may stretch the wait. */
    static final Duration MAX_RETRY_AFTER_EXTRA = Duration.ofSeconds(5);

    private final DoubleSupplier random;

    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /**
     * The jittered backoff after failed attempt number {@code attempt} (1 for the first attempt).
     */
    Duration delay(int attempt, boolean throttling) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt < 1: " + attempt);
        }
        long baseNanos = (throttling ? THROTTLING_BASE_DELAY : BASE_DELAY).toNanos();
        long maxNanos = MAX_BACKOFF.toNanos();
        // Past 2^30 the product is far above the cap; stop doubling before a long could overflow.
        int doublings = Math.min(attempt - 1, 30);
        long ceilingNanos = Math.min(maxNanos, baseNanos << doublings);
        double jitter = random.getAsDouble();
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalStateException("random source gave " + jitter + ", expected [0, 1)");
        }
        return Duration.ofNanos((long) (jitter * ceilingNanos));
    }

    /** Applies the server's {@code x-amz-retry-after}, when it is a valid number of milliseconds. */
    static Duration withRetryAfter(Duration backoff, String retryAfterHeader) {
        OptionalLong retryAfterMillis = parseRetryAfter(retryAfterHeader);
        if (retryAfterMillis.isEmpty()) {
            return backoff;
        }
        Duration retryAfter = Duration.ofMillis(retryAfterMillis.getAsLong());
        Duration upper = backoff.plus(MAX_RETRY_AFTER_EXTRA);
        if (retryAfter.compareTo(backoff) < 0) {
            return backoff;
        }
        return retryAfter.compareTo(upper) > 0 ? upper : retryAfter;
    }

    /** A non-negative integer of milliseconds; anything else is ignored, as the SDKs do. */
    static OptionalLong parseRetryAfter(String header) {
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            long millis = Long.parseLong(header.trim());
            return millis < 0 ? OptionalLong.empty() : OptionalLong.of(millis);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
