package dev.ec2lite.error;

import java.time.Duration;

/**
 * A network-interface move ran out of the time it was given as a whole. The failure the deadline
 * cut short (a wait, a call timing out), when there was one, is the cause.
 */
public class MoveDeadlineException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    private final Duration deadline;

    public MoveDeadlineException(Duration deadline, String message, Throwable cause) {
        super(message, cause);
        this.deadline = deadline;
    }

    /** The deadline the move was given. */
    public Duration deadline() {
        return deadline;
    }
}
