package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one {@code routeTableSet/item} of EC2's XML into a {@link RouteTable}. */
final class RouteTableXml {
    private RouteTableXml() {}

    static RouteTable read(XmlElement item) {
        List<RouteTable.Route> routes = new ArrayList<>();
        for (XmlElement route : AnswerXml.items(item, "routeSet")) {
            routes.add(new RouteTable.Route(
                    text(route, "destinationCidrBlock"),
                    text(route, "gatewayId"),
                    text(route, "instanceId"),
                    text(route, "networkInterfaceId"),
                    text(route, "state"),
                    text(route, "origin")));
        }
        List<RouteTable.Association> associations = new ArrayList<>();
        for (XmlElement association : AnswerXml.items(item, "associationSet")) {
            associations.add(new RouteTable.Association(
                    text(association, "routeTableAssociationId"),
                    text(association, "subnetId"),
                    AnswerXml.bool(association, "main").orElse(false),
                    association
                            .find("associationState", "state")
                            .map(XmlElement::text)
                            .orElse("")));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : AnswerXml.items(item, "tagSet")) {
            tags.put(text(tag, "key"), text(tag, "value"));
        }
        return new RouteTable(
                text(item, "routeTableId"), text(item, "vpcId"), text(item, "ownerId"), routes, associations, tags);
    }

    private static String text(XmlElement parent, String name) {
        return parent.childText(name).orElse("");
    }
}
