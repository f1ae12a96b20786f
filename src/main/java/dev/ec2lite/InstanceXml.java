package dev.ec2lite;

import static dev.ec2lite.AnswerXml.items;
import static dev.ec2lite.AnswerXml.text;

import dev.ec2lite.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code instancesSet/item} of EC2's XML into an {@link Instance}. */
final class InstanceXml {
    private InstanceXml() {}

    static Instance read(XmlElement item) {
        Instance.State state = item.child("instanceState")
                .map(s -> new Instance.State(
                        s.childText("code")
                                .map(AnswerXml::index)
                                // The high byte is internal to EC2; the documented codes are the low one.
                                .map(code -> code < 0 ? code : code & 0xFF)
                                .orElse(-1),
                        s.childText("name").orElse("")))
                .orElse(new Instance.State(-1, ""));
        List<Instance.InstanceNetworkInterface> interfaces = new ArrayList<>();
        for (XmlElement eni : items(item, "networkInterfaceSet")) {
            Optional<XmlElement> attachment = eni.child("attachment");
            interfaces.add(new Instance.InstanceNetworkInterface(
                    eni.childText("networkInterfaceId").orElse(""),
                    eni.childText("status").orElse(""),
                    text(eni, "macAddress"),
                    text(eni, "privateIpAddress"),
                    attachment.flatMap(a -> a.childText("attachmentId")).orElse(""),
                    attachment
                            .flatMap(a -> a.childText("deviceIndex"))
                            .map(AnswerXml::index)
                            .orElse(-1),
                    // EC2 leaves the card index out on instances with one network card.
                    attachment
                            .flatMap(a -> a.childText("networkCardIndex"))
                            .map(AnswerXml::index)
                            .orElse(0),
                    attachment.flatMap(a -> a.childText("status")).orElse("")));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : items(item, "tagSet")) {
            tags.put(tag.childText("key").orElse(""), tag.childText("value").orElse(""));
        }
        return new Instance(
                item.childText("instanceId").orElse(""),
                state,
                item.childText("instanceType").orElse(""),
                item.find("placement", "availabilityZone").map(XmlElement::text).filter(z -> !z.isEmpty()),
                text(item, "subnetId"),
                text(item, "vpcId"),
                text(item, "privateIpAddress"),
                interfaces,
                tags);
    }
}
