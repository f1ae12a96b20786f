package dev.ec2lite.error;

import java.util.OptionalInt;

/**
 * No usable answer from the service: a network failure, a timeout, an unreadable response body, or
 * a configuration that cannot work (no credentials, no region). The cause, when there is one, is
 * attached.
 */
public class Ec2ClientException extends Ec2Exception {
    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public Ec2ClientException(String message) {
        this(message, null);
    }

    public Ec2ClientException(String message, Throwable cause) {
        this(message, -1, cause);
    }

    /** A failure that came with an HTTP answer, such as a body that is not XML. */
    public Ec2ClientException(String message, int statusCode, Throwable cause) {
        this(message, statusCode, cause, 1);
    }

    /** The final failure of a call made {@code attempts} times; for subclasses. */
    protected Ec2ClientException(String message, int statusCode, Throwable cause, int attempts) {
        this(message, statusCode, cause, attempts, false);
    }

    private Ec2ClientException(
            String message, int statusCode, Throwable cause, int attempts, boolean earlierAttemptMayHaveSucceeded) {
        super(message, cause, attempts, earlierAttemptMayHaveSucceeded);
        this.statusCode = statusCode;
    }

    /**
     * This failure as the last of {@code attempts} attempts of one call: a new exception with the same
     * message, status, cause and stack trace. The retry loop throws it when it gives up. The copy is
     * an {@code Ec2ClientException}, whatever subclass this is.
     *
     * @param earlierAttemptMayHaveSucceeded see {@link #earlierAttemptMayHaveSucceeded()}
     */
    public Ec2ClientException afterAttempts(int attempts, boolean earlierAttemptMayHaveSucceeded) {
        Ec2ClientException copy = new Ec2ClientException(
                messageAsConstructed(), statusCode, getCause(), attempts, earlierAttemptMayHaveSucceeded);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The HTTP status of the answer that could not be used, when there was an answer. */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }
}
