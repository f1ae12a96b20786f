package dev.ec2lite.local;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour a test asks for: throttle the next requests, fail the next ones with a server error,
 * answer slowly. Each planned fault is used by exactly one request, even when requests race.
 */
final class Faults {
    /** Longer delays would only hide a hung test; client timeouts are tested well below this. */
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** A planned failure: the status, and whether the body is HTML (a proxy's page) instead of EC2 XML. */
    record Failure(int status, boolean html) {}

    private final AtomicInteger throttles = new AtomicInteger();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private volatile Duration delay = Duration.ZERO;

    void throttleNext(int count) {
        requireCount(count);
        throttles.addAndGet(count);
    }

    void failNext(int count, int status, boolean html) {
        requireCount(count);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error (400-599): " + status);
        }
        synchronized (failures) {
            for (int i = 0; i < count; i++) {
                failures.addLast(new Failure(status, html));
            }
        }
    }

    void delayAnswers(Duration delay) {
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and " + MAX_DELAY + ": " + delay);
        }
        this.delay = delay;
    }

    Duration delay() {
        return delay;
    }

    /** True when this request is to be throttled; counts one down. */
    boolean takeThrottle() {
        return throttles.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** The failure planned for this request, if any; used up. */
    Optional<Failure> takeFailure() {
        synchronized (failures) {
            return Optional.ofNullable(failures.pollFirst());
        }
    }

    void reset() {
        throttles.set(0);
        synchronized (failures) {
            failures.clear();
        }
        delay = Duration.ZERO;
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }
}
