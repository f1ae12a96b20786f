package dev.ec2lite.error;

/**
 * A network-interface move failed. Says at which step, and in what state the interface was left, so
 * an operator (or the agent) knows what to do next. The failure of that step is the cause.
 */
public class NetworkInterfaceMoveException extends Ec2Exception {
    private static final long serialVersionUID = 1L;

    private final String step;
    private final String interfaceState;

    public NetworkInterfaceMoveException(String step, String interfaceState, String message, Throwable cause) {
        super(message + " [failed at step " + step + "; the interface was left: " + interfaceState + "]", cause);
        this.step = step;
        this.interfaceState = interfaceState;
    }

    /** The step that failed: {@code LOOK_UP}, {@code VERIFY_TARGET}, {@code DETACH}, {@code WAIT_AVAILABLE}, {@code ATTACH}, {@code WAIT_IN_USE}. */
    public String step() {
        return step;
    }

    /** The interface's state after the failure, as a describe showed it (or why it could not be seen). */
    public String interfaceState() {
        return interfaceState;
    }
}
