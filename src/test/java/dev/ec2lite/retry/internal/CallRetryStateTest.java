package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2Error;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.RetryStrategy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The retry decisions of one call, through the engine of a strategy built as a user builds one. */
class CallRetryStateTest {

    private static final AttemptFailure UNAVAILABLE = AttemptFailure.serviceError(503, "Unavailable", null, null);
    private static final AttemptFailure THROTTLED =
            AttemptFailure.serviceError(503, "RequestLimitExceeded", null, null);

    private final RetryStrategy strategy =
            RetryStrategy.builder().random(() -> 0.5).build();
    private final RetryEngine engine = RetryEngines.of(strategy);

    private static RetryDecision attemptFails(CallRetryState call, AttemptFailure failure) {
        call.beforeAttempt();
        return call.onFailure(failure);
    }

    @Test
    void transientFailureIsRetriedAfterTheJitteredBackoff() {
        RetryDecision decision = attemptFails(engine.newCall(), UNAVAILABLE);

        assertTrue(decision.shouldRetry());
        assertEquals(Duration.ofMillis(25), decision.delay());
        assertEquals("transient (Unavailable)", decision.reason());
    }

    @Test
    void throttlingFailureIsRetriedAfterTheLongerBackoff() {
        RetryDecision decision = attemptFails(engine.newCall(), THROTTLED);

        assertEquals(Duration.ofMillis(500), decision.delay());
        assertEquals("throttling (RequestLimitExceeded)", decision.reason());
    }

    @Test
    void callStopsWhenMaxAttemptsAreReached() {
        CallRetryState call = engine.newCall();
        assertTrue(attemptFails(call, UNAVAILABLE).shouldRetry());
        assertTrue(attemptFails(call, UNAVAILABLE).shouldRetry());
        RetryDecision third = attemptFails(call, UNAVAILABLE);

        assertFalse(third.shouldRetry());
        assertEquals("max attempts (3) reached", third.reason());
        assertEquals(3, call.attempts());
    }

    @Test
    void oneMaxAttemptMeansNoRetry() {
        RetryEngine noRetries =
                RetryEngines.of(RetryStrategy.builder().maxAttempts(1).build());
        RetryDecision decision = attemptFails(noRetries.newCall(), UNAVAILABLE);

        assertEquals("max attempts (1) reached", decision.reason());
    }

    @Test
    void nonRetryableErrorStopsAtOnceAndCostsNoQuota() {
        RetryDecision decision =
                attemptFails(engine.newCall(), AttemptFailure.serviceError(400, "InvalidParameterValue", null, null));

        assertFalse(decision.shouldRetry());
        assertEquals("not retryable: InvalidParameterValue", decision.reason());
        assertEquals(500, engine.quota().available());
    }

    @Test
    void dryRunOperationAndUnauthorizedOperationAreNeverRetried() {
        Ec2ServiceException dryRun = new Ec2ServiceException(
                412, List.of(new Ec2Error("DryRunOperation", "Request would have succeeded")), "r-1", null);
        Ec2ServiceException unauthorized = new Ec2ServiceException(
                403, List.of(new Ec2Error("UnauthorizedOperation", "You are not authorized")), "r-2", null);

        assertEquals(
                "not retryable: DryRunOperation",
                attemptFails(engine.newCall(), AttemptFailure.serviceError(dryRun, null, null))
                        .reason());
        assertEquals(
                "not retryable: UnauthorizedOperation",
                attemptFails(engine.newCall(), AttemptFailure.serviceError(unauthorized, "100", null))
                        .reason());
    }

    @Test
    void retriesStopWhenTheSharedQuotaIsExhausted() {
        RetryEngine manyAttempts = RetryEngines.of(
                RetryStrategy.builder().maxAttempts(100).random(() -> 0.5).build());
        CallRetryState call = manyAttempts.newCall();
        int retries = 0;
        RetryDecision decision;
        while ((decision = attemptFails(call, UNAVAILABLE)).shouldRetry()) {
            retries++;
        }
        assertEquals(500 / 14, retries);
        assertEquals("retry quota exhausted", decision.reason());

        // The quota is per client: another call of the same client cannot retry either...
        assertEquals(
                "retry quota exhausted",
                attemptFails(manyAttempts.newCall(), UNAVAILABLE).reason());
        // ...but a throttling retry, at 5 tokens, still fits in what is left.
        assertTrue(attemptFails(manyAttempts.newCall(), THROTTLED).shouldRetry());
    }

