package dev.ec2lite;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code ReplaceRoute} as a fail-over uses it: the route table, the route's
 * IPv4 destination, and its new target, a network interface or an instance (exactly one); {@code
 * DryRun} is sent only when set. Immutable; checked in {@link Builder#build()}, before anything goes
 * on the network.
 */
public final class ReplaceRouteRequest {
    private final String routeTableId;
    private final String destinationCidrBlock;
    private final RouteTarget target;
    private final Boolean dryRun;

    private ReplaceRouteRequest(Builder builder) {
        this.routeTableId = DetachNetworkInterfaceRequest.checkId(builder.routeTableId, "routeTableId");
        this.destinationCidrBlock = checkCidr(builder.destinationCidrBlock, "destinationCidrBlock");
        this.target = Objects.requireNonNull(builder.target, "target == null: set networkInterfaceId or instanceId");
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Points the route for {@code destinationCidrBlock} in {@code routeTableId} at {@code target}. */
    public static ReplaceRouteRequest of(String routeTableId, String destinationCidrBlock, RouteTarget target) {
        return builder()
                .routeTableId(routeTableId)
                .destinationCidrBlock(destinationCidrBlock)
                .target(target)
                .build();
    }

    public Builder toBuilder() {
        return builder()
                .routeTableId(routeTableId)
                .destinationCidrBlock(destinationCidrBlock)
                .target(target)
                .dryRun(dryRun);
    }

    public String routeTableId() {
        return routeTableId;
    }

    /** The route's IPv4 destination, such as {@code 192.168.100.10/32}. */
    public String destinationCidrBlock() {
        return destinationCidrBlock;
    }

    public RouteTarget target() {
        return target;
    }

    /** {@code DryRun}, when set: only check permissions; nothing is replaced. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    /**
     * Checks an IPv4 CIDR block: four decimal octets of 0 to 255 and a prefix length of 0 to 32, as
     * {@code 192.168.100.10/32}. The message names the field.
     */
    static String checkCidr(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        int slash = value.indexOf('/');
        String[] octets = slash < 0 ? new String[0] : value.substring(0, slash).split("\\.", -1);
        boolean valid = octets.length == 4 && number(value.substring(slash + 1), 32);
        for (int i = 0; valid && i < octets.length; i++) {
            valid = number(octets[i], 255);
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    field + " must be an IPv4 CIDR block such as 192.168.100.10/32: '" + value + "'");
        }
        return value;
    }

    /** 1 to 3 decimal digits, at most {@code max}. */
    private static boolean number(String text, int max) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(text) <= max;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplaceRouteRequest that
                && routeTableId.equals(that.routeTableId)
                && destinationCidrBlock.equals(that.destinationCidrBlock)
                && target.equals(that.target)
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routeTableId, destinationCidrBlock, target, dryRun);
    }

    @Override
    public String toString() {
        return "ReplaceRouteRequest{routeTableId=" + routeTableId + ", destinationCidrBlock=" + destinationCidrBlock
                + ", target=" + target + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link ReplaceRouteRequest}; table, destination and one target are required. */
    public static final class Builder {
        private String routeTableId;
        private String destinationCidrBlock;
        private RouteTarget target;
        private Boolean dryRun;

        private Builder() {}

        public Builder routeTableId(String routeTableId) {
            this.routeTableId = routeTableId;
            return this;
        }

        public Builder destinationCidrBlock(String destinationCidrBlock) {
            this.destinationCidrBlock = destinationCidrBlock;
            return this;
        }

        /** The new target; replaces one set before. */
        public Builder target(RouteTarget target) {
            this.target = target;
            return this;
        }

        /** The new target is this network interface. */
        public Builder networkInterfaceId(String networkInterfaceId) {
            return target(RouteTarget.networkInterface(networkInterfaceId));
        }

        /** The new target is this instance (it must have exactly one network interface). */
        public Builder instanceId(String instanceId) {
            return target(RouteTarget.instance(instanceId));
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public ReplaceRouteRequest build() {
            return new ReplaceRouteRequest(this);
        }
    }
}
