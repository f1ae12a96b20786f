package dev.ec2lite.retry;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleeperTest {

    @Test
    void systemSleeperReturnsAtOnceForZeroAndNegativeDurations() throws InterruptedException {
        Sleeper.system().sleep(Duration.ZERO);
        Sleeper.system().sleep(Duration.ofSeconds(-5));
    }

    @Test
    void systemSleeperIsInterruptible() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Sleeper.system().sleep(Duration.ofSeconds(5)));
    }
}