    @Test
    void successAfterARetryRefundsThatRetrysCost() {
        CallRetryState call = engine.newCall();
        attemptFails(call, UNAVAILABLE);
        attemptFails(call, THROTTLED);
        assertEquals(500 - 14 - 5, engine.quota().available());

        call.beforeAttempt();
        call.onSuccess();

        assertEquals(500 - 14, engine.quota().available(), "the last retry (throttling, 5) comes back");
    }

    @Test
    void firstAttemptSuccessAddsOneTokenButNeverPastCapacity() {
        CallRetryState full = engine.newCall();
        full.beforeAttempt();
        full.onSuccess();
        assertEquals(500, engine.quota().available());

        attemptFails(engine.newCall(), UNAVAILABLE);
        CallRetryState next = engine.newCall();
        next.beforeAttempt();
        next.onSuccess();
        assertEquals(500 - 14 + 1, engine.quota().available());
    }

    @Test
    void retryAfterHeaderWithinTheClampSetsTheDelay() {
        AttemptFailure failure = AttemptFailure.serviceError(503, "ServiceUnavailable", "1500", null);
        assertEquals(
                Duration.ofMillis(1_500),
                attemptFails(engine.newCall(), failure).delay());
    }

    @Test
    void retryAfterHeaderOutsideTheClampIsBounded() {
        AttemptFailure tooLong = AttemptFailure.serviceError(503, "ServiceUnavailable", "600000", null);
        AttemptFailure tooShort = AttemptFailure.serviceError(503, "ServiceUnavailable", "1", null);

        assertEquals(
                Duration.ofMillis(5_025),
                attemptFails(engine.newCall(), tooLong).delay());
        assertEquals(
                Duration.ofMillis(25), attemptFails(engine.newCall(), tooShort).delay());
    }

    @Test
    void timeoutOrIoAfterSendingMarksTheCallAsPossiblyAppliedForTheAttemptsAfterIt() {
        CallRetryState connectOnly = engine.newCall();
        attemptFails(connectOnly, AttemptFailure.connectFailure());
        attemptFails(connectOnly, AttemptFailure.ioBeforeResponse());
        assertFalse(connectOnly.earlierAttemptMayHaveReachedService());

        CallRetryState serverError = engine.newCall();
        attemptFails(serverError, UNAVAILABLE);
        attemptFails(serverError, UNAVAILABLE);
        assertFalse(serverError.earlierAttemptMayHaveReachedService(), "an error answer is a definite outcome");

        CallRetryState timedOutLast = engine.newCall();
        attemptFails(timedOutLast, AttemptFailure.connectFailure());
        attemptFails(timedOutLast, AttemptFailure.timeout(true));
        assertFalse(
                timedOutLast.earlierAttemptMayHaveReachedService(),
                "the last attempt's own failure is not an earlier attempt's");
        assertTrue(timedOutLast.anyAttemptMayHaveReachedService(), "but it counts when the loop ends the call");

        CallRetryState brokenRead = engine.newCall();
        attemptFails(brokenRead, AttemptFailure.ioAfterRequestSent());
        attemptFails(brokenRead, AttemptFailure.serviceError(400, "InvalidAttachmentID.NotFound", null, null));
        assertTrue(brokenRead.earlierAttemptMayHaveReachedService());

        CallRetryState timedOutFirst = engine.newCall();
        attemptFails(timedOutFirst, AttemptFailure.timeout(true));
        attemptFails(timedOutFirst, AttemptFailure.connectFailure());
        attemptFails(timedOutFirst, AttemptFailure.connectFailure());
        assertTrue(timedOutFirst.earlierAttemptMayHaveReachedService(), "remembered across later attempts");
    }

    @Test
    void outcomeWithoutBeforeAttemptIsAProgrammingError() {
        CallRetryState call = engine.newCall();
        assertThrows(IllegalStateException.class, call::onSuccess);
        call.beforeAttempt();
        assertThrows(IllegalStateException.class, call::beforeAttempt);
    }

