package dev.ec2lite.error;

/**
 * The one exception type every ec2lite failure extends, so a caller can catch them all. Unchecked and
 * immutable: what the retry loop knows when it gives up (how many attempts, whether an earlier one may
 * have succeeded) is given at construction, so the final exception is a new one, never an edited one.
 *
 * <p>Messages never contain a secret key, a session token or a signature.
 */
public abstract class Ec2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final boolean earlierAttemptMayHaveSucceeded;

    /** A failure of one attempt, or of no call at all. */
    protected Ec2Exception(String message, Throwable cause) {
        this(message, cause, 1, false);
    }

    /**
     * The final failure of a call that was retried.
     *
     * @param attempts attempts made, counting the first; at least 1
     * @param earlierAttemptMayHaveSucceeded see {@link #earlierAttemptMayHaveSucceeded()}
     */
    protected Ec2Exception(String message, Throwable cause, int attempts, boolean earlierAttemptMayHaveSucceeded) {
        super(message, cause);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts < 1: " + attempts);
        }
        this.attempts = attempts;
        this.earlierAttemptMayHaveSucceeded = earlierAttemptMayHaveSucceeded;
    }

    /** How many attempts were made before this failure was final (1 when there was no retry). */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether an earlier attempt of the same call timed out or lost its connection after the request
     * was sent, so the service may have carried it out even though this attempt failed. For a detach,
     * an "attachment not found" then most likely means the interface is already detached.
     */
    public boolean earlierAttemptMayHaveSucceeded() {
        return earlierAttemptMayHaveSucceeded;
    }

    /** The message as constructed, without what {@link #getMessage()} adds; for copies made in this package. */
    final String messageAsConstructed() {
        return super.getMessage();
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        if (attempts > 1) {
            message += " [after " + attempts + " attempts]";
        }
        if (earlierAttemptMayHaveSucceeded) {
            message += " [an earlier attempt timed out or lost its connection after sending the request:"
                    + " the service may already have carried out this call]";
        }
        return message;
    }
}
