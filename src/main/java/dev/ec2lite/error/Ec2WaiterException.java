package dev.ec2lite.error;

/**
 * A waiter gave up: the resource did not reach the wanted state within the attempts or time allowed,
 * or reached a state from which it never will. The message says the last state seen.
 */
public class Ec2WaiterException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    private final String lastState;

    public Ec2WaiterException(String message, String lastState, Throwable cause) {
        super(message + " (last state: " + lastState + ")", cause);
        this.lastState = lastState;
    }

    /** The last state the waiter saw, described for people. */
    public String lastState() {
        return lastState;
    }
}
