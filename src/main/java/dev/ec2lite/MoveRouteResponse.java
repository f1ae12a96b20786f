package dev.ec2lite;

import java.util.List;

/**
 * The outcome of a route move: every table's route for the destination now points at the target.
 *
 * @param changedRouteTableIds the tables whose route this move replaced, in order
 * @param alreadyDoneRouteTableIds the tables whose route already pointed at the target (left alone)
 * @param sourceDestCheckDisabled whether this move turned the target's source/destination check off
 * @param routeTables the tables as the last describe showed them
 */
public record MoveRouteResponse(
        String destinationCidrBlock,
        RouteTarget target,
        List<String> changedRouteTableIds,
        List<String> alreadyDoneRouteTableIds,
        boolean sourceDestCheckDisabled,
        List<RouteTable> routeTables) {
    public MoveRouteResponse {
        changedRouteTableIds = List.copyOf(changedRouteTableIds);
        alreadyDoneRouteTableIds = List.copyOf(alreadyDoneRouteTableIds);
        routeTables = List.copyOf(routeTables);
    }
}
