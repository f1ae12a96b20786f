package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code DisassociateAddress}: the association to remove (required) and {@code
 * DryRun}, sent only when set. Immutable; checked in {@link Builder#build()}, before any network I/O.
 */
public final class DisassociateAddressRequest {
    private final String associationId;
    private final Boolean dryRun;

    private DisassociateAddressRequest(Builder builder) {
        this.associationId = DetachNetworkInterfaceRequest.checkId(builder.associationId, "associationId");
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Disassociates {@code associationId}, no dry run. */
    public static DisassociateAddressRequest of(String associationId) {
        return builder().associationId(associationId).build();
    }

    public Builder toBuilder() {
        return new Builder().associationId(associationId).dryRun(dryRun);
    }

    /** The association id, such as {@code eipassoc-0123456789abcdef0}. */
    public String associationId() {
        return associationId;
    }

    /** {@code DryRun}, when set: only check permissions; nothing is disassociated. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisassociateAddressRequest that
                && associationId.equals(that.associationId)
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(associationId, dryRun);
    }

    @Override
    public String toString() {
        return "DisassociateAddressRequest{associationId=" + associationId
                + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link DisassociateAddressRequest}; the association id is required. */
    public static final class Builder {
        private String associationId;
        private Boolean dryRun;

        private Builder() {}

        public Builder associationId(String associationId) {
            this.associationId = associationId;
            return this;
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public DisassociateAddressRequest build() {
            return new DisassociateAddressRequest(this);
        }
    }
}
