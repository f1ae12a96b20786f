package dev.ec2lite;

/**
 * Hears each step of a fail-over move, for progress output and logs. Every workflow reports the steps
 * it takes, in order, and ends with {@link Step#DONE}: an interface move {@code LOOK_UP}, {@code
 * VERIFY_TARGET}, {@code DETACH}, {@code WAIT_AVAILABLE}, {@code ATTACH}, {@code WAIT_IN_USE}; the
 * other moves {@code LOOK_UP}, {@code VERIFY_TARGET}, their change, and {@code VERIFY_RESULT} (EC2
 * answers before a change has propagated, so the result is described again until it shows).
 */
@FunctionalInterface
public interface MoveListener {
    /** The steps of a move, in order. */
    enum Step {
        LOOK_UP,
        /** The target is checked before anything changes (or the check is skipped, when turned off). */
        VERIFY_TARGET,
        DETACH,
        WAIT_AVAILABLE,
        ATTACH,
        WAIT_IN_USE,
        /** A secondary private IP is reassigned to the target interface. */
        ASSIGN_PRIVATE_IP,
        /** An Elastic IP is associated with the target. */
        ASSOCIATE_ADDRESS,
        /** The target's source/destination check is turned off, which routing through it needs. */
        DISABLE_SOURCE_DEST_CHECK,
        /** Routes are pointed at the target. */
        REPLACE_ROUTE,
        /** The result is described again until EC2 shows it. */
        VERIFY_RESULT,
        DONE
    }

    void onStep(Step step, String detail);

    /** Hears nothing. */
    MoveListener NONE = (step, detail) -> {};
}
