package dev.ec2lite;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveDeadlineException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The one deadline of a move, measured on the client's monotonic clock: checked before each step,
 * and handed down as the time limit of each call and each wait, so no step can outlast it.
 */
final class MoveDeadline {
    private final Duration total;
    private final LongSupplier nanoTime;
    private final long end;
    private boolean lastWaitCutShort;

    private MoveDeadline(Duration total, LongSupplier nanoTime) {
        this.total = total;
        this.nanoTime = nanoTime;
        this.end = total == null ? Long.MAX_VALUE : nanoTime.getAsLong() + total.toNanos();
    }

    static MoveDeadline start(Optional<Duration> total, LongSupplier nanoTime) {
        return new MoveDeadline(total.orElse(null), nanoTime);
    }

    /** @throws MoveDeadlineException when the deadline has passed before {@code step} could start */
    void check(Step step) {
        if (passed()) {
            throw new MoveDeadlineException(
                    total, "the move's deadline of " + seconds() + " passed before step " + step, null);
        }
    }

    /** The time a call may take now; null when there is no deadline. */
    Duration callTimeout() {
        if (total == null) {
            return null;
        }
        return Duration.ofNanos(Math.max(1_000_000, end - nanoTime.getAsLong()));
    }

    /** {@code waiting}, its most time cut to what is left of the deadline. */
    WaiterConfig bound(WaiterConfig waiting) {
        Duration left = callTimeout();
        lastWaitCutShort = left != null && (waiting.maxWait() == null || left.compareTo(waiting.maxWait()) < 0);
        return lastWaitCutShort ? new WaiterConfig(waiting.delay(), waiting.maxAttempts(), left) : waiting;
    }

    /**
     * Whether the deadline is why {@code failure} happened: it has passed (a call ran out of time), or
     * a wait it cut short gave up.
     */
    boolean explains(RuntimeException failure) {
        if (total == null) {
            return false;
        }
        return passed()
                || (lastWaitCutShort
                        && failure instanceof Ec2WaiterException waited
                        && !waited.lastState().equals(Poller.NOT_FOUND));
    }

    /** {@code failure} as the deadline's doing, naming the step it cut short. */
    MoveDeadlineException during(Step step, RuntimeException failure) {
        return new MoveDeadlineException(
                total,
                "the move's deadline of " + seconds() + " passed during step " + step + ": " + failure.getMessage(),
                failure);
    }

    private boolean passed() {
        return total != null && nanoTime.getAsLong() - end >= 0;
    }

    private String seconds() {
        return total.toMillis() % 1000 == 0 ? total.toSeconds() + " s" : total.toMillis() + " ms";
    }
}
