package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static Duration ceiling(Duration base, int attempt) {
        Duration exponential = base.multipliedBy(1L << Math.min(attempt - 1, 30));
        return exponential.compareTo(Backoff.MAX_BACKOFF) < 0 ? exponential : Backoff.MAX_BACKOFF;
    }

    @Test
    void delayStaysWithinFullJitterBoundsForEveryAttempt() {
        Backoff backoff = new Backoff(new SplittableRandom(42)::nextDouble);
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration max = ceiling(Backoff.BASE_DELAY, attempt);
            Duration largest = Duration.ZERO;
            for (int i = 0; i < 1_000; i++) {
                Duration delay = backoff.delay(attempt, false);
                assertTrue(!delay.isNegative() && delay.compareTo(max) < 0, attempt + ": " + delay + " vs " + max);
                largest = delay.compareTo(largest) > 0 ? delay : largest;
            }
            // With 1,000 samples the jitter must reach well into the upper half of its range.
            assertTrue(largest.compareTo(max.dividedBy(2)) > 0, "attempt " + attempt + " never above half");
        }
    }

    @Test
    void delayNeverExceedsTwentySecondsHoweverManyAttempts() {
        Backoff backoff = new Backoff(() -> 0.999_999);
        assertEquals(Duration.ofNanos((long) (0.999_999 * 20e9)), backoff.delay(10, false));
        assertEquals(Duration.ofNanos((long) (0.999_999 * 20e9)), backoff.delay(6, true));
        assertTrue(backoff.delay(Integer.MAX_VALUE, true).compareTo(Backoff.MAX_BACKOFF) < 0);
    }

    @Test
    void throttlingErrorsBackOffFromOneSecondAndTransientErrorsFromFiftyMilliseconds() {
        Backoff backoff = new Backoff(() -> 0.5);
        assertEquals(Duration.ofMillis(25), backoff.delay(1, false));
        assertEquals(Duration.ofMillis(100), backoff.delay(3, false));
        assertEquals(Duration.ofMillis(500), backoff.delay(1, true));
        assertEquals(Duration.ofSeconds(2), backoff.delay(3, true));
    }

    @Test
    void retryAfterWithinTheClampIsUsedAsIs() {
        assertEquals(Duration.ofMillis(1_000), Backoff.withRetryAfter(Duration.ofMillis(25), "1000"));
        assertEquals(Duration.ofMillis(5_025), Backoff.withRetryAfter(Duration.ofMillis(25), " 5025 "));
    }

    @Test
    void retryAfterBelowTheBackoffIsRaisedToTheBackoff() {
        assertEquals(Duration.ofMillis(25), Backoff.withRetryAfter(Duration.ofMillis(25), "10"));
        assertEquals(Duration.ofMillis(25), Backoff.withRetryAfter(Duration.ofMillis(25), "0"));
    }

    @Test
    void retryAfterAboveTheClampIsCutToFiveSecondsPastTheBackoff() {
        assertEquals(Duration.ofMillis(5_025), Backoff.withRetryAfter(Duration.ofMillis(25), "60000"));
        // The 20 s cap applies to the backoff only, not to the clamp above it.
        assertEquals(Duration.ofSeconds(25), Backoff.withRetryAfter(Duration.ofSeconds(20), "90000"));
    }

    @Test
    void invalidRetryAfterIsIgnored() {
        for (String header : new String[] {null, "", "soon", "-5", "1.5", "99999999999999999999"}) {
            assertEquals(Duration.ofMillis(25), Backoff.withRetryAfter(Duration.ofMillis(25), header), header);
        }
    }

    @Test
    void randomSourceOutsideUnitIntervalIsRejected() {
        Backoff backoff = new Backoff(() -> 1.0);
        assertThrows(IllegalStateException.class, () -> backoff.delay(1, false));
    }
}
