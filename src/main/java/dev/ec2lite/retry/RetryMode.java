package dev.ec2lite.retry;

/**
 * The AWS SDKs' retry modes (setting {@code retry_mode}, {@code AWS_RETRY_MODE}, {@code aws.retryMode}).
 * The SDKs' third value, {@code legacy}, is SDK-specific by definition; ec2lite reads it as {@link
 * #STANDARD}.
 *
 * @see <a href="https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html">AWS SDKs
 *     and Tools reference: Retry behavior</a>
 */
public enum RetryMode {
    /** Retry quota, jittered exponential backoff, the standard set of retryable errors. The default. */
    STANDARD,
    /** {@link #STANDARD} plus a client-side rate limiter that engages after the first throttling answer. */
    ADAPTIVE
}
