package dev.ec2lite;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Ec2Client#moveNetworkInterface(MoveNetworkInterfaceRequest, MoveListener)} should do:
 * the interface, the target instance and device index, whether to force the detach, how to wait,
 * one deadline for the whole move, and whether to check the target before anything changes (on by
 * default). Immutable; checked in {@link Builder#build()}, before any network I/O.
 */
public final class MoveNetworkInterfaceRequest {
    private final String networkInterfaceId;
    private final String instanceId;
    private final int deviceIndex;
    private final boolean force;
    private final WaiterConfig waiting;
    private final Duration deadline;
    private final boolean verifyTarget;

    private MoveNetworkInterfaceRequest(Builder builder) {
        AttachNetworkInterfaceRequest.of(builder.networkInterfaceId, builder.instanceId, builder.deviceIndex);
        this.networkInterfaceId = builder.networkInterfaceId;
        this.instanceId = builder.instanceId;
        this.deviceIndex = builder.deviceIndex;
        this.force = builder.force;
        this.waiting = builder.waiting == null ? WaiterConfig.DEFAULT : builder.waiting;
        if (builder.deadline != null && (builder.deadline.isNegative() || builder.deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive: " + builder.deadline);
        }
        this.deadline = builder.deadline;
        this.verifyTarget = builder.verifyTarget;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    public String instanceId() {
        return instanceId;
    }

    public int deviceIndex() {
        return deviceIndex;
    }

    public boolean force() {
        return force;
    }

    public WaiterConfig waiting() {
        return waiting;
    }

    /** The most the whole move may take, look-up to the last wait; empty for no limit. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the target is checked with {@code DescribeInstances} before the detach. */
    public boolean verifyTarget() {
        return verifyTarget;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoveNetworkInterfaceRequest that
                && networkInterfaceId.equals(that.networkInterfaceId)
                && instanceId.equals(that.instanceId)
                && deviceIndex == that.deviceIndex
                && force == that.force
                && waiting.equals(that.waiting)
                && Objects.equals(deadline, that.deadline)
                && verifyTarget == that.verifyTarget;
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceId, instanceId, deviceIndex, force, waiting, deadline, verifyTarget);
    }

    @Override
    public String toString() {
        return "MoveNetworkInterfaceRequest{networkInterfaceId=" + networkInterfaceId + ", instanceId=" + instanceId
                + ", deviceIndex=" + deviceIndex + ", force=" + force + ", waiting=" + waiting
                + (deadline != null ? ", deadline=" + deadline : "") + ", verifyTarget=" + verifyTarget + "}";
    }

    /** Builds a {@link MoveNetworkInterfaceRequest}; interface, instance and device index are required. */
    public static final class Builder {
        private String networkInterfaceId;
        private String instanceId;
        private int deviceIndex = -1;
        private boolean force;
        private WaiterConfig waiting;
        private Duration deadline;
        private boolean verifyTarget = true;

        private Builder() {}

        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** The instance to move the interface to. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** The device index on the target; 0 is its primary interface, so 1 or more. Required. */
        public Builder deviceIndex(int deviceIndex) {
            this.deviceIndex = deviceIndex;
            return this;
        }

        /** Force the detach: the old instance is dead and will never acknowledge it. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** How each wait polls; null for {@link WaiterConfig#DEFAULT}. The deadline bounds it too. */
        public Builder waiting(WaiterConfig waiting) {
            this.waiting = waiting;
            return this;
        }

        /** The most the whole move may take; null (the default) for no limit. */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * Whether to check the target before the detach (default true): it exists, its state accepts an
         * attachment, it is in the interface's zone, the device index is free. Needs {@code
         * ec2:DescribeInstances}; turn it off only for a caller who may not describe instances.
         */
        public Builder verifyTarget(boolean verifyTarget) {
            this.verifyTarget = verifyTarget;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public MoveNetworkInterfaceRequest build() {
            return new MoveNetworkInterfaceRequest(this);
        }
    }
}
