package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.MoveListener;
import dev.ec2lite.MoveRouteRequest;
import dev.ec2lite.MoveRouteResponse;
import dev.ec2lite.RouteTable;
import dev.ec2lite.WaiterConfig;
import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.PrintWriter;

/**
 * The demo's route pattern, as Pacemaker's {@code aws-vpc-move-ip} does it: the overlay route moves to
 * the standby's primary interface, whose source/destination check is turned off so that it may forward
 * the overlay address's traffic; a second move finds the route already there.
 */
final class RouteDemoStep {
    private RouteDemoStep() {}

    static void run(Ec2Client ec2, LocalEc2Endpoint endpoint, PrintWriter out, WaiterConfig waiting) {
        String target = PrivateIpDemoStep.standbyPrimaryInterface(endpoint);
        MoveListener progress = (step, detail) -> out.println("    " + step + ": " + detail);
        MoveRouteRequest request = MoveRouteRequest.builder()
                .routeTableIds(LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID)
                .destinationCidrBlock(LocalEc2Endpoint.OVERLAY_CIDR)
                .networkInterfaceId(target)
                .disableSourceDestCheck(true)
                .waiting(waiting)
                .build();
        out.println();
        out.println("Route: move the overlay route " + LocalEc2Endpoint.OVERLAY_CIDR + " in "
                + LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID + " to the standby's primary interface " + target
                + ", turning its source/destination check off (the standby is stopped, so EC2 shows the route as"
                + " blackhole until it runs again)");
        MoveRouteResponse moved = ec2.moveRoute(request, progress);
        out.println("    -> " + describe(moved));
        out.println("Route: the same move again");
        MoveRouteResponse again = ec2.moveRoute(request, progress);
        out.println("    -> " + (again.changedRouteTableIds().isEmpty() ? "nothing to do, " : "moved again?! ")
                + describe(again));
    }

    private static String describe(MoveRouteResponse response) {
        return response.routeTables().stream()
                .map(RouteTable::describe)
                .reduce((a, b) -> a + "; " + b)
                .orElse("no route table");
    }
}
