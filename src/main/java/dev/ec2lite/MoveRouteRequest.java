package dev.ec2lite;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Ec2Client#moveRoute(MoveRouteRequest, MoveListener)} should do: the route tables (one or
 * more), the route's destination (an overlay address outside the VPC's range, such as {@code
 * 192.168.100.10/32}), the new target (a network interface or an instance), whether to turn the
 * target's source/destination check off first, how to poll while verifying, one deadline for the
 * whole move, and whether to check the target before anything changes (on by default). Immutable;
 * checked in {@link Builder#build()}, before any network I/O.
 */
public final class MoveRouteRequest {
    /** More tables than any VPC needs for one address; a guard against a runaway list. */
    static final int MAX_ROUTE_TABLES = 100;

    private final List<String> routeTableIds;
    private final String destinationCidrBlock;
    private final RouteTarget target;
    private final boolean disableSourceDestCheck;
    private final WaiterConfig waiting;
    private final Duration deadline;
    private final boolean verifyTarget;

    private MoveRouteRequest(Builder builder) {
        Objects.requireNonNull(builder.routeTableIds, "routeTableIds == null");
        if (builder.routeTableIds.isEmpty() || builder.routeTableIds.size() > MAX_ROUTE_TABLES) {
            throw new IllegalArgumentException(
                    "routeTableIds needs 1 to " + MAX_ROUTE_TABLES + " ids, has " + builder.routeTableIds.size());
        }
        List<String> ids = DescribeParameters.ids(builder.routeTableIds, "routeTableIds");
        Set<String> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() != ids.size()) {
            throw new IllegalArgumentException("routeTableIds names a table twice: " + ids);
        }
        this.routeTableIds = ids;
        this.destinationCidrBlock = ReplaceRouteRequest.checkCidr(builder.destinationCidrBlock, "destinationCidrBlock");
        this.target = Objects.requireNonNull(builder.target, "target == null: set networkInterfaceId or instanceId");
        this.disableSourceDestCheck = builder.disableSourceDestCheck;
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

    /** The tables whose route is moved, in the order they are changed. */
    public List<String> routeTableIds() {
        return routeTableIds;
    }

    public String destinationCidrBlock() {
        return destinationCidrBlock;
    }

    public RouteTarget target() {
        return target;
    }

    /** Whether the target's source/destination check is turned off before the routes are replaced. */
    public boolean disableSourceDestCheck() {
        return disableSourceDestCheck;
    }

    /** How the verification polls; the deadline bounds it too. */
    public WaiterConfig waiting() {
        return waiting;
    }

    /** The most the whole move may take, look-up to verification; empty for no limit. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the target is described and checked before any route is replaced. */
    public boolean verifyTarget() {
        return verifyTarget;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoveRouteRequest that
                && routeTableIds.equals(that.routeTableIds)
                && destinationCidrBlock.equals(that.destinationCidrBlock)
                && target.equals(that.target)
                && disableSourceDestCheck == that.disableSourceDestCheck
                && waiting.equals(that.waiting)
                && Objects.equals(deadline, that.deadline)
                && verifyTarget == that.verifyTarget;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                routeTableIds, destinationCidrBlock, target, disableSourceDestCheck, waiting, deadline, verifyTarget);
    }

    @Override
    public String toString() {
        return "MoveRouteRequest{routeTableIds=" + routeTableIds + ", destinationCidrBlock=" + destinationCidrBlock
                + ", target=" + target + ", disableSourceDestCheck=" + disableSourceDestCheck + ", waiting=" + waiting
                + (deadline != null ? ", deadline=" + deadline : "") + ", verifyTarget=" + verifyTarget + "}";
    }

    /** Builds a {@link MoveRouteRequest}; tables, destination and one target are required. */
    public static final class Builder {
        private List<String> routeTableIds;
        private String destinationCidrBlock;
        private RouteTarget target;
        private boolean disableSourceDestCheck;
        private WaiterConfig waiting;
        private Duration deadline;
        private boolean verifyTarget = true;

        private Builder() {}

        /** The route tables, each holding a route for the destination; changed in this order. */
        public Builder routeTableIds(List<String> routeTableIds) {
            this.routeTableIds = routeTableIds == null ? null : List.copyOf(routeTableIds);
            return this;
        }

        public Builder routeTableIds(String... routeTableIds) {
            return routeTableIds(List.of(routeTableIds));
        }

        /** The route's IPv4 destination, such as {@code 192.168.100.10/32}. */
        public Builder destinationCidrBlock(String destinationCidrBlock) {
            this.destinationCidrBlock = destinationCidrBlock;
            return this;
        }

        public Builder target(RouteTarget target) {
            this.target = target;
            return this;
        }

        /** Route to this network interface (the standby's). */
        public Builder networkInterfaceId(String networkInterfaceId) {
            return target(RouteTarget.networkInterface(networkInterfaceId));
        }

        /** Route to this instance (it must have exactly one network interface). */
        public Builder instanceId(String instanceId) {
            return target(RouteTarget.instance(instanceId));
        }

        /**
         * Turn the target's source/destination check off before replacing the routes (default false):
         * an instance forwards traffic for an overlay address only with the check off. Needs {@code
         * ec2:ModifyNetworkInterfaceAttribute} or {@code ec2:ModifyInstanceAttribute}.
         */
        public Builder disableSourceDestCheck(boolean disableSourceDestCheck) {
            this.disableSourceDestCheck = disableSourceDestCheck;
            return this;
        }

        /** How the verification polls; null for {@link WaiterConfig#DEFAULT}. The deadline bounds it too. */
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
         * Whether to check the target before any route changes (default true): it exists, it is in the
         * route tables' VPC, and (for an instance) it has one network interface. Needs {@code
         * ec2:DescribeNetworkInterfaces} or {@code ec2:DescribeInstances}.
         */
        public Builder verifyTarget(boolean verifyTarget) {
            this.verifyTarget = verifyTarget;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public MoveRouteRequest build() {
            return new MoveRouteRequest(this);
        }
    }
}
