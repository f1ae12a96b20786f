package dev.ec2lite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code AssignPrivateIpAddresses}: the interface (required), and either the
 * secondary addresses to assign ({@code PrivateIpAddress.N}) or how many EC2 should pick ({@code
 * SecondaryPrivateIpAddressCount}), never both; {@code AllowReassignment} lets an address move from
 * another interface. Immutable; checked in {@link Builder#build()}, before any network I/O.
 *
 * <p>EC2 offers no {@code DryRun} for this action (nor does the AWS CLI a {@code --dry-run}), so
 * neither does this request.
 */
public final class AssignPrivateIpAddressesRequest {
    /** Far more than any instance type allows on one interface (the largest allow 50). */
    static final int MAX_ADDRESSES = 100;

    private final String networkInterfaceId;
    private final List<String> privateIpAddresses;
    private final Integer secondaryPrivateIpAddressCount;
    private final Boolean allowReassignment;

    private AssignPrivateIpAddressesRequest(Builder builder) {
        this.networkInterfaceId =
                DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
        this.privateIpAddresses = addresses(builder.privateIpAddresses, "privateIpAddresses");
        Integer count = builder.secondaryPrivateIpAddressCount;
        if (count != null && (count < 1 || count > MAX_ADDRESSES)) {
            throw new IllegalArgumentException(
                    "secondaryPrivateIpAddressCount must be 1 to " + MAX_ADDRESSES + ": " + count);
        }
        if (count != null && !privateIpAddresses.isEmpty()) {
            throw new IllegalArgumentException(
                    "privateIpAddresses and secondaryPrivateIpAddressCount cannot be used together");
        }
        if (count == null && privateIpAddresses.isEmpty()) {
            throw new IllegalArgumentException("privateIpAddresses or secondaryPrivateIpAddressCount is required");
        }
        this.secondaryPrivateIpAddressCount = count;
        this.allowReassignment = builder.allowReassignment;
    }

    /** A checked, unmodifiable copy of caller-given addresses: each an IPv4 address, none twice. */
    static List<String> addresses(List<String> addresses, String field) {
        if (addresses.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException(field + " has more than " + MAX_ADDRESSES + " addresses");
        }
        List<String> copy = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            copy.add(Ipv4Address.check(address, field));
        }
        if (new LinkedHashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(field + " names an address twice: " + copy);
        }
        return Collections.unmodifiableList(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Moves {@code privateIpAddress} to {@code networkInterfaceId}, from wherever it is now. */
    public static AssignPrivateIpAddressesRequest reassign(String networkInterfaceId, String privateIpAddress) {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddresses(privateIpAddress)
                .allowReassignment(true)
                .build();
    }

    public Builder toBuilder() {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddresses(privateIpAddresses)
                .secondaryPrivateIpAddressCount(secondaryPrivateIpAddressCount)
                .allowReassignment(allowReassignment);
    }

    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    /** The addresses to assign; empty when EC2 is to pick them. */
    public List<String> privateIpAddresses() {
        return privateIpAddresses;
    }

    /** How many addresses EC2 should pick in the interface's subnet; empty when they are named. */
    public Optional<Integer> secondaryPrivateIpAddressCount() {
        return Optional.ofNullable(secondaryPrivateIpAddressCount);
    }

    /** {@code AllowReassignment}, when set: take an address from the interface that has it now. */
    public Optional<Boolean> allowReassignment() {
        return Optional.ofNullable(allowReassignment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssignPrivateIpAddressesRequest that
                && networkInterfaceId.equals(that.networkInterfaceId)
                && privateIpAddresses.equals(that.privateIpAddresses)
                && Objects.equals(secondaryPrivateIpAddressCount, that.secondaryPrivateIpAddressCount)
                && Objects.equals(allowReassignment, that.allowReassignment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceId, privateIpAddresses, secondaryPrivateIpAddressCount, allowReassignment);
    }

    @Override
    public String toString() {
        return "AssignPrivateIpAddressesRequest{networkInterfaceId=" + networkInterfaceId
                + (privateIpAddresses.isEmpty() ? "" : ", privateIpAddresses=" + privateIpAddresses)
                + (secondaryPrivateIpAddressCount != null
                        ? ", secondaryPrivateIpAddressCount=" + secondaryPrivateIpAddressCount
                        : "")
                + (allowReassignment != null ? ", allowReassignment=" + allowReassignment : "") + "}";
    }

    /** Builds an {@link AssignPrivateIpAddressesRequest}. */
    public static final class Builder {
        private String networkInterfaceId;
        private final List<String> privateIpAddresses = new ArrayList<>();
        private Integer secondaryPrivateIpAddressCount;
        private Boolean allowReassignment;

        private Builder() {}

        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** Replaces the addresses to assign. */
        public Builder privateIpAddresses(List<String> addresses) {
            Objects.requireNonNull(addresses, "privateIpAddresses == null");
            privateIpAddresses.clear();
            for (String address : addresses) {
                privateIpAddresses.add(Objects.requireNonNull(address, "privateIpAddresses contains null"));
            }
            return this;
        }

        public Builder privateIpAddresses(String... addresses) {
            return privateIpAddresses(List.of(addresses));
        }

        /** 1 to 100 addresses for EC2 to pick; null leaves it out. Not with named addresses. */
        public Builder secondaryPrivateIpAddressCount(Integer count) {
            this.secondaryPrivateIpAddressCount = count;
            return this;
        }

        /** Null leaves {@code AllowReassignment} out of the request. */
        public Builder allowReassignment(Boolean allowReassignment) {
            this.allowReassignment = allowReassignment;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public AssignPrivateIpAddressesRequest build() {
            return new AssignPrivateIpAddressesRequest(this);
        }
    }
}
