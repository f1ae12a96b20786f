package dev.ec2lite.retry.internal;

import dev.ec2lite.error.Ec2ServiceException;
import java.util.Locale;
import java.util.Objects;

/**
 * What went wrong with one attempt, in plain values, so that retry decisions never depend on HTTP or
 * XML classes. Build it with the static factories; {@code statusCode} is {@code -1} when there was no
 * HTTP answer, and the strings are {@code null} when absent.
 *
 * @param kind where the attempt failed
 * @param statusCode the HTTP status of the answer, or {@code -1}
 * @param errorCode the AWS error code of the answer ({@code RequestLimitExceeded}), or {@code null}
 * @param retryAfterHeader the raw {@code x-amz-retry-after} header (milliseconds), or {@code null}
 * @param dateHeader the raw {@code Date} header of the answer, or {@code null}
 * @param requestMayHaveReachedServer whether the service may have received (and acted on) the request
 */
public record AttemptFailure(
        Kind kind,
        int statusCode,
        String errorCode,
        String retryAfterHeader,
        String dateHeader,
        boolean requestMayHaveReachedServer) {

    /** Where an attempt failed. */
    public enum Kind {
        /** No connection was made (DNS, refused, TLS handshake, connect timeout): the request never left. */
        CONNECT_FAILURE,
        /** An I/O error while the request was being written: the service did not get a whole request. */
        IO_BEFORE_RESPONSE,
        /** An I/O error after the request was sent, before a usable answer: the service may have acted. */
        IO_AFTER_REQUEST_SENT,
        /** No answer in time; whether the service got the request is in {@code requestMayHaveReachedServer}. */
        TIMEOUT,
        /** The service answered with an error status. */
        SERVICE_ERROR
    }

    public AttemptFailure {
        Objects.requireNonNull(kind, "kind == null");
        if (kind == Kind.SERVICE_ERROR && statusCode < 100) {
            throw new IllegalArgumentException("a service error needs an HTTP status, got " + statusCode);
        }
    }

    public static AttemptFailure connectFailure() {
        return new AttemptFailure(Kind.CONNECT_FAILURE, -1, null, null, null, false);
    }

    public static AttemptFailure ioBeforeResponse() {
        return new AttemptFailure(Kind.IO_BEFORE_RESPONSE, -1, null, null, null, false);
    }

    public static AttemptFailure ioAfterRequestSent() {
        return new AttemptFailure(Kind.IO_AFTER_REQUEST_SENT, -1, null, null, null, true);
    }

    /** A timeout; {@code requestSent} is false only when the request certainly never left (connect phase). */
    public static AttemptFailure timeout(boolean requestSent) {
        return new AttemptFailure(Kind.TIMEOUT, -1, null, null, null, requestSent);
    }

    /** An error answer; {@code errorCode}, {@code retryAfterHeader} and {@code dateHeader} may be null. */
    public static AttemptFailure serviceError(
            int statusCode, String errorCode, String retryAfterHeader, String dateHeader) {
        return new AttemptFailure(Kind.SERVICE_ERROR, statusCode, errorCode, retryAfterHeader, dateHeader, true);
    }

    /** An error answer already read into an exception; the headers come from the raw response. */
    public static AttemptFailure serviceError(Ec2ServiceException error, String retryAfterHeader, String dateHeader) {
        return serviceError(error.statusCode(), error.errorCode(), retryAfterHeader, dateHeader);
    }

    /** Whether the error code is absent or blank. */
    boolean hasNoErrorCode() {
        return errorCode == null || errorCode.isBlank();
    }

    /** The error code, or the HTTP status, or the kind: the shortest honest name for the failure. */
    String describe() {
        if (!hasNoErrorCode()) {
            return errorCode;
        }
        if (statusCode >= 0) {
            return "HTTP " + statusCode;
        }
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
