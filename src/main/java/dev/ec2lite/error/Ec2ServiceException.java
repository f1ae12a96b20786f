package dev.ec2lite.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service answered, and its answer is an error: HTTP status, AWS error code and message, request
 * id, and every {@code <Error>} when EC2 sent several.
 */
public class Ec2ServiceException extends Ec2Exception {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final List<Ec2Error> errors;
    private final String requestId;
    private final String operation;

    public Ec2ServiceException(int statusCode, List<Ec2Error> errors, String requestId, String operation) {
        this(statusCode, errors, requestId, operation, null);
    }

    public Ec2ServiceException(
            int statusCode, List<Ec2Error> errors, String requestId, String operation, Throwable cause) {
        this(statusCode, errors, requestId, operation, cause, 1, false);
    }

    /**
     * The final answer of a call made {@code attempts} times; for the copies below and for subclasses
     * that add context to a service's answer.
     */
    protected Ec2ServiceException(
            int statusCode,
            List<Ec2Error> errors,
            String requestId,
            String operation,
            Throwable cause,
            int attempts,
            boolean earlierAttemptMayHaveSucceeded) {
        super(describe(statusCode, errors, requestId, operation), cause, attempts, earlierAttemptMayHaveSucceeded);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors is empty");
        }
        this.statusCode = statusCode;
        this.errors = List.copyOf(errors);
        this.requestId = requestId;
        this.operation = operation;
    }

    /** A copy with the operation name filled in; attempts and the rest stay as they are. */
    public Ec2ServiceException withOperation(String operation) {
        return copy(operation, attempts(), earlierAttemptMayHaveSucceeded());
    }

    /**
     * This answer as the last of {@code attempts} attempts of one call: a new exception with the same
     * status, errors, request id, cause and stack trace. The retry loop throws it when it gives up. The
     * copy is an {@code Ec2ServiceException}, whatever subclass this is.
     *
     * @param earlierAttemptMayHaveSucceeded see {@link #earlierAttemptMayHaveSucceeded()}
     */
    public Ec2ServiceException afterAttempts(int attempts, boolean earlierAttemptMayHaveSucceeded) {
        return copy(operation, attempts, earlierAttemptMayHaveSucceeded);
    }

    private Ec2ServiceException copy(String operation, int attempts, boolean earlierAttemptMayHaveSucceeded) {
        Ec2ServiceException copy = new Ec2ServiceException(
                statusCode, errors, requestId, operation, getCause(), attempts, earlierAttemptMayHaveSucceeded);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The HTTP status of the answer (400, 403, 412, 503 …). */
    public int statusCode() {
        return statusCode;
    }

    /** The first error's code, such as {@code InvalidAttachmentID.NotFound}. */
    public String errorCode() {
        return errors.get(0).code();
    }

    /** The first error's message, as the service wrote it (made printable and bounded by the parser; see the README). */
    public String errorMessage() {
        return errors.get(0).message();
    }

    /** Every error of the answer, in the service's order; never empty. */
    public List<Ec2Error> errors() {
        return errors;
    }

    /** The request id EC2 gave the call, for AWS support; empty when the answer carried none. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The API action that failed, such as {@code DetachNetworkInterface}, when known. */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** Whether {@code code} is this exception's first error code. */
    public boolean isErrorCode(String code) {
        return Objects.equals(errorCode(), code);
    }

    /** The AWS CLI's wording: {@code An error occurred (Code) when calling the Op operation: message}. */
    private static String describe(int statusCode, List<Ec2Error> errors, String requestId, String operation) {
        Ec2Error first = errors.isEmpty() ? new Ec2Error("Unknown", "") : errors.get(0);
        StringBuilder text =
                new StringBuilder("An error occurred (").append(first.code()).append(")");
        if (operation != null) {
            text.append(" when calling the ").append(operation).append(" operation");
        }
        text.append(": ").append(first.message());
        for (int i = 1; i < errors.size(); i++) {
            text.append("; (")
                    .append(errors.get(i).code())
                    .append(") ")
                    .append(errors.get(i).message());
        }
        text.append(" (HTTP ").append(statusCode);
        if (requestId != null) {
            text.append(", request id ").append(requestId);
        }
        return text.append(')').toString();
    }
}
