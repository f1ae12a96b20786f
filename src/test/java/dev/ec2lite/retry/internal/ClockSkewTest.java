package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClockSkewTest {

    private static final Instant OUR_TIME = Instant.parse("2026-03-03T10:00:00Z");

    private final MutableClock clock = new MutableClock(OUR_TIME);
    private final RetryEngine strategy = RetryEngines.of(
            RetryStrategy.builder().clock(clock).random(() -> 0.5).build());

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private RetryDecision failOnce(int status, String code, Duration serverAhead) {
        CallRetryState call = strategy.newCall();
        call.beforeAttempt();
        return call.onFailure(AttemptFailure.serviceError(status, code, null, httpDate(OUR_TIME.plus(serverAhead))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"})
    void timeErrorRecordsTheServersOffsetAndRetries(String code) {
        RetryDecision decision = failOnce(403, code, Duration.ofMinutes(15));

        assertTrue(decision.shouldRetry(), decision.reason());
        assertTrue(decision.reason().startsWith("retry with corrected time"), decision.reason());
        assertEquals(Duration.ofMinutes(15), strategy.clockSkew().offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AuthFailure", "SignatureDoesNotMatch", "InvalidSignatureException"})
    void signatureErrorWithServerTimeFourMinutesOffIsCorrectedAndRetried(String code) {
        RetryDecision decision = failOnce(401, code, Duration.ofMinutes(-4));

        assertTrue(decision.shouldRetry(), decision.reason());
        assertEquals(Duration.ofMinutes(-4), strategy.clockSkew().offset());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void bareAuthenticationStatusWithServerTimeFarOffIsCorrectedAndRetried(int status) {
        RetryDecision decision = failOnce(status, null, Duration.ofHours(2));

        assertTrue(decision.shouldRetry(), decision.reason());
        assertEquals(Duration.ofHours(2), strategy.clockSkew().offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AuthFailure", "SignatureDoesNotMatch", "InvalidSignatureException", ""})
    void signatureErrorWithServerTimeUnderFourMinutesOffIsNotRetried(String code) {
        RetryDecision decision = failOnce(403, code, Duration.ofMinutes(4).minusSeconds(1));

        assertFalse(decision.shouldRetry());
        assertTrue(decision.reason().startsWith("not retryable: "), decision.reason());
        assertEquals(Duration.ZERO, strategy.clockSkew().offset());
    }

    @Test
    void unparseableDateMeansNoCorrectionAndNoRetry() {
        CallRetryState call = strategy.newCall();
        call.beforeAttempt();
        RetryDecision decision =
                call.onFailure(AttemptFailure.serviceError(403, "RequestTimeTooSkewed", null, "yesterday-ish"));

        assertFalse(decision.shouldRetry());
        assertEquals("not retryable: RequestTimeTooSkewed", decision.reason());
        assertEquals(Duration.ZERO, strategy.clockSkew().offset());
    }

    @Test
    void unauthorizedOperationIsNeverTreatedAsSkewEvenWithAFarOffDate() {
        RetryDecision decision = failOnce(403, "UnauthorizedOperation", Duration.ofHours(1));

        assertFalse(decision.shouldRetry());
        assertEquals(Duration.ZERO, strategy.clockSkew().offset());
    }

    @Test
    void nowIsOurClockPlusTheMeasuredOffset() {
        failOnce(403, "RequestTimeTooSkewed", Duration.ofMinutes(-7));
        assertEquals(OUR_TIME.minus(Duration.ofMinutes(7)), strategy.clockSkew().now());

        clock.advance(Duration.ofSeconds(30));
        assertEquals(
                OUR_TIME.plusSeconds(30).minus(Duration.ofMinutes(7)),
                strategy.clockSkew().now());
    }

    @Test
    void aPossibleSkewIsMeasuredAgainstTheAlreadyCorrectedTime() {
        failOnce(403, "RequestTimeTooSkewed", Duration.ofMinutes(10));
        // The server is now only 1 minute from our corrected time: no new correction.
        RetryDecision decision = failOnce(403, "AuthFailure", Duration.ofMinutes(11));

        assertFalse(decision.shouldRetry());
        assertEquals(Duration.ofMinutes(10), strategy.clockSkew().offset());
    }

    @Test
    void dateParsingAcceptsRfc1123AndIso8601AndAmzDate() {
        Instant expected = Instant.parse("2026-03-03T10:15:30Z");
        assertEquals(Optional.of(expected), ClockSkew.parseDate("Tue, 03 Mar 2026 10:15:30 GMT"));
        assertEquals(Optional.of(expected), ClockSkew.parseDate(" Tue, 3 Mar 2026 10:15:30 GMT "));
        assertEquals(Optional.of(expected), ClockSkew.parseDate("2026-03-03T10:15:30Z"));
        assertEquals(Optional.of(expected), ClockSkew.parseDate("2026-03-03T11:15:30+01:00"));
        assertEquals(Optional.of(expected), ClockSkew.parseDate("20260303T101530Z"));
        assertEquals(Optional.empty(), ClockSkew.parseDate("03/03/2026"));
        assertEquals(Optional.empty(), ClockSkew.parseDate(null));
    }
}
