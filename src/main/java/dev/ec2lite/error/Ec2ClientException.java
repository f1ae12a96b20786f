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
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** The HTTP status of the answer that could not be used, when there was an answer. */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }
}
