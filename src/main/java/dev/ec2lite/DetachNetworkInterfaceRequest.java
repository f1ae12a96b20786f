package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code DetachNetworkInterface}: the attachment to remove (required), and
 * {@code Force} and {@code DryRun}, each sent only when set. Immutable; checked in {@link
 * Builder#build()}, before anything goes on the network.
 */
public final class DetachNetworkInterfaceRequest {
    /** Far beyond any real id; a guard against sending a runaway string. */
    private static final int MAX_ID_LENGTH = 255;

    private final String attachmentId;
    private final Boolean force;
    private final Boolean dryRun;

    private DetachNetworkInterfaceRequest(Builder builder) {
        this.attachmentId = checkId(builder.attachmentId, "attachmentId");
        this.force = builder.force;
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().attachmentId(attachmentId).force(force).dryRun(dryRun);
    }

    /** The attachment id, such as {@code eni-attach-0123456789abcdef0}. */
    public String attachmentId() {
        return attachmentId;
    }

    /** {@code Force}, when set: detach even if the instance does not answer (a failed instance). */
    public Optional<Boolean> force() {
        return Optional.ofNullable(force);
    }

    /** {@code DryRun}, when set: only check permissions; nothing is detached. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    /**
     * Checks an EC2 id given by a caller: not null, not blank, no white space or control characters,
     * not absurdly long. The message names the field.
     */
    static String checkId(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(
                        field + " contains a control or white-space character at index " + i);
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetachNetworkInterfaceRequest that
                && attachmentId.equals(that.attachmentId)
                && Objects.equals(force, that.force)
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attachmentId, force, dryRun);
    }

    @Override
    public String toString() {
        return "DetachNetworkInterfaceRequest{attachmentId=" + attachmentId
                + (force != null ? ", force=" + force : "")
                + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link DetachNetworkInterfaceRequest}; the attachment id is required. */
    public static final class Builder {
        private String attachmentId;
        private Boolean force;
        private Boolean dryRun;

        private Builder() {}

        public Builder attachmentId(String attachmentId) {
            this.attachmentId = attachmentId;
            return this;
        }

        /** Null leaves {@code Force} out of the request. */
        public Builder force(Boolean force) {
            this.force = force;
            return this;
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public DetachNetworkInterfaceRequest build() {
            return new DetachNetworkInterfaceRequest(this);
        }
    }
}
