/**
 * Retries as pure logic, following the AWS SDKs' {@code standard} and {@code adaptive} retry modes
 * (2026 revision): the caller's loop asks a {@link dev.ec2lite.retry.CallRetryState} before each attempt
 * (in adaptive mode it may ask the caller to wait) and after each failure (retry after a jittered
 * backoff, or stop with a reason); the per-client {@link dev.ec2lite.retry.RetryStrategy} keeps the retry
 * quota, the adaptive rate limiter and the measured {@link dev.ec2lite.retry.ClockSkew}. Nothing here
 * does I/O, reads the wall clock directly or sleeps: time, randomness and sleeping come in through
 * seams ({@link java.time.Clock}, a nanosecond source, a {@link java.util.function.DoubleSupplier},
 * {@link dev.ec2lite.retry.Sleeper}).
 */
package dev.ec2lite.retry;
