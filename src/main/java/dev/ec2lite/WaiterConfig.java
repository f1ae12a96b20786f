package dev.ec2lite;

import java.time.Duration;
import java.util.Objects;

/**
 * How a waiter polls: the pause between polls, the most polls, and the most time in all (null for
 * no time limit). The defaults are the AWS waiter's for {@code NetworkInterfaceAvailable}: 20 s, 10
 * polls.
 */
public record WaiterConfig(Duration delay, int maxAttempts, Duration maxWait) {
    public static final WaiterConfig DEFAULT = new WaiterConfig(Duration.ofSeconds(20), 10, null);

    public WaiterConfig {
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay is negative: " + delay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        if (maxWait != null && maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait is negative: " + maxWait);
        }
    }

    /** The default delay and attempts, bounded by {@code maxWait} in all. */
    public static WaiterConfig withMaxWait(Duration maxWait) {
        return new WaiterConfig(DEFAULT.delay(), Integer.MAX_VALUE, maxWait);
    }
}
