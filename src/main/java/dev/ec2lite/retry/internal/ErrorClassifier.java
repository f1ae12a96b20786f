package dev.ec2lite.retry.internal;

import java.util.Set;

/**
 * Sorts a failed attempt into the retry specification's classes: throttling, transient, clock skew
 * (definite or possible) or not retryable.
 *
 * <p>Where the lists come from:
 *
 * <ul>
 *   <li>{@link #THROTTLING_ERRORS}: the AWS SDKs' shared list (smithy-rs {@code THROTTLING_ERRORS},
 *       AWS SDK for C++ {@code THROTTLING_EXCEPTIONS}, JS {@code THROTTLING_ERROR_CODES}), plus HTTP
 *       429, which aws-sdk-java-v2 also treats as throttling.
 *   <li>{@link #TRANSIENT_ERRORS} and {@link #TRANSIENT_STATUS_CODES}: the SDKs' {@code RequestTimeout},
 *       {@code RequestTimeoutException} and 500/502/503/504, plus EC2's server-error codes ({@code
 *       InternalError}, {@code ServiceUnavailable}, {@code Unavailable}) and the common AWS {@code
 *       InternalFailure}: the EC2 "Error retries" guide says to always retry server errors, so these
 *       codes are retried even should one arrive with an unexpected status.
 *   <li>{@link #DEFINITE_CLOCK_SKEW_ERRORS} and {@link #POSSIBLE_CLOCK_SKEW_ERRORS}: aws-sdk-java-v2's
 *       {@code AwsErrorCode}; a "possible" one only counts when the server's clock differs from ours.
 *   <li>A strategy's extra transient codes: a service's own (STS's {@code IDPCommunicationError}),
 *       given as a setting of the strategy rather than listed here for every service.
 *   <li>{@link #NEVER_RETRIED}: EC2's dry-run and authorisation answers. Retrying cannot change them, and
 *       {@code DryRunOperation} is an answer, not a failure.
 * </ul>
 */
final class ErrorClassifier {

    enum Category {
        THROTTLING,
        TRANSIENT,
        DEFINITE_CLOCK_SKEW,
        POSSIBLE_CLOCK_SKEW,
        NOT_RETRYABLE
    }

    static final Set<String> THROTTLING_ERRORS = Set.of(
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
            "EC2ThrottledException");

    static final int THROTTLING_STATUS_CODE = 429;

    static final Set<String> TRANSIENT_ERRORS = Set.of(
            "RequestTimeout",
            "RequestTimeoutException",
            "InternalError",
            "InternalFailure",
            "ServiceUnavailable",
            "Unavailable");

    static final Set<Integer> TRANSIENT_STATUS_CODES = Set.of(500, 502, 503, 504);

    static final Set<String> DEFINITE_CLOCK_SKEW_ERRORS =
            Set.of("RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture");

    static final Set<String> POSSIBLE_CLOCK_SKEW_ERRORS =
            Set.of("AuthFailure", "SignatureDoesNotMatch", "InvalidSignatureException");

    /** A 401 or 403 without an error code may be a signature the server rejected for its time. */
    static final Set<Integer> AUTHENTICATION_STATUS_CODES = Set.of(401, 403);

    static final Set<String> NEVER_RETRIED = Set.of("DryRunOperation", "UnauthorizedOperation");

    private ErrorClassifier() {}

    /** {@code extraTransient}: codes the strategy was told to retry as transient too. */
    static Category classify(AttemptFailure failure, Set<String> extraTransient) {
        if (failure.kind() != AttemptFailure.Kind.SERVICE_ERROR) {
            // No answer at all: connection failures, I/O errors and timeouts are transient.
            return Category.TRANSIENT;
        }
        String code = failure.errorCode();
        if (failure.hasNoErrorCode()) {
            return classifyStatus(failure.statusCode());
        }
        if (NEVER_RETRIED.contains(code)) {
            return Category.NOT_RETRYABLE;
        }
        if (THROTTLING_ERRORS.contains(code)) {
            return Category.THROTTLING;
        }
        if (TRANSIENT_ERRORS.contains(code) || extraTransient.contains(code)) {
            return Category.TRANSIENT;
        }
        if (DEFINITE_CLOCK_SKEW_ERRORS.contains(code)) {
            return Category.DEFINITE_CLOCK_SKEW;
        }
        if (POSSIBLE_CLOCK_SKEW_ERRORS.contains(code)) {
            return Category.POSSIBLE_CLOCK_SKEW;
        }
        // An unknown code on a 5xx or 429 answer still follows its status; on any other 4xx it is final.
        Category byStatus = classifyStatus(failure.statusCode());
        return byStatus == Category.POSSIBLE_CLOCK_SKEW ? Category.NOT_RETRYABLE : byStatus;
    }

    private static Category classifyStatus(int statusCode) {
        if (statusCode == THROTTLING_STATUS_CODE) {
            return Category.THROTTLING;
        }
        if (TRANSIENT_STATUS_CODES.contains(statusCode)) {
            return Category.TRANSIENT;
        }
        if (AUTHENTICATION_STATUS_CODES.contains(statusCode)) {
            return Category.POSSIBLE_CLOCK_SKEW;
        }
        return Category.NOT_RETRYABLE;
    }
}
