package dev.ec2lite.retry.internal;

import dev.ec2lite.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records what it was asked to sleep, and returns at once. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }
}
