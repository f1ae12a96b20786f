package dev.ec2lite.error;

/**
 * The target of a network-interface move failed a check made before anything was changed: the
 * interface was not detached. {@link #check()} says which; the service's answer, when one decided
 * it, is the cause.
 */
public class MoveTargetException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    /** The checks, in the order they are made. */
    public enum Check {
        /** The caller may call {@code ec2:DescribeInstances}, without which nothing can be checked. */
        PERMISSION,
        /** The target instance exists. */
        INSTANCE_EXISTS,
        /** Its state accepts an attachment: pending, running, stopping or stopped. */
        INSTANCE_STATE,
        /** It is in the interface's availability zone. */
        AVAILABILITY_ZONE,
        /** Nothing else is attached at the device index. */
        DEVICE_INDEX_FREE
    }

    private final Check check;

    public MoveTargetException(Check check, String message, Throwable cause) {
        super("check " + check + " failed: " + message, cause);
        this.check = check;
    }

    /** The check that failed. */
    public Check check() {
        return check;
    }
}
