package dev.ec2lite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A route table as {@code DescribeRouteTables} reports it: its VPC, its routes and its associations.
 * Text fields EC2 left out are empty strings. The whole answer stays reachable through {@link
 * DescribeRouteTablesResponse#xml()}.
 */
public record RouteTable(
        String routeTableId,
        String vpcId,
        String ownerId,
        List<Route> routes,
        List<Association> associations,
        Map<String, String> tags) {
    public RouteTable {
        routes = List.copyOf(routes);
        associations = List.copyOf(associations);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * One route. A route to an instance or interface names both when the interface is attached.
     *
     * @param gatewayId {@code local} for the VPC's own range, an internet gateway's id …
     * @param state {@code active}, or {@code blackhole} when its target is gone or stopped
     * @param origin {@code CreateRouteTable}, {@code CreateRoute} or {@code EnableVgwRoutePropagation}
     */
    public record Route(
            String destinationCidrBlock,
            String gatewayId,
            String instanceId,
            String networkInterfaceId,
            String state,
            String origin) {
        /** Whether the route sends its traffic to {@code target}. */
        public boolean pointsAt(RouteTarget target) {
            return switch (target.kind()) {
                case NETWORK_INTERFACE -> networkInterfaceId.equals(target.id());
                case INSTANCE -> instanceId.equals(target.id());
            };
        }

        /** A short line for logs: {@code 192.168.100.10/32 -> eni-… (i-…), active}. */
        public String describe() {
            String to;
            if (!networkInterfaceId.isEmpty()) {
                to = networkInterfaceId + (instanceId.isEmpty() ? "" : " (" + instanceId + ")");
            } else if (!instanceId.isEmpty()) {
                to = instanceId;
            } else {
                to = gatewayId.isEmpty() ? "no target" : gatewayId;
            }
            return destinationCidrBlock + " -> " + to + (state.isEmpty() ? "" : ", " + state);
        }
    }

    /** A subnet (or, for the main table, the VPC) the table is associated with. */
    public record Association(String routeTableAssociationId, String subnetId, boolean main, String state) {}

    /** The route for exactly {@code destinationCidrBlock}, if the table has one. */
    public Optional<Route> route(String destinationCidrBlock) {
        return routes.stream()
                .filter(route -> route.destinationCidrBlock().equals(destinationCidrBlock))
                .findFirst();
    }

    /** Whether this is its VPC's main route table. */
    public boolean main() {
        return associations.stream().anyMatch(Association::main);
    }

    /** A short line for logs: the id, the VPC and the routes. */
    public String describe() {
        return routeTableId + " in " + vpcId + ": "
                + routes.stream().map(Route::describe).collect(Collectors.joining("; "));
    }
}
