/**
 * Retries as pure logic, following the AWS SDKs' {@code standard} and {@code adaptive} retry modes
 * (2026 revision): the {@link dev.ec2lite.retry.internal.RetryEngine} behind each {@link
 * dev.ec2lite.retry.RetryStrategy} keeps the retry quota, the adaptive rate limiter and the measured
 * {@link dev.ec2lite.retry.internal.ClockSkew}; the caller's loop asks a {@link
 * dev.ec2lite.retry.internal.CallRetryState} before each attempt (in adaptive mode it may ask the caller
 * to wait) and after each failure (retry after a jittered backoff, or stop with a reason). Nothing here
 * does I/O, reads the wall clock directly or sleeps: time, randomness and sleeping come in through seams
 * ({@link java.time.Clock}, a nanosecond source, a {@link java.util.function.DoubleSupplier}, {@link
 * dev.ec2lite.retry.Sleeper}). Not exported: public only for ec2lite's own packages.
 */
package dev.ec2lite.retry.internal;
