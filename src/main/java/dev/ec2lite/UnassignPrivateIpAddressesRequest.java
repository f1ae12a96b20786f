package dev.ec2lite;

import java.util.List;
import java.util.Objects;

/**
 * The parameters of EC2 {@code UnassignPrivateIpAddresses}: the interface and the secondary
 * addresses to release from it (both required). Immutable; checked in {@link Builder#build()}, before
 * any network I/O. EC2 offers no {@code DryRun} for this action, so neither does this request.
 */
public final class UnassignPrivateIpAddressesRequest {
    private final String networkInterfaceId;
    private final List<String> privateIpAddresses;

    private UnassignPrivateIpAddressesRequest(Builder builder) {
        this.networkInterfaceId =
                DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
        Objects.requireNonNull(builder.privateIpAddresses, "privateIpAddresses == null");
        this.privateIpAddresses =
                AssignPrivateIpAddressesRequest.addresses(builder.privateIpAddresses, "privateIpAddresses");
        if (privateIpAddresses.isEmpty()) {
            throw new IllegalArgumentException("privateIpAddresses is empty: name at least one address");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Releases {@code privateIpAddresses} from {@code networkInterfaceId}. */
    public static UnassignPrivateIpAddressesRequest of(String networkInterfaceId, String... privateIpAddresses) {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddresses(List.of(privateIpAddresses))
                .build();
    }

    public Builder toBuilder() {
        return builder().networkInterfaceId(networkInterfaceId).privateIpAddresses(privateIpAddresses);
    }

    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    public List<String> privateIpAddresses() {
        return privateIpAddresses;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnassignPrivateIpAddressesRequest that
                && networkInterfaceId.equals(that.networkInterfaceId)
                && privateIpAddresses.equals(that.privateIpAddresses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceId, privateIpAddresses);
    }

    @Override
    public String toString() {
        return "UnassignPrivateIpAddressesRequest{networkInterfaceId=" + networkInterfaceId + ", privateIpAddresses="
                + privateIpAddresses + "}";
    }

    /** Builds an {@link UnassignPrivateIpAddressesRequest}; interface and addresses are required. */
    public static final class Builder {
        private String networkInterfaceId;
        private List<String> privateIpAddresses;

        private Builder() {}

        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** The secondary addresses to release; a primary address cannot be released. */
        public Builder privateIpAddresses(List<String> privateIpAddresses) {
            this.privateIpAddresses = privateIpAddresses == null ? null : List.copyOf(privateIpAddresses);
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public UnassignPrivateIpAddressesRequest build() {
            return new UnassignPrivateIpAddressesRequest(this);
        }
    }
}
