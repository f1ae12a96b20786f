package dev.ec2lite.retry;

import dev.ec2lite.retry.internal.RetryEngine;
import dev.ec2lite.retry.internal.RetryEngines;
import dev.ec2lite.retry.internal.RetrySettings;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The retry policy of one client: the AWS SDKs' {@code standard} or {@code adaptive} mode, with the
 * state its calls share (retry quota, adaptive rate limiter, measured clock skew). Pass one to several
 * clients' builders to make them share that state; it is thread-safe.
 *
 * <p>Defaults: standard mode, three attempts, the system UTC clock, {@link System#nanoTime()}, {@link
 * ThreadLocalRandom} jitter, and only the error codes every AWS service shares as retryable. A service
 * with transient codes of its own (STS's {@code IDPCommunicationError}) adds them as a setting: {@link
 * Builder#extraTransientErrorCodes}, or {@link #withExtraTransientErrorCodes} to keep sharing one
 * strategy's quota.
 */
public final class RetryStrategy {

    static {
        // ec2lite's retry loop reads the engine through the non-exported RetryEngines, not through a
        // public method of this class.
        RetryEngines.install(strategy -> strategy.engine);
    }

    private final RetryEngine engine;

    private RetryStrategy(RetryEngine engine) {
        this.engine = engine;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Standard mode with every default. */
    public static RetryStrategy create() {
        return builder().build();
    }

    public RetryMode mode() {
        return engine.mode();
    }

    /** Attempts per call, counting the first. */
    public int maxAttempts() {
        return engine.maxAttempts();
    }

    /** Error codes retried as transient beyond the shared lists; empty unless set. Sorted, unmodifiable. */
    public Set<String> extraTransientErrorCodes() {
        return engine.extraTransientErrorCodes();
    }

    /**
     * This strategy, retrying {@code codes} too (besides any it already retries): for a service with
     * transient error codes of its own. The two share their retry quota, measured clock skew and rate
     * limiter, so calls through either count against the same budget.
     *
     * @throws IllegalArgumentException naming a code that is blank
     */
    public RetryStrategy withExtraTransientErrorCodes(Collection<String> codes) {
        Set<String> union = new TreeSet<>(engine.extraTransientErrorCodes());
        union.addAll(checkedCodes(codes));
        return new RetryStrategy(engine.withExtraTransientErrorCodes(Set.copyOf(union)));
    }

    private static Set<String> checkedCodes(Collection<String> codes) {
        Objects.requireNonNull(codes, "codes == null");
        Set<String> checked = new TreeSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("an extra transient error code is blank: '" + code + "'");
            }
            checked.add(code.trim());
        }
        return checked;
    }

    public static final class Builder {
        private RetryMode mode = RetrySettings.DEFAULT_RETRY_MODE;
        private int maxAttempts = RetrySettings.DEFAULT_MAX_ATTEMPTS;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Clock clock = Clock.systemUTC();
        private LongSupplier nanoTime = System::nanoTime;
        private Set<String> extraTransientErrorCodes = Set.of();

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

        /**
         * AWS error codes to retry as transient (short backoff), beyond the lists every service shares:
         * a service's own "try again" codes, such as STS's {@code IDPCommunicationError}. The codes that
         * are never retried ({@code DryRunOperation}, {@code UnauthorizedOperation}) stay final.
         *
         * @throws IllegalArgumentException naming a code that is blank
         */
        public Builder extraTransientErrorCodes(Collection<String> codes) {
            this.extraTransientErrorCodes = Set.copyOf(checkedCodes(codes));
            return this;
        }

        public RetryStrategy build() {
            return new RetryStrategy(
                    new RetryEngine(mode, maxAttempts, random, clock, nanoTime, extraTransientErrorCodes));
        }
    }
}
