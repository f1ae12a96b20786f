package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code AssociateAddress}: the Elastic IP's allocation id (required), and its
 * target, either an instance ({@code InstanceId}: the instance's only interface, its primary address)
 * or a network interface ({@code NetworkInterfaceId}, with {@code PrivateIpAddress} to choose one of its
 * addresses, else its primary one); {@code AllowReassociation} and {@code DryRun} are sent only when
 * set. Immutable; checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class AssociateAddressRequest {
    private final String allocationId;
    private final String instanceId;
    private final String networkInterfaceId;
    private final String privateIpAddress;
    private final Boolean allowReassociation;
    private final Boolean dryRun;

    private AssociateAddressRequest(Builder builder) {
        this.allocationId = DetachNetworkInterfaceRequest.checkId(builder.allocationId, "allocationId");
        if ((builder.instanceId == null) == (builder.networkInterfaceId == null)) {
            throw new IllegalArgumentException("give exactly one of instanceId and networkInterfaceId");
        }
        this.instanceId = builder.instanceId == null
                ? null
                : DetachNetworkInterfaceRequest.checkId(builder.instanceId, "instanceId");
        this.networkInterfaceId = builder.networkInterfaceId == null
                ? null
                : DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
        this.privateIpAddress = builder.privateIpAddress == null
                ? null
                : ElasticIpAddress.checkIpv4(builder.privateIpAddress, "privateIpAddress");
        this.allowReassociation = builder.allowReassociation;
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .allocationId(allocationId)
                .instanceId(instanceId)
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddress(privateIpAddress)
                .allowReassociation(allowReassociation)
                .dryRun(dryRun);
    }

    /** The Elastic IP's allocation id, such as {@code eipalloc-0123456789abcdef0}. */
    public String allocationId() {
        return allocationId;
    }

    /** The target instance, when the target is an instance. */
    public Optional<String> instanceId() {
        return Optional.ofNullable(instanceId);
    }

    /** The target network interface, when the target is an interface. */
    public Optional<String> networkInterfaceId() {
        return Optional.ofNullable(networkInterfaceId);
    }

    /** The private address of the target to associate with; absent: its primary address. */
    public Optional<String> privateIpAddress() {
        return Optional.ofNullable(privateIpAddress);
    }

    /** {@code AllowReassociation}, when set: take the address from wherever it is associated now. */
    public Optional<Boolean> allowReassociation() {
        return Optional.ofNullable(allowReassociation);
    }

    /** {@code DryRun}, when set: only check permissions; nothing is associated. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssociateAddressRequest that
                && allocationId.equals(that.allocationId)
                && Objects.equals(instanceId, that.instanceId)
                && Objects.equals(networkInterfaceId, that.networkInterfaceId)
                && Objects.equals(privateIpAddress, that.privateIpAddress)
                && Objects.equals(allowReassociation, that.allowReassociation)
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allocationId, instanceId, networkInterfaceId, privateIpAddress, allowReassociation, dryRun);
    }

    @Override
    public String toString() {
        return "AssociateAddressRequest{allocationId=" + allocationId
                + (instanceId != null ? ", instanceId=" + instanceId : "")
                + (networkInterfaceId != null ? ", networkInterfaceId=" + networkInterfaceId : "")
                + (privateIpAddress != null ? ", privateIpAddress=" + privateIpAddress : "")
                + (allowReassociation != null ? ", allowReassociation=" + allowReassociation : "")
                + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds an {@link AssociateAddressRequest}; the allocation id and one target are required. */
    public static final class Builder {
        private String allocationId;
        private String instanceId;
        private String networkInterfaceId;
        private String privateIpAddress;
        private Boolean allowReassociation;
        private Boolean dryRun;

        private Builder() {}

        public Builder allocationId(String allocationId) {
            this.allocationId = allocationId;
            return this;
        }

        /** The target instance; it must have exactly one network interface (EC2's rule). */
        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        /** The target network interface. */
        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** A dotted IPv4 address of the target; null for its primary address. */
        public Builder privateIpAddress(String privateIpAddress) {
            this.privateIpAddress = privateIpAddress;
            return this;
        }

        /** Null leaves {@code AllowReassociation} out of the request. */
        public Builder allowReassociation(Boolean allowReassociation) {
            this.allowReassociation = allowReassociation;
            return this;
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public AssociateAddressRequest build() {
            return new AssociateAddressRequest(this);
        }
    }
}
