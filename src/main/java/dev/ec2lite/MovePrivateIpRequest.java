package dev.ec2lite;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Ec2Client#moveSecondaryPrivateIp(MovePrivateIpRequest, MoveListener)} should do: the
 * secondary private IP to move, the interface to move it to, one deadline for the whole move, whether
 * to check the target before anything changes (on by default), and how to poll while verifying the
 * result. Immutable; checked in {@link Builder#build()}, before any network I/O.
 */
public final class MovePrivateIpRequest {
    private final String privateIpAddress;
    private final String networkInterfaceId;
    private final WaiterConfig waiting;
    private final Duration deadline;
    private final boolean verifyTarget;

    private MovePrivateIpRequest(Builder builder) {
        this.privateIpAddress = Ipv4Address.check(builder.privateIpAddress, "privateIpAddress");
        this.networkInterfaceId =
                DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
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

    /** The secondary private IPv4 address to move, such as {@code 10.0.1.100}. */
    public String privateIpAddress() {
        return privateIpAddress;
    }

    /** The interface to move it to. */
    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    /** How the result is polled for; the deadline bounds it too. */
    public WaiterConfig waiting() {
        return waiting;
    }

    /** The most the whole move may take, look-up to the verified result; empty for no limit. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the target interface is checked (exists, same VPC and subnet) before the reassignment. */
    public boolean verifyTarget() {
        return verifyTarget;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MovePrivateIpRequest that
                && privateIpAddress.equals(that.privateIpAddress)
                && networkInterfaceId.equals(that.networkInterfaceId)
                && waiting.equals(that.waiting)
                && Objects.equals(deadline, that.deadline)
                && verifyTarget == that.verifyTarget;
    }

    @Override
    public int hashCode() {
        return Objects.hash(privateIpAddress, networkInterfaceId, waiting, deadline, verifyTarget);
    }

    @Override
    public String toString() {
        return "MovePrivateIpRequest{privateIpAddress=" + privateIpAddress + ", networkInterfaceId="
                + networkInterfaceId + ", waiting=" + waiting + (deadline != null ? ", deadline=" + deadline : "")
                + ", verifyTarget=" + verifyTarget + "}";
    }

    /** Builds a {@link MovePrivateIpRequest}; the address and the target interface are required. */
    public static final class Builder {
        private String privateIpAddress;
        private String networkInterfaceId;
        private WaiterConfig waiting;
        private Duration deadline;
        private boolean verifyTarget = true;

        private Builder() {}

        public Builder privateIpAddress(String privateIpAddress) {
            this.privateIpAddress = privateIpAddress;
            return this;
        }

        /** The interface to move the address to. */
        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** How the result is polled for; null for {@link WaiterConfig#DEFAULT}. */
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
         * Whether to check the target before the reassignment (default true): it exists, and it is in
         * the subnet (so the VPC) of the interface that has the address now. Turning it off leaves EC2
         * to refuse a wrong target at the reassignment itself.
         */
        public Builder verifyTarget(boolean verifyTarget) {
            this.verifyTarget = verifyTarget;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public MovePrivateIpRequest build() {
            return new MovePrivateIpRequest(this);
        }
    }
}
