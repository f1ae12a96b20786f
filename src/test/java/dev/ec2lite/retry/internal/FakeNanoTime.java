package dev.ec2lite.retry.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond source that moves only when a test moves it. */
final class FakeNanoTime implements LongSupplier {
    private long nanos = 1_000_000_000L;

    void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long getAsLong() {
        return nanos;
    }
}
