package dev.ec2lite.retry.internal;

import java.time.Duration;

/**
 * The retry bookkeeping of one call: how many attempts were made, what the last retry cost the quota,
 * and whether an earlier attempt may have reached the service. Made by {@link RetryEngine#newCall()};
 * used by one thread, for one call.
 *
 * <p>Each attempt is bracketed: {@link #beforeAttempt()}, then {@link #onSuccess()} or {@link
 * #onFailure(AttemptFailure)}. The order of the checks in {@code onFailure} is the specification's:
 * retryable? then attempts left? then quota? then the delay.
 */
public final class CallRetryState {

    private final RetryEngine engine;
    private int attempts;
    private boolean attemptOpen;
    private int lastRetryCost;
    private boolean mayHaveReachedService;
    private boolean earlierMayHaveReachedService;

    CallRetryState(RetryEngine engine) {
        this.engine = engine;
    }

    /**
     * Call before sending each attempt. Returns how long to wait first: always zero in standard mode; in
     * adaptive mode, once the client has been throttled, the rate limiter's wait.
     */
    public Duration beforeAttempt() {
        if (attemptOpen) {
            throw new IllegalStateException("the previous attempt has no outcome yet");
        }
        attemptOpen = true;
        attempts++;
        // What the attempts before this one showed, whether or not this one ends through onFailure.
        earlierMayHaveReachedService = mayHaveReachedService;
        ClientRateLimiter limiter = engine.rateLimiter();
        return limiter == null ? Duration.ZERO : limiter.acquire();
    }

    /** Call when an attempt succeeded: gives the retry quota back what this call's last retry cost. */
    public void onSuccess() {
        closeAttempt();
        recordForRateLimiter(false);
        engine.quota().release(lastRetryCost > 0 ? lastRetryCost : RetryQuota.NO_RETRY_INCREMENT);
    }

    /** Call when an attempt failed: says whether to retry, after how long, and why. */
    public RetryDecision onFailure(AttemptFailure failure) {
        closeAttempt();
        if (failure.kind() != AttemptFailure.Kind.SERVICE_ERROR && failure.requestMayHaveReachedServer()) {
            mayHaveReachedService = true;
        }
        ErrorClassifier.Category category = ErrorClassifier.classify(failure, engine.extraTransientErrorCodes());
        boolean throttling = category == ErrorClassifier.Category.THROTTLING;
        recordForRateLimiter(throttling);

        String why = reasonToRetry(category, failure);
        if (why == null) {
            return RetryDecision.stop("not retryable: " + failure.describe());
        }
        if (attempts >= engine.maxAttempts()) {
            return RetryDecision.stop("max attempts (" + engine.maxAttempts() + ") reached");
        }
        int cost = engine.quota().tryAcquire(throttling);
        if (cost == 0) {
            return RetryDecision.stop("retry quota exhausted");
        }
        lastRetryCost = cost;
        Duration delay = engine.backoff().delay(attempts, throttling);
        return RetryDecision.retryAfter(Backoff.withRetryAfter(delay, failure.retryAfterHeader()), why);
    }

    /** Attempts begun so far, counting the first. */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether an attempt before the latest one may have reached the service without our seeing its
     * answer (a timeout or an I/O error after the request was sent): a retry that then fails with "not
     * found" may mean that attempt already did the work. What the call's final exception reports when it
     * is the latest attempt's own failure, which says for itself whether it was sent.
     */
    public boolean earlierAttemptMayHaveReachedService() {
        return earlierMayHaveReachedService;
    }

    /**
     * Whether any attempt that failed may have reached the service: what the call's final exception
     * reports when the retry loop itself ends the call (no time left, interrupted), after the attempts.
     */
    public boolean anyAttemptMayHaveReachedService() {
        return mayHaveReachedService;
    }

    /** Why a retry may help, or {@code null} when it cannot; clock-skew errors correct the clock here. */
    private String reasonToRetry(ErrorClassifier.Category category, AttemptFailure failure) {
        switch (category) {
            case THROTTLING:
                return "throttling (" + failure.describe() + ")";
            case TRANSIENT:
                return "transient (" + failure.describe() + ")";
            case DEFINITE_CLOCK_SKEW:
            case POSSIBLE_CLOCK_SKEW:
                boolean definite = category == ErrorClassifier.Category.DEFINITE_CLOCK_SKEW;
                if (engine.clockSkew().correct(failure.dateHeader(), definite)) {
                    return "retry with corrected time (" + failure.describe() + ", offset "
                            + engine.clockSkew().offset() + ")";
                }
                return null;
            default:
                return null;
        }
    }

    private void recordForRateLimiter(boolean throttled) {
        ClientRateLimiter limiter = engine.rateLimiter();
        if (limiter != null) {
            limiter.update(throttled);
        }
    }

    private void closeAttempt() {
        if (!attemptOpen) {
            throw new IllegalStateException("beforeAttempt() was not called for this attempt");
        }
        attemptOpen = false;
    }
}
