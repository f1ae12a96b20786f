package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code networkInterfaceSet/item} of EC2's XML into a {@link NetworkInterface}. */
final class NetworkInterfaceXml {
    private NetworkInterfaceXml() {}

    static NetworkInterface read(XmlElement item) {
        return new NetworkInterface(
                text(item, "networkInterfaceId"),
                text(item, "status"),
                text(item, "interfaceType"),
                text(item, "description"),
                text(item, "subnetId"),
                text(item, "vpcId"),
                text(item, "availabilityZone"),
                text(item, "macAddress"),
                text(item, "privateIpAddress"),
                privateIpAddresses(item),
                AnswerXml.items(item, "ipv6AddressesSet").stream()
                        .map(address -> text(address, "ipv6Address"))
                        .toList(),
                AnswerXml.items(item, "groupSet").stream()
                        .map(group ->
                                new NetworkInterface.SecurityGroup(text(group, "groupId"), text(group, "groupName")))
                        .toList(),
                tags(item),
                // EC2's default: an interface checks source and destination unless told otherwise.
                !"false".equals(text(item, "sourceDestCheck")),
                item.child("attachment")
                        .filter(a -> a.childText("attachmentId").isPresent())
                        .map(NetworkInterfaceXml::attachment));
    }

    private static NetworkInterface.Attachment attachment(XmlElement a) {
        return new NetworkInterface.Attachment(
                text(a, "attachmentId"),
                text(a, "instanceId"),
                integer(a, "deviceIndex", -1),
                integer(a, "networkCardIndex", 0),
                text(a, "status"),
                "true".equals(text(a, "deleteOnTermination")),
                a.childText("attachTime").flatMap(NetworkInterfaceXml::instant));
    }

    private static List<NetworkInterface.PrivateIpAddress> privateIpAddresses(XmlElement item) {
        List<NetworkInterface.PrivateIpAddress> addresses = new ArrayList<>();
        for (XmlElement address : AnswerXml.items(item, "privateIpAddressesSet")) {
            addresses.add(new NetworkInterface.PrivateIpAddress(
                    text(address, "privateIpAddress"),
                    "true".equals(text(address, "primary")),
                    address.child("association").map(NetworkInterfaceXml::association)));
        }
        return addresses;
    }

    private static NetworkInterface.IpAssociation association(XmlElement association) {
        return new NetworkInterface.IpAssociation(
                text(association, "publicIp"),
                text(association, "allocationId"),
                text(association, "associationId"),
                text(association, "ipOwnerId"));
    }

    private static Map<String, String> tags(XmlElement item) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : AnswerXml.items(item, "tagSet")) {
            tags.put(text(tag, "key"), text(tag, "value"));
        }
        return tags;
    }

    private static String text(XmlElement parent, String name) {
        return parent.childText(name).orElse("");
    }

    private static int integer(XmlElement parent, String name, int fallback) {
        try {
            return parent.childText(name).map(t -> Integer.parseInt(t.trim())).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** EC2 writes ISO-8601 instants; an unreadable one is left out rather than failing the whole answer. */
    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
