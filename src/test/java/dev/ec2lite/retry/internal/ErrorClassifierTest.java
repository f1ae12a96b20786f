package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ec2lite.retry.internal.ErrorClassifier.Category;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorClassifierTest {

    private static Category classify(int status, String code) {
        return ErrorClassifier.classify(AttemptFailure.serviceError(status, code, null, null), Set.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Throttling",
                "ThrottlingException",
                "ThrottledException",
                "RequestThrottledException",
                "TooManyRequestsException",
                "ProvisionedThroughputExceededException",
                "TransactionInProgressException",
                "RequestLimitExceeded",
                "BandwidthLimitExceeded",
                "LimitExceededException",
                "RequestThrottled",
                "SlowDown",
                "PriorRequestNotComplete",
                "EC2ThrottledException"
            })
    void throttlingCodesAreThrottling(String code) {
        assertEquals(Category.THROTTLING, classify(400, code));
    }

    @Test
    void status429WithoutACodeIsThrottling() {
        assertEquals(Category.THROTTLING, classify(429, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RequestTimeout",
                "RequestTimeoutException",
                "InternalError",
                "InternalFailure",
                "ServiceUnavailable",
                "Unavailable"
            })
    void transientCodesAreTransient(String code) {
        assertEquals(Category.TRANSIENT, classify(400, code));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorStatusesAreTransientWithOrWithoutACode(int status) {
        assertEquals(Category.TRANSIENT, classify(status, null));
        assertEquals(Category.TRANSIENT, classify(status, "SomethingNew"));
    }

    @Test
    void failuresWithoutAnAnswerAreTransient() {
        assertEquals(Category.TRANSIENT, ErrorClassifier.classify(AttemptFailure.connectFailure(), Set.of()));
        assertEquals(Category.TRANSIENT, ErrorClassifier.classify(AttemptFailure.ioBeforeResponse(), Set.of()));
        assertEquals(Category.TRANSIENT, ErrorClassifier.classify(AttemptFailure.ioAfterRequestSent(), Set.of()));
        assertEquals(Category.TRANSIENT, ErrorClassifier.classify(AttemptFailure.timeout(true), Set.of()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "InvalidParameterValue",
                "InvalidAttachmentID.NotFound",
                "MissingParameter",
                "IncorrectState",
                "OperationNotPermitted"
            })
    void otherClientErrorCodesAreNotRetryable(String code) {
        assertEquals(Category.NOT_RETRYABLE, classify(400, code));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 412, 413})
    void otherClientErrorStatusesAreNotRetryable(int status) {
        assertEquals(Category.NOT_RETRYABLE, classify(status, null));
    }

    @Test
    void dryRunOperationAndUnauthorizedOperationAreNeverRetryable() {
        assertEquals(Category.NOT_RETRYABLE, classify(412, "DryRunOperation"));
        assertEquals(Category.NOT_RETRYABLE, classify(403, "UnauthorizedOperation"));
        // Even on a status that would otherwise be retried.
        assertEquals(Category.NOT_RETRYABLE, classify(503, "DryRunOperation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"})
    void timeCodesAreDefiniteClockSkew(String code) {
        assertEquals(Category.DEFINITE_CLOCK_SKEW, classify(403, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AuthFailure", "SignatureDoesNotMatch", "InvalidSignatureException"})
    void signatureCodesArePossibleClockSkew(String code) {
        assertEquals(Category.POSSIBLE_CLOCK_SKEW, classify(401, code));
    }

    @Test
    void bare401And403ArePossibleClockSkewButA403WithAnotherCodeIsNot() {
        assertEquals(Category.POSSIBLE_CLOCK_SKEW, classify(401, null));
        assertEquals(Category.POSSIBLE_CLOCK_SKEW, classify(403, " "));
        assertEquals(Category.NOT_RETRYABLE, classify(403, "OptInRequired"));
    }
}
