package dev.ec2lite.error;

/**
 * A fail-over move (of a network interface, a secondary private IP, an Elastic IP or routes) failed.
 * Says at which step, and in what state the moved resource was left, so an operator (or the agent)
 * knows what to do next. The failure of that step is the cause: a {@link MoveTargetException} when a
 * check refused the target before anything changed, a {@link MoveDeadlineException} when the move's
 * deadline passed, or the call's own failure.
 */
public class MoveException extends Ec2Exception {
    private static final long serialVersionUID = 1L;

    private final String step;
    private final String stateLeft;

    public MoveException(String step, String stateLeft, String message, Throwable cause) {
        super(message + " [failed at step " + step + "; left: " + stateLeft + "]", cause);
        this.step = step;
        this.stateLeft = stateLeft;
    }

    /** The step that failed, a {@code dev.ec2lite.MoveListener.Step} name such as {@code DETACH}. */
    public String step() {
        return step;
    }

    /** The moved resource's state after the failure, as a describe showed it (or why it could not be seen). */
    public String stateLeft() {
        return stateLeft;
    }
}
