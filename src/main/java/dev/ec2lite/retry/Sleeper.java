package dev.ec2lite.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a {@link Duration}: the one place where a retry loop gives up time. The client uses {@link
 * #system()}; tests pass a fake that records the durations instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code duration}; zero or negative durations return at once. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the current thread ({@link TimeUnit#sleep}); interruptible. */
    static Sleeper system() {
        return duration -> {
            Objects.requireNonNull(duration, "duration == null");
            if (duration.isZero() || duration.isNegative()) {
                return;
            }
            long nanos;
            try {
                nanos = duration.toNanos();
            } catch (ArithmeticException tooLong) {
                nanos = Long.MAX_VALUE;
            }
            TimeUnit.NANOSECONDS.sleep(nanos);
        };
    }
}
