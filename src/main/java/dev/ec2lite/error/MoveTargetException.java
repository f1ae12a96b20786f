package dev.ec2lite.error;

/**
 * The target of a fail-over move failed a check made before anything was changed: nothing was moved
 * (an interface was not detached, an address not reassigned, no route replaced). {@link #check()} says which; the service's answer, when one decided
 * it, is the cause.
 */
public class MoveTargetException extends Ec2ClientException {
    private static final long serialVersionUID = 1L;

    /** The checks, in the order they are made. */
    public enum Check {
        /** The caller may call the describe action the checks need, without which nothing can be checked. */
        PERMISSION,
        /** The target instance exists. */
        INSTANCE_EXISTS,
        /** Its state accepts an attachment: pending, running, stopping or stopped. */
        INSTANCE_STATE,
        /** It is in the interface's availability zone. */
        AVAILABILITY_ZONE,
        /** Nothing else is attached at the device index. */
        DEVICE_INDEX_FREE,
        /** The target network interface exists. */
        INTERFACE_EXISTS,
        /** The moved resource exists: the private IP, the Elastic IP allocation, each route. */
        SOURCE_EXISTS,
        /** The target is in the moved private IP's subnet. */
        SAME_SUBNET,
        /** The target is in the VPC of the address or of the route tables. */
        SAME_VPC,
        /** The private IP to move is a secondary address: a primary one stays with its interface. */
        SECONDARY_ADDRESS
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
