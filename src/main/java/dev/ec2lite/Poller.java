package dev.ec2lite;

import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Describes a resource again and again until it is as wanted, as the SDKs' waiters do: a fixed pause
 * between polls, a bounded number of polls and of time, each poll's call cut to the time left. Every
 * waiter and every workflow's "verify by describing again" step polls through here.
 */
final class Poller {
    /** The last state of a wait for a resource that does not exist. */
    static final String NOT_FOUND = "not found";

    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    Poller(Sleeper sleeper, LongSupplier nanoTime) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
    }

    /**
     * Polls until {@code done} holds.
     *
     * @param wanted what is awaited, for messages ("eni-… to be available")
     * @param describe one poll, given the time it may take (null: no limit); empty when the answer does
     *     not show the resource (yet)
     * @param state the resource described for people, for messages and {@link
     *     Ec2WaiterException#lastState()}
     * @throws Ec2WaiterException when the polls or the time run out, or the thread is interrupted; a
     *     failed poll's own exception otherwise
     */
    <T> T until(
            String wanted,
            Function<Duration, Optional<T>> describe,
            Predicate<T> done,
            Function<T, String> state,
            WaiterConfig config) {
        Objects.requireNonNull(config, "config == null");
        long start = nanoTime.getAsLong();
        String lastState = "not described yet";
        for (int attempt = 1; ; attempt++) {
            // A poll may not outlast the wait: a silent server must not stretch maxWait.
            Duration left = config.maxWait() == null ? null : config.maxWait().minusNanos(nanoTime.getAsLong() - start);
            Optional<T> seen = describe.apply(left == null || left.toMillis() >= 1 ? left : Duration.ofMillis(1));
            if (seen.isPresent()) {
                lastState = state.apply(seen.get());
                if (done.test(seen.get())) {
                    return seen.get();
                }
            } else {
                lastState = "not in the answer";
            }
            Duration waited = Duration.ofNanos(nanoTime.getAsLong() - start);
            boolean outOfTime =
                    config.maxWait() != null && waited.plus(config.delay()).compareTo(config.maxWait()) > 0;
            if (attempt >= config.maxAttempts() || outOfTime) {
                throw new Ec2WaiterException(
                        "gave up waiting for " + wanted + " after " + attempt + " polls and " + waited.toMillis()
                                + " ms",
                        lastState,
                        null);
            }
            try {
                sleeper.sleep(config.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Ec2WaiterException("interrupted waiting for " + wanted, lastState, e);
            }
        }
    }
}
