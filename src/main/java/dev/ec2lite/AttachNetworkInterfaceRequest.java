package dev.ec2lite;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The parameters of EC2 {@code AttachNetworkInterface}. Immutable; checked in {@link Builder#build()},
 * before any network I/O.
 */
public final class AttachNetworkInterfaceRequest {
    private final String networkInterfaceId;
    private final String instanceId;
    private final int deviceIndex;
    private final boolean dryRun;
    private final OptionalInt networkCardIndex;

    private AttachNetworkInterfaceRequest(Builder builder) {
        this.networkInterfaceId =
                DetachNetworkInterfaceRequest.checkId(builder.networkInterfaceId, "networkInterfaceId");
        this.instanceId = DetachNetworkInterfaceRequest.checkId(builder.instanceId, "instanceId");
        if (builder.deviceIndex == null) {
            throw new NullPointerException("deviceIndex == null");
        }
        if (builder.deviceIndex < 0) {
            throw new IllegalArgumentException("deviceIndex is negative: " + builder.deviceIndex);
        }
        if (builder.networkCardIndex != null && builder.networkCardIndex < 0) {
            throw new IllegalArgumentException("networkCardIndex is negative: " + builder.networkCardIndex);
        }
        this.deviceIndex = builder.deviceIndex;
        this.dryRun = builder.dryRun;
        this.networkCardIndex =
                builder.networkCardIndex == null ? OptionalInt.empty() : OptionalInt.of(builder.networkCardIndex);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A request that leaves the network card to EC2. */
    public static AttachNetworkInterfaceRequest of(String networkInterfaceId, String instanceId, int deviceIndex) {
        return builder()
                .networkInterfaceId(networkInterfaceId)
                .instanceId(instanceId)
                .deviceIndex(deviceIndex)
                .build();
    }

    public Builder toBuilder() {
        Builder builder = builder()
                .networkInterfaceId(networkInterfaceId)
                .instanceId(instanceId)
                .deviceIndex(deviceIndex)
                .dryRun(dryRun);
        networkCardIndex.ifPresent(builder::networkCardIndex);
        return builder;
    }

    public String networkInterfaceId() {
        return networkInterfaceId;
    }

    public String instanceId() {
        return instanceId;
    }

    /** The instance's device slot; 0 is the primary interface, so fail-over uses 1 or more. */
    public int deviceIndex() {
        return deviceIndex;
    }

    /** Only check permissions. */
    public boolean dryRun() {
        return dryRun;
    }

    /** The network card to attach to; absent lets EC2 use card 0. */
    public OptionalInt networkCardIndex() {
        return networkCardIndex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttachNetworkInterfaceRequest that
                && networkInterfaceId.equals(that.networkInterfaceId)
                && instanceId.equals(that.instanceId)
                && deviceIndex == that.deviceIndex
                && dryRun == that.dryRun
                && networkCardIndex.equals(that.networkCardIndex);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceId, instanceId, deviceIndex, dryRun, networkCardIndex);
    }

    @Override
    public String toString() {
        return "AttachNetworkInterfaceRequest{networkInterfaceId=" + networkInterfaceId + ", instanceId=" + instanceId
                + ", deviceIndex=" + deviceIndex
                + (networkCardIndex.isPresent() ? ", networkCardIndex=" + networkCardIndex.getAsInt() : "")
                + (dryRun ? ", dryRun=true" : "") + "}";
    }

    /** Builds an {@link AttachNetworkInterfaceRequest}; interface, instance and device index are required. */
    public static final class Builder {
        private String networkInterfaceId;
        private String instanceId;
        private Integer deviceIndex;
        private boolean dryRun;
        private Integer networkCardIndex;

        private Builder() {}

        public Builder networkInterfaceId(String networkInterfaceId) {
            this.networkInterfaceId = networkInterfaceId;
            return this;
        }

        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        public Builder deviceIndex(int deviceIndex) {
            this.deviceIndex = deviceIndex;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Null lets EC2 choose (card 0). */
        public Builder networkCardIndex(Integer networkCardIndex) {
            this.networkCardIndex = networkCardIndex;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public AttachNetworkInterfaceRequest build() {
            return new AttachNetworkInterfaceRequest(this);
        }
    }
}
