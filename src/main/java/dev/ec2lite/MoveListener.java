package dev.ec2lite;

/** Hears each step of {@link Ec2Client#moveNetworkInterface}, for progress output and logs. */
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
        DONE
    }

    void onStep(Step step, String detail);

    /** Hears nothing. */
    MoveListener NONE = (step, detail) -> {};
}