    @Test
    void standardModeNeverAsksToWaitBeforeAnAttempt() {
        CallRetryState call = engine.newCall();
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, call.beforeAttempt());
            call.onFailure(THROTTLED);
        }
    }

    @Test
    void adaptiveModeAsksToWaitOnlyAfterAThrottle() {
        FakeNanoTime time = new FakeNanoTime();
        RetryEngine adaptive = RetryEngines.of(RetryStrategy.builder()
                .mode(RetryMode.ADAPTIVE)
                .nanoTime(time)
                .random(() -> 0.5)
                .build());
        for (int i = 0; i < 20; i++) {
            CallRetryState call = adaptive.newCall();
            assertEquals(Duration.ZERO, call.beforeAttempt());
            call.onSuccess();
            time.advance(Duration.ofMillis(100));
        }
        attemptFails(adaptive.newCall(), THROTTLED);

        Duration waited = Duration.ZERO;
        for (int i = 0; i < 10; i++) {
            CallRetryState call = adaptive.newCall();
            waited = waited.plus(call.beforeAttempt());
            call.onSuccess();
        }
        assertTrue(waited.compareTo(Duration.ZERO) > 0, "a burst after a throttle must wait");
    }

    /** The loop the query client is meant to run, with scripted outcomes and a recording sleeper. */
    @Test
    void callerLoopSleepsTheDecidedDelaysAndReportsAttempts() throws InterruptedException {
        Deque<AttemptFailure> outcomes = new ArrayDeque<>(List.of(UNAVAILABLE, THROTTLED));
        RecordingSleeper sleeper = new RecordingSleeper();

        CallRetryState call = engine.newCall();
        boolean succeeded = false;
        while (!succeeded) {
            sleeper.sleep(call.beforeAttempt());
            AttemptFailure failure = outcomes.poll();
            if (failure == null) {
                call.onSuccess();
                succeeded = true;
            } else {
                RetryDecision decision = call.onFailure(failure);
                assertTrue(decision.shouldRetry(), decision.reason());
                sleeper.sleep(decision.delay());
            }
        }

        assertEquals(3, call.attempts());
        assertEquals(
                List.of(Duration.ZERO, Duration.ofMillis(25), Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO),
                sleeper.sleeps);
    }

    private static final AttemptFailure IDP_ERROR =
            AttemptFailure.serviceError(400, "IDPCommunicationError", null, null);

    @Test
    void anExtraTransientCodeIsRetriedWithTheTransientBackoffOnlyWhereItIsSet() {
        RetryEngine withIdp = RetryEngines.of(RetryStrategy.builder()
                .random(() -> 0.5)
                .extraTransientErrorCodes(List.of("IDPCommunicationError"))
                .build());

        RetryDecision plain = attemptFails(engine.newCall(), IDP_ERROR);
        RetryDecision extra = attemptFails(withIdp.newCall(), IDP_ERROR);

        assertFalse(plain.shouldRetry());
        assertEquals("not retryable: IDPCommunicationError", plain.reason());
        assertTrue(extra.shouldRetry());
        assertEquals(Duration.ofMillis(25), extra.delay());
        assertEquals("transient (IDPCommunicationError)", extra.reason());
    }

    @Test
    void anExtraCodeCannotMakeANeverRetriedAnswerRetryable() {
        RetryEngine listed = RetryEngines.of(RetryStrategy.builder()
                .extraTransientErrorCodes(List.of("DryRunOperation"))
                .build());

        RetryDecision decision =
                attemptFails(listed.newCall(), AttemptFailure.serviceError(412, "DryRunOperation", null, null));

        assertFalse(decision.shouldRetry());
    }

    @Test
    void aStrategyWithExtraCodesSharesTheOriginalsQuotaAttemptsAndClock() {
        RetryStrategy sts = strategy.withExtraTransientErrorCodes(List.of("IDPCommunicationError"));

        assertTrue(attemptFails(RetryEngines.of(sts).newCall(), IDP_ERROR).shouldRetry());

        assertEquals(500 - 14, engine.quota().available(), "the derived strategy spent the original's quota");
        assertEquals(strategy.maxAttempts(), sts.maxAttempts());
        assertEquals(strategy.mode(), sts.mode());
        assertSame(engine.clockSkew(), RetryEngines.of(sts).clockSkew(), "one clock-skew record");
        assertEquals(Set.of(), strategy.extraTransientErrorCodes(), "the original is unchanged");
        assertEquals(
                Set.of("IDPCommunicationError", "Other"),
                sts.withExtraTransientErrorCodes(List.of("Other")).extraTransientErrorCodes());
    }
}
