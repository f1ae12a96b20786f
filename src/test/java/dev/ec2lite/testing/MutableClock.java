package dev.ec2lite.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that moves only when told to. Thread-safe. Used as the client's clock, its monotonic
 * clock ({@link #nanoTime()}) and its sleeper ({@link #advance}) at once, so retries, waiters and
 * expiries run without real waits.
 */
public final class MutableClock extends Clock {
    /** A fixed start for tests that do not care which instant it is. */
    public static final Instant DEFAULT_START = Instant.parse("2025-06-01T12:00:00Z");

    private Instant now;
    private long advances;

    public MutableClock() {
        this(DEFAULT_START);
    }

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on; a sleeper that does this makes every sleep instant. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        advances++;
    }

    /** This clock's time as a monotonic nanosecond count. */
    public synchronized long nanoTime() {
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** How many times the clock was moved on: the number of sleeps when it is the sleeper. */
    public synchronized long advances() {
        return advances;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed to UTC");
    }
}
