package dev.ec2lite.error;

/** A network-interface move failed; {@link #stateLeft()} is the interface's state after the failure. */
public class NetworkInterfaceMoveException extends MoveException {
    private static final long serialVersionUID = 1L;

    public NetworkInterfaceMoveException(String step, String interfaceState, String message, Throwable cause) {
        super(step, interfaceState, message, cause);
    }

    /** The interface's state after the failure: the same as {@link #stateLeft()}. */
    public String interfaceState() {
        return stateLeft();
    }
}
