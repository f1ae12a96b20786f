package dev.ec2lite.error;

/**
 * The one exception type every ec2lite failure extends, so a caller can catch them all. Unchecked.
 *
 * <p>Messages never contain a secret key, a session token or a signature.
 */
public abstract class Ec2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private int attempts = 1;
    private boolean earlierAttemptMayHaveSucceeded;

    protected Ec2Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** How many attempts were made before this failure was final (1 when there was no retry). */
    public int attempts() {
        return attempts;
    }

    /** Recorded by the retry loop when it gives up. */
    public void setAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts < 1: " + attempts);
        }
        this.attempts = attempts;
    }

    /**
     * Whether an earlier attempt of the same call timed out or lost its connection after the request
     * was sent, so the service may have carried it out even though this attempt failed. For a detach,
     * an "attachment not found" then most likely means the interface is already detached.
     */
    public boolean earlierAttemptMayHaveSucceeded() {
        return earlierAttemptMayHaveSucceeded;
    }

    /** Recorded by the retry loop; see {@link #earlierAttemptMayHaveSucceeded()}. */
    public void markEarlierAttemptMayHaveSucceeded() {
        this.earlierAttemptMayHaveSucceeded = true;
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
