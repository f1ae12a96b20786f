/**
 * How a client retries, as a user configures it: the AWS SDKs' {@link dev.ec2lite.retry.RetryMode}s
 * ({@code standard} and {@code adaptive}, 2026 revision), a {@link dev.ec2lite.retry.RetryStrategy} to
 * set the mode and attempts or to share one retry quota between clients, and the {@link
 * dev.ec2lite.retry.Sleeper} the retry loop waits with (tests pass one that only records). The per-call
 * bookkeeping (classifying failures, backoff, the quota, the adaptive rate limiter, clock-skew correction)
 * is ec2lite's own business, in a package the module does not export.
 */
package dev.ec2lite.retry;
