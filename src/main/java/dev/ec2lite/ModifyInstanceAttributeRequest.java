package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code ModifyInstanceAttribute}: the instance and its new {@code
 * SourceDestCheck}; {@code DryRun} is sent only when set. Only the source/destination check is typed: the attribute a route through the instance needs. EC2 applies it to the instance's primary network interface.
 * Immutable; checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class ModifyInstanceAttributeRequest {
    private final String instanceId;
    private final boolean sourceDestCheck;
    private final Boolean dryRun;

    private ModifyInstanceAttributeRequest(Builder builder) {
        this.instanceId = DetachNetworkInterfaceRequest.checkId(builder.instanceId, "instanceId");
        this.sourceDestCheck = Objects.requireNonNull(builder.sourceDestCheck, "sourceDestCheck == null");
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Turns the source/destination check of {@code instanceId} on or off. */
    public static ModifyInstanceAttributeRequest sourceDestCheck(String instanceId, boolean enabled) {
        return builder().instanceId(instanceId).sourceDestCheck(enabled).build();
    }

    public Builder toBuilder() {
        return builder().instanceId(instanceId).sourceDestCheck(sourceDestCheck).dryRun(dryRun);
    }

    /** The instance, such as {@code i-0123456789abcdef0}. */
    public String instanceId() {
        return instanceId;
    }

    /** The new {@code SourceDestCheck}: false lets the instance forward traffic not addressed to it. */
    public boolean sourceDestCheck() {
        return sourceDestCheck;
    }

    /** {@code DryRun}, when set: only check permissions; nothing changes. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModifyInstanceAttributeRequest that
                && instanceId.equals(that.instanceId)
                && sourceDestCheck == that.sourceDestCheck
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instanceId, sourceDestCheck, dryRun);
    }

    @Override
    public String toString() {
        return "ModifyInstanceAttributeRequest{instanceId=" + instanceId + ", sourceDestCheck=" + sourceDestCheck
                + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link ModifyInstanceAttributeRequest}; the id and the source/destination check are required. */
    public static final class Builder {
        private String instanceId;
        private Boolean sourceDestCheck;
        private Boolean dryRun;

        private Builder() {}

        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
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
        public ModifyInstanceAttributeRequest build() {
            return new ModifyInstanceAttributeRequest(this);
        }
    }
}
