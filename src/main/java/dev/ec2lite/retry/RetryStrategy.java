package dev.ec2lite.retry;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The retry policy of one client: the AWS SDKs' {@code standard} or {@code adaptive} mode with its
 * shared state (retry quota, adaptive rate limiter, measured clock skew). Build one per client, share it
 * between threads, and start a {@link CallRetryState} for every call:
 *
 * <pre>{@code
 * CallRetryState call = strategy.newCall();
 * while (true) {
 *     sleeper.sleep(call.beforeAttempt());                 // adaptive mode may ask to wait
 *     Instant signingTime = strategy.clockSkew().now();     // sign afresh on every attempt
 *     AttemptFailure failure = send(request, signingTime);  // null on success
 *     if (failure == null) { call.onSuccess(); return; }
 *     RetryDecision decision = call.onFailure(failure);
 *     if (!decision.shouldRetry()) { throw lastError(decision.reason(), call.attempts()); }
 *     sleeper.sleep(decision.delay());
 * }
 * }</pre>
 *
 * <p>Defaults: standard mode, {@value RetrySettings#DEFAULT_MAX_ATTEMPTS} attempts, the system UTC clock,
 * {@link System#nanoTime()}, {@link ThreadLocalRandom} jitter.
 */
public final class RetryStrategy {

    private final RetryMode mode;
    private final int maxAttempts;
    private final Backoff backoff;
    private final RetryQuota quota;
    private final ClockSkew clockSkew;
    private final ClientRateLimiter rateLimiter;

    private RetryStrategy(Builder builder) {
        this.mode = builder.mode;
        this.maxAttempts = builder.maxAttempts;
        this.backoff = new Backoff(builder.random);
        this.quota = new RetryQuota();
        this.clockSkew = new ClockSkew(builder.clock);
        this.rateLimiter = mode == RetryMode.ADAPTIVE ? new ClientRateLimiter(builder.nanoTime) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Standard mode with every default. */
    public static RetryStrategy create() {
        return builder().build();
    }

    /** Starts the bookkeeping of one call (one API request and its retries). */
    public CallRetryState newCall() {
        return new CallRetryState(this);
    }

    public RetryMode mode() {
        return mode;
    }

    /** Attempts per call, counting the first. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The client's measured clock skew; its {@link ClockSkew#now()} is the time to sign with. */
    public ClockSkew clockSkew() {
        return clockSkew;
    }

    Backoff backoff() {
        return backoff;
    }

    RetryQuota quota() {
        return quota;
    }

    /** The adaptive rate limiter, or {@code null} in standard mode. */
    ClientRateLimiter rateLimiter() {
        return rateLimiter;
    }

    public static final class Builder {
        private RetryMode mode = RetrySettings.DEFAULT_RETRY_MODE;
        private int maxAttempts = RetrySettings.DEFAULT_MAX_ATTEMPTS;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Clock clock = Clock.systemUTC();
        private LongSupplier nanoTime = System::nanoTime;

        private Builder() {}

        public Builder mode(RetryMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode == null");
            return this;
        }

        /** Attempts per call, counting the first; {@code 1} turns retries off. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The jitter source: uniform doubles in [0, 1). Tests pass a seeded generator. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random == null");
            return this;
        }

        /** The clock the signer's time is measured from (before skew correction). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** A monotonic nanosecond source for the adaptive rate limiter. */
        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime == null");
            return this;
        }

        public RetryStrategy build() {
            return new RetryStrategy(this);
        }
    }
}
