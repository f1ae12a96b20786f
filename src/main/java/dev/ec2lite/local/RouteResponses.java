package dev.ec2lite.local;

import java.util.List;
import java.util.Optional;

/** The XML bodies EC2 answers the route actions with, element for element as in the API reference. */
final class RouteResponses {
    private RouteResponses() {}

    /** {@code ReplaceRoute}, {@code ModifyNetworkInterfaceAttribute}, {@code ModifyInstanceAttribute}: {@code return true}. */
    static String returnTrue(String action, String requestId) {
        return new XmlWriter()
                .start(action + "Response", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .element("return", "true")
                .end()
                .finish();
    }

    static String describeRouteTables(
            String requestId, List<LocalEc2State.RouteTable> tables, Optional<String> nextToken) {
        XmlWriter xml = new XmlWriter()
                .start("DescribeRouteTablesResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .start("routeTableSet");
        for (LocalEc2State.RouteTable table : tables) {
            xml.start("item")
                    .element("routeTableId", table.routeTableId())
                    .element("vpcId", table.vpcId())
                    .element("ownerId", Ec2Responses.OWNER_ID)
                    .start("routeSet");
            for (LocalEc2State.Route route : table.routes()) {
                route(xml, route);
            }
            xml.end().start("associationSet");
            table.associationId()
                    .ifPresent(id -> xml.start("item")
                            .element("routeTableAssociationId", id)
                            .element("routeTableId", table.routeTableId())
                            .element("main", Boolean.toString(table.main()))
                            .start("associationState")
                            .element("state", "associated")
                            .end()
                            .end());
            xml.end().empty("propagatingVgwSet").empty("tagSet").end();
        }
        xml.end();
        nextToken.ifPresent(token -> xml.element("nextToken", token));
        return xml.end().finish();
    }

    private static void route(XmlWriter xml, LocalEc2State.Route route) {
        xml.start("item").element("destinationCidrBlock", route.destinationCidrBlock());
        if (!route.gatewayId().isEmpty()) {
            xml.element("gatewayId", route.gatewayId());
        }
        if (!route.instanceId().isEmpty()) {
            xml.element("instanceId", route.instanceId()).element("instanceOwnerId", Ec2Responses.OWNER_ID);
        }
        if (!route.networkInterfaceId().isEmpty()) {
            xml.element("networkInterfaceId", route.networkInterfaceId());
        }
        xml.element("state", route.state()).element("origin", route.origin()).end();
    }
}
