package dev.ec2lite;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Ec2Client#moveAddress(MoveAddressRequest, MoveListener)} should do: the Elastic IP
 * (its allocation id), the target (an instance, or a network interface with an optional private
 * address), how to poll while verifying the result, one deadline for the whole move, and whether to
 * check the target before anything changes (on by default). Immutable; checked in {@link
 * Builder#build()}, before any network I/O.
 */
public final class MoveAddressRequest {
    private final String allocationId;
    private final String instanceId;
    private final String networkInterfaceId;
    private final String privateIpAddress;
    private final WaiterConfig waiting;
    private final Duration deadline;
    private final boolean verifyTarget;

    private MoveAddressRequest(Builder builder) {
        // The association the move will ask for passes the same checks, with the same field names.
        AssociateAddressRequest.builder()
                .allocationId(builder.allocationId)
                .instanceId(builder.instanceId)
                .networkInterfaceId(builder.networkInterfaceId)
                .privateIpAddress(builder.privateIpAddress)
                .build();
        if (builder.privateIpAddress != null && builder.instanceId != null) {
            throw new IllegalArgumentException("privateIpAddress needs networkInterfaceId, not instanceId");
        }
        this.allocationId = builder.allocationId;
        this.instanceId = builder.instanceId;
        this.networkInterfaceId = builder.networkInterfaceId;
        this.privateIpAddress = builder.privateIpAddress;
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

    public String allocationId() {
        return allocationId;
    }

    /** The target instance (its primary interface's primary address), when the target is an instance. */
    public Optional<String> instanceId() {
        return Optional.ofNullable(instanceId);
    }

    /** The target network interface, when the target is an interface. */
    public Optional<String> networkInterfaceId() {
        return Optional.ofNullable(networkInterfaceId);
    }

    /** The target interface's private address; absent: its primary address. */
    public Optional<String> privateIpAddress() {
        return Optional.ofNullable(privateIpAddress);
    }

    /** How the result is polled until {@code DescribeAddresses} shows it. */
    public WaiterConfig waiting() {
        return waiting;
    }

    /** The most the whole move may take, look-up to verified result; empty for no limit. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the target is described and checked before the association. */
    public boolean verifyTarget() {
        return verifyTarget;
    }

    /** The target for messages: the instance, or the interface and its address. */
    String target() {
        return instanceId != null
                ? instanceId
                : networkInterfaceId + (privateIpAddress != null ? " " + privateIpAddress : "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoveAddressRequest that
                && allocationId.equals(that.allocationId)
                && Objects.equals(instanceId, that.instanceId)
                && Objects.equals(networkInterfaceId, that.networkInterfaceId)
                && Objects.equals(privateIpAddress, that.privateIpAddress)
                && waiting.equals(that.waiting)
                && Objects.equals(deadline, that.deadline)
                && verifyTarget == that.verifyTarget;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                allocationId, instanceId, networkInterfaceId, privateIpAddress, waiting, deadline, verifyTarget);
    }

    @Override
    public String toString() {
        return "MoveAddressRequest{allocationId=" + allocationId + ", target=" + target() + ", waiting=" + waiting
                + (deadline != null ? ", deadline=" + deadline : "") + ", verifyTarget=" + verifyTarget + "}";
    }

    /** Builds a {@link MoveAddressRequest}; the allocation id and one target are required. */
    public static final class Builder {
        private String allocationId;
        private String instanceId;
        private String networkInterfaceId;
        private String privateIpAddress;
        private WaiterConfig waiting;
        private Duration deadline;
        private boolean verifyTarget = true;

        private Builder() {}

        /** The Elastic IP to move, by its allocation id ({@code eipalloc-…}). */
        public Builder allocationId(String allocationId) {
            this.allocationId = allocationId;
            return this;
        }

        /** Move it to this instance's primary interface, on its primary private address. */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** Move it to this network interface. */
        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** With {@link #networkInterfaceId}: the interface's private address to use; null for its primary. */
        public Builder privateIpAddress(String privateIpAddress) {
            this.privateIpAddress = privateIpAddress;
            return this;
        }

        /** How the result is polled; null for {@link WaiterConfig#DEFAULT}. The deadline bounds it too. */
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
         * Whether to check the target before the association (default true): it exists, the private
         * address is one of its own, and it is in the VPC where the address is used now. Needs {@code
         * ec2:DescribeNetworkInterfaces} (and {@code ec2:DescribeInstances} for an instance target).
         */
        public Builder verifyTarget(boolean verifyTarget) {
            this.verifyTarget = verifyTarget;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public MoveAddressRequest build() {
            return new MoveAddressRequest(this);
        }
    }
}
