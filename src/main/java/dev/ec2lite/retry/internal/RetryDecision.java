package dev.ec2lite.retry.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * What to do after a failed attempt: retry after {@link #delay()}, or stop. {@link #reason()} says why
 * in a few words ({@code "throttling (RequestLimitExceeded)"}, {@code "max attempts (3) reached"},
 * {@code "retry quota exhausted"}, {@code "not retryable: InvalidParameterValue"}), for logs and for the
 * final exception's message.
 */
public record RetryDecision(boolean shouldRetry, Duration delay, String reason) {

    public RetryDecision {
        Objects.requireNonNull(delay, "delay == null");
        Objects.requireNonNull(reason, "reason == null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay < 0: " + delay);
        }
    }

    public static RetryDecision retryAfter(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason);
    }

    public static RetryDecision stop(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason);
    }
}
