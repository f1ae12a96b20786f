package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * One answer to {@code DescribeRouteTables}: the route tables found, the request id, the token of the
 * next page (absent on the last page) and the XML for fields ec2lite does not type. {@link
 * Ec2Client#describeRouteTables} merges every page into one such answer (with the last page's XML).
 */
public record DescribeRouteTablesResponse(
        List<RouteTable> routeTables, Optional<String> requestId, XmlElement xml, Optional<String> nextToken) {
    public DescribeRouteTablesResponse {
        routeTables = List.copyOf(routeTables);
    }

    /** The route table {@code routeTableId}, if the answer holds it. */
    public Optional<RouteTable> find(String routeTableId) {
        return routeTables.stream()
                .filter(table -> table.routeTableId().equals(routeTableId))
                .findFirst();
    }
}
