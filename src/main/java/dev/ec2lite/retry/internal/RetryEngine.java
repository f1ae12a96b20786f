package dev.ec2lite.retry.internal;

import dev.ec2lite.retry.RetryMode;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The working half of a {@link dev.ec2lite.retry.RetryStrategy}: its settings and the state every call
 * of its clients shares (retry quota, adaptive rate limiter, measured clock skew). The retry loop reaches
 * it through {@link RetryEngines#of}, starts a {@link CallRetryState} per call, and signs with {@link
 * #clockSkew()}'s time:
 *
 * <pre>{@code
 * RetryEngine engine = RetryEngines.of(strategy);
 * CallRetryState call = engine.newCall();
 * while (true) {
 *     sleeper.sleep(call.beforeAttempt());                 // adaptive mode may ask to wait
 *     Instant signingTime = engine.clockSkew().now();       // sign afresh on every attempt
 *     AttemptFailure failure = send(request, signingTime);  // null on success
 *     if (failure == null) { call.onSuccess(); return; }
 *     RetryDecision decision = call.onFailure(failure);
 *     if (!decision.shouldRetry()) { throw lastError(decision.reason(), call.attempts()); }
 *     sleeper.sleep(decision.delay());
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one per client.
 */
public final class RetryEngine {

    private final RetryMode mode;
    private final int maxAttempts;
    private final Backoff backoff;
    private final RetryQuota quota;
    private final ClockSkew clockSkew;
    private final ClientRateLimiter rateLimiter;
    private final Set<String> extraTransientErrorCodes;

    /**
     * @param random jitter source: uniform doubles in [0, 1)
     * @param clock the clock the signing time is measured from, before skew correction
     * @param nanoTime a monotonic nanosecond source for the adaptive rate limiter
     * @param extraTransientErrorCodes checked, unmodifiable
     */
    public RetryEngine(
            RetryMode mode,
            int maxAttempts,
            DoubleSupplier random,
            Clock clock,
            LongSupplier nanoTime,
            Set<String> extraTransientErrorCodes) {
        this.mode = Objects.requireNonNull(mode, "mode == null");
        this.maxAttempts = maxAttempts;
        this.backoff = new Backoff(random);
        this.quota = new RetryQuota();
        this.clockSkew = new ClockSkew(clock);
        this.rateLimiter = mode == RetryMode.ADAPTIVE ? new ClientRateLimiter(nanoTime) : null;
        this.extraTransientErrorCodes = extraTransientErrorCodes;
    }

    /** {@code shared}'s settings and state, with {@code extraTransientErrorCodes} retried instead. */
    private RetryEngine(RetryEngine shared, Set<String> extraTransientErrorCodes) {
        this.mode = shared.mode;
        this.maxAttempts = shared.maxAttempts;
        this.backoff = shared.backoff;
        this.quota = shared.quota;
        this.clockSkew = shared.clockSkew;
        this.rateLimiter = shared.rateLimiter;
        this.extraTransientErrorCodes = extraTransientErrorCodes;
    }

    /** This engine's settings and shared state, retrying {@code codes} (checked, unmodifiable) as transient. */
    public RetryEngine withExtraTransientErrorCodes(Set<String> codes) {
        return new RetryEngine(this, codes);
    }

    /** Starts the bookkeeping of one call (one API request and its retries). */
    public CallRetryState newCall() {
        return new CallRetryState(this);
    }

    /** The client's measured clock skew; its {@link ClockSkew#now()} is the time to sign with. */
    public ClockSkew clockSkew() {
        return clockSkew;
    }

    public RetryMode mode() {
        return mode;
    }

    /** Attempts per call, counting the first. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Set<String> extraTransientErrorCodes() {
        return extraTransientErrorCodes;
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
}
