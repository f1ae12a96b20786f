package dev.ec2lite.retry.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The adaptive mode's client-side rate limiter: a token bucket whose fill rate follows CUBIC congestion
 * control. It does nothing until the first throttling answer; from then on every attempt takes a token,
 * a throttling answer cuts the rate to {@link #BETA} of the measured send rate, and successes grow it
 * back along a cubic curve towards, then past, the rate that was last throttled.
 *
 * <p>The algorithm and its constants are the AWS SDKs' ({@code ClientRateLimiter} in botocore and the
 * Ruby SDK, {@code RateLimitingTokenBucket} in aws-sdk-java, {@code AdaptiveRetryStrategy} in the C++
 * SDK): the send rate is measured over half-second buckets and smoothed with {@link #SMOOTH}; {@link
 * #SCALE_CONSTANT} sets how fast the rate grows back; the fill rate never drops below {@link
 * #MIN_FILL_RATE} per second nor the capacity below {@link #MIN_CAPACITY}.
 *
 * <p>Unlike the SDKs, {@link #acquire()} never sleeps: it takes the token at once (the bucket may go
 * negative, which queues later callers behind this one) and returns how long the caller must wait.
 * Time comes from a nanosecond source so tests can drive it. Thread-safe (synchronized).
 */
final class ClientRateLimiter {

    static final double MIN_FILL_RATE = 0.5;
    static final double MIN_CAPACITY = 1.0;
    static final double SMOOTH = 0.8;
    static final double BETA = 0.7;
    static final double SCALE_CONSTANT = 0.4;
    /** The send rate is counted per half second: {@code floor(t × 2) / 2}. */
    static final double MEASUREMENT_BUCKETS_PER_SECOND = 2.0;

    private final LongSupplier nanoTime;
    private final long origin;

    private double fillRate;
    private double maxCapacity;
    private double currentCapacity;
    private double lastTimestamp = Double.NaN;
    private boolean enabled;
    private double measuredTxRate;
    private double lastTxRateBucket;
    private long requestCount;
    private double lastMaxRate;
    private double lastThrottleTime;
    private double timeWindow;

    ClientRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
        this.lastTxRateBucket = bucketOf(0.0);
        this.lastThrottleTime = 0.0;
    }

    /** Takes a send token; returns how long to wait before sending (zero until the first throttle). */
    synchronized Duration acquire() {
        if (!enabled) {
            return Duration.ZERO;
        }
        refill(seconds());
        double waitSeconds = currentCapacity >= 1.0 ? 0.0 : (1.0 - currentCapacity) / fillRate;
        currentCapacity -= 1.0;
        return Duration.ofNanos(Math.round(waitSeconds * 1e9));
    }

    /** Records the outcome of an attempt: throttled or not. */
    synchronized void update(boolean throttled) {
        double now = seconds();
        updateMeasuredRate(now);
        double calculatedRate;
        if (throttled) {
            double rateToUse = enabled ? Math.min(measuredTxRate, fillRate) : measuredTxRate;
            lastMaxRate = rateToUse;
            calculateTimeWindow();
            lastThrottleTime = now;
            calculatedRate = rateToUse * BETA;
            enabled = true;
        } else {
            calculateTimeWindow();
            calculatedRate = SCALE_CONSTANT * Math.pow(now - lastThrottleTime - timeWindow, 3) + lastMaxRate;
        }
        // Never more than twice what we actually managed to send.
        updateBucketRate(Math.min(calculatedRate, 2 * measuredTxRate), now);
    }

    synchronized boolean enabled() {
        return enabled;
    }

    synchronized double fillRate() {
        return fillRate;
    }

    synchronized double measuredTxRate() {
        return measuredTxRate;
    }

    private void calculateTimeWindow() {
        // CUBIC's K: the time the cubic curve takes to climb back to lastMaxRate.
        timeWindow = Math.cbrt(lastMaxRate * (1 - BETA) / SCALE_CONSTANT);
    }

    private void updateMeasuredRate(double now) {
        double bucket = bucketOf(now);
        requestCount++;
        if (bucket > lastTxRateBucket) {
            double currentRate = requestCount / (bucket - lastTxRateBucket);
            measuredTxRate = currentRate * SMOOTH + measuredTxRate * (1 - SMOOTH);
            requestCount = 0;
            lastTxRateBucket = bucket;
        }
    }

    private void updateBucketRate(double newRate, double now) {
        refill(now);
        fillRate = Math.max(newRate, MIN_FILL_RATE);
        maxCapacity = Math.max(newRate, MIN_CAPACITY);
        currentCapacity = Math.min(currentCapacity, maxCapacity);
    }

    private void refill(double now) {
        if (Double.isNaN(lastTimestamp)) {
            lastTimestamp = now;
            return;
        }
        currentCapacity = Math.min(maxCapacity, currentCapacity + (now - lastTimestamp) * fillRate);
        lastTimestamp = now;
    }

    private static double bucketOf(double seconds) {
        return Math.floor(seconds * MEASUREMENT_BUCKETS_PER_SECOND) / MEASUREMENT_BUCKETS_PER_SECOND;
    }

    private double seconds() {
        return (nanoTime.getAsLong() - origin) / 1e9;
    }
}
