package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code ModifyNetworkInterfaceAttribute}: the network interface and its new {@code
 * SourceDestCheck}; {@code DryRun} is sent only when set. Only the source/destination check is typed: the attribute a route through the interface needs.
 * Immutable; checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class ModifyNetworkInterfaceAttributeRequest {
    private final String networkInterfaceId;
    private final boolean sourceDestCheck;
    private final Boolean dryRun;

    private ModifyNetworkInterfaceAttributeRequest(Builder builder) {
        this.networkInterfaceId =
                DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
        this.sourceDestCheck = Objects.requireNonNull(builder.sourceDestCheck, "sourceDestCheck == null");
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Turns the source/destination check of {@code networkInterfaceId} on or off. */
    public static ModifyNetworkInterfaceAttributeRequest sourceDestCheck(String networkInterfaceId, boolean enabled) {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .sourceDestCheck(enabled)
                .build();
    }

    public Builder toBuilder() {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .sourceDestCheck(sourceDestCheck)
                .dryRun(dryRun);
    }

    /** The network interface, such as {@code eni-0123456789abcdef0}. */
    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    /** The new {@code SourceDestCheck}: false lets the network interface forward traffic not addressed to it. */
    public boolean sourceDestCheck() {
        return sourceDestCheck;
    }

    /** {@code DryRun}, when set: only check permissions; nothing changes. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModifyNetworkInterfaceAttributeRequest that
                && networkInterfaceId.equals(that.networkInterfaceId)
                && sourceDestCheck == that.sourceDestCheck
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceId, sourceDestCheck, dryRun);
    }

    @Override
    public String toString() {
        return "ModifyNetworkInterfaceAttributeRequest{networkInterfaceId=" + networkInterfaceId + ", sourceDestCheck="
                + sourceDestCheck + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link ModifyNetworkInterfaceAttributeRequest}; the id and the source/destination check are required. */
    public static final class Builder {
        private String networkInterfaceId;
        private Boolean sourceDestCheck;
        private Boolean dryRun;

        private Builder() {}

        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        /** The new {@code SourceDestCheck.Value}; required. */
        public Builder sourceDestCheck(Boolean sourceDestCheck) {
            this.sourceDestCheck = sourceDestCheck;
            return this;
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public ModifyNetworkInterfaceAttributeRequest build() {
            return new ModifyNetworkInterfaceAttributeRequest(this);
        }
    }
}
