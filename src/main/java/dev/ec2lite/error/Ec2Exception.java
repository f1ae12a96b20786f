package dev.ec2lite.error;

/**
 * The one exception type every ec2lite failure extends, so a caller can catch them all. Unchecked.
 *
 * <p>Messages never contain a secret key, a session token or a signature.
 */
public abstract class Ec2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private int attempts = 1;

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
}
