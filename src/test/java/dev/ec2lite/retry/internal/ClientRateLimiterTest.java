package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final FakeNanoTime time = new FakeNanoTime();
    private final ClientRateLimiter limiter = new ClientRateLimiter(time);

    /** Sends {@code count} requests, one every {@code gap}, each one a success. */
    private void sendSuccesses(int count, Duration gap) {
        for (int i = 0; i < count; i++) {
            time.advance(limiter.acquire());
            limiter.update(false);
            time.advance(gap);
        }
    }

    @Test
    void limiterDoesNotEngageBeforeTheFirstThrottle() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals(Duration.ZERO, limiter.acquire());
            limiter.update(false);
        }
        assertFalse(limiter.enabled());
    }

    @Test
    void firstThrottleEngagesTheLimiterAtSeventyPercentOfTheMeasuredRate() {
        sendSuccesses(50, Duration.ofMillis(100)); // 10 requests a second for 5 seconds
        limiter.update(true);

        assertTrue(limiter.enabled());
        double measured = limiter.measuredTxRate();
        assertTrue(measured > 8 && measured < 12, "measured " + measured);
        assertEquals(measured * ClientRateLimiter.BETA, limiter.fillRate(), 1e-9);
    }

    @Test
    void engagedLimiterMakesABurstWait() {
        sendSuccesses(50, Duration.ofMillis(100));
        limiter.update(true);

        Duration total = Duration.ZERO;
        for (int i = 0; i < 20; i++) {
            total = total.plus(limiter.acquire());
        }
        // 20 immediate requests at about 7 a second: the last must wait well over two seconds.
        assertTrue(total.compareTo(Duration.ofSeconds(2)) > 0, "waited " + total);
    }

    @Test
    void eachFurtherThrottleLowersTheRate() {
        sendSuccesses(50, Duration.ofMillis(100));
        limiter.update(true);
        double afterFirst = limiter.fillRate();

        sendSuccesses(5, Duration.ofMillis(100));
        limiter.update(true);

        assertTrue(limiter.fillRate() < afterFirst, limiter.fillRate() + " !< " + afterFirst);
    }

    @Test
    void rateRecoversPastThePreThrottleRateOverTime() {
        sendSuccesses(50, Duration.ofMillis(100));
        double before = limiter.measuredTxRate();
        limiter.update(true);
        double throttled = limiter.fillRate();

        sendSuccesses(10, Duration.ofMillis(10));
        double soonAfter = limiter.fillRate();
        sendSuccesses(300, Duration.ofMillis(10));

        assertTrue(soonAfter > throttled * 0.9, "no collapse: " + soonAfter);
        assertTrue(limiter.fillRate() > before, limiter.fillRate() + " !> " + before);
    }

    @Test
    void fillRateNeverDropsBelowTheMinimum() {
        limiter.update(true);
        for (int i = 0; i < 10; i++) {
            time.advance(Duration.ofSeconds(10));
            limiter.update(true);
        }
        assertEquals(ClientRateLimiter.MIN_FILL_RATE, limiter.fillRate(), 1e-9);
        assertEquals(Duration.ZERO, limiter.acquire(), "the one token the minimum capacity holds");
        assertEquals(Duration.ofSeconds(2), limiter.acquire(), "the next token, at half a token a second");
    }
}
