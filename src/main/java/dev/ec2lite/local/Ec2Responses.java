package dev.ec2lite.local;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The XML bodies EC2 answers with, element for element as in the API reference: {@code
 * <ActionResponse xmlns=…><requestId>…</requestId>…}, and errors as {@code
 * <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>} (note the
 * upper-case {@code RequestID} of the error shape).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html">Error
 *     codes for the Amazon EC2 API</a>
 */
final class Ec2Responses {
    static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
    /** The account the scenario's resources belong to: AWS's documentation example account. */
    static final String OWNER_ID = "123456789012";
    /** The image every instance was launched from; AWS's documentation example id. */
    static final String IMAGE_ID = "ami-0abcdef1234567890";

    /** EC2 writes timestamps as ISO-8601 in UTC with milliseconds. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Ec2Responses() {}

    static String detachNetworkInterface(String requestId) {
        return new XmlWriter()
                .start("DetachNetworkInterfaceResponse", NAMESPACE)
                .element("requestId", requestId)
                .element("return", "true")
                .end()
                .finish();
    }

    static String attachNetworkInterface(String requestId, String attachmentId) {
        return new XmlWriter()
                .start("AttachNetworkInterfaceResponse", NAMESPACE)
                .element("requestId", requestId)
                .element("attachmentId", attachmentId)
                .element("networkCardIndex", "0")
                .end()
                .finish();
    }

    static String describeNetworkInterfaces(
            String requestId, List<LocalEc2State.NetworkInterface> interfaces, Optional<String> nextToken) {
        XmlWriter xml = new XmlWriter()
                .start("DescribeNetworkInterfacesResponse", NAMESPACE)
                .element("requestId", requestId)
                .start("networkInterfaceSet");
        for (LocalEc2State.NetworkInterface eni : interfaces) {
            networkInterface(xml, eni);
        }
        xml.end();
        nextToken.ifPresent(token -> xml.element("nextToken", token));
        return xml.end().finish();
    }

    /** One {@code item}, its elements in the order EC2's own answers list them. */
    private static void networkInterface(XmlWriter xml, LocalEc2State.NetworkInterface eni) {
        String zone = eni.availabilityZone();
        String region = zone.substring(0, zone.length() - 1);
        xml.start("item")
                .element("networkInterfaceId", eni.networkInterfaceId())
                .element("subnetId", eni.subnetId())
                .element("vpcId", eni.vpcId())
                .element("availabilityZone", zone)
                .element("description", eni.description())
                .element("ownerId", OWNER_ID)
                .element("requesterManaged", "false")
                .element("status", eni.status())
                .element("macAddress", eni.macAddress())
                .element("privateIpAddress", eni.privateIpAddress())
                .element("privateDnsName", privateDnsName(eni.privateIpAddress(), region))
                .element("sourceDestCheck", Boolean.toString(eni.sourceDestCheck()));
        xml.start("groupSet");
        for (LocalEc2State.SecurityGroup group : eni.groups()) {
            xml.start("item")
                    .element("groupId", group.groupId())
                    .element("groupName", group.groupName())
                    .end();
        }
        xml.end();
        eni.attachment()
                .ifPresent(attachment -> xml.start("attachment")
                        .element("attachmentId", attachment.attachmentId())
                        .element("instanceId", attachment.instanceId())
                        .element("instanceOwnerId", OWNER_ID)
                        .element("deviceIndex", Integer.toString(attachment.deviceIndex()))
                        .element("networkCardIndex", "0")
                        .element("status", attachment.status())
                        .element("attachTime", timestamp(attachment.attachTime()))
                        .element("deleteOnTermination", Boolean.toString(attachment.deleteOnTermination()))
                        .end());
        eni.privateIpAddresses().stream()
                .filter(LocalEc2State.PrivateIp::primary)
                .findFirst()
                .flatMap(LocalEc2State.PrivateIp::elasticIp)
                .ifPresent(eip -> association(xml, eip));
        xml.start("tagSet");
        for (LocalEc2State.Tag tag : eni.tags()) {
            xml.start("item")
                    .element("key", tag.key())
                    .element("value", tag.value())
                    .end();
        }
        xml.end().start("privateIpAddressesSet");
        for (LocalEc2State.PrivateIp ip : eni.privateIpAddresses()) {
            xml.start("item")
                    .element("privateIpAddress", ip.address())
                    .element("privateDnsName", privateDnsName(ip.address(), region))
                    .element("primary", Boolean.toString(ip.primary()));
            ip.elasticIp().ifPresent(eip -> association(xml, eip));
            xml.end();
        }
        xml.end().start("ipv6AddressesSet");
        for (String ipv6 : eni.ipv6Addresses()) {
            xml.start("item").element("ipv6Address", ipv6).end();
        }
        xml.end().element("interfaceType", "interface").end();
    }

    private static void association(XmlWriter xml, LocalEc2State.ElasticIp eip) {
        xml.start("association")
                .element("publicIp", eip.publicIp())
                .element("publicDnsName", "")
                .element("ipOwnerId", OWNER_ID)
                .element("allocationId", eip.allocationId())
                .element("associationId", eip.associationId())
                .end();
    }

    /** EC2's internal host name for a private address: {@code ip-10-0-1-13.<region>.compute.internal}. */
    private static String privateDnsName(String address, String region) {
        return "ip-" + address.replace('.', '-') + "." + region + ".compute.internal";
    }

    /**
     * {@code DescribeInstances}: one reservation per instance (each was launched alone), with the
     * fields a fail-over reads; {@code nextToken} only when there is a next page.
     */
    static String describeInstances(String requestId, List<LocalEc2State.Instance> instances, String nextToken) {
        XmlWriter xml = new XmlWriter()
                .start("DescribeInstancesResponse", NAMESPACE)
                .element("requestId", requestId)
                .start("reservationSet");
        for (LocalEc2State.Instance instance : instances) {
            xml.start("item")
                    .element("reservationId", "r-" + instance.instanceId().substring(2))
                    .element("ownerId", OWNER_ID)
                    .empty("groupSet")
                    .start("instancesSet")
                    .start("item")
                    .element("instanceId", instance.instanceId())
                    .element("imageId", IMAGE_ID)
                    .start("instanceState")
                    .element("code", Integer.toString(instance.stateCode()))
                    .element("name", instance.state())
                    .end()
                    .element("instanceType", instance.instanceType())
                    .start("placement")
                    .element("availabilityZone", instance.availabilityZone())
                    .element("tenancy", "default")
                    .end();
            if (!instance.subnetId().isEmpty()) {
                xml.element("subnetId", instance.subnetId()).element("vpcId", instance.vpcId());
            }
            instance.privateIpAddress().ifPresent(ip -> xml.element("privateIpAddress", ip));
            xml.start("tagSet");
            instance.tags()
                    .forEach((key, value) -> xml.start("item")
                            .element("key", key)
                            .element("value", value)
                            .end());
            xml.end().start("networkInterfaceSet");
            for (LocalEc2State.NetworkInterface eni : instance.networkInterfaces()) {
                LocalEc2State.Attachment attachment = eni.attachment().orElseThrow();
                xml.start("item")
                        .element("networkInterfaceId", eni.networkInterfaceId())
                        .element("subnetId", eni.subnetId())
                        .element("vpcId", eni.vpcId())
                        .element("description", eni.description())
                        .element("ownerId", OWNER_ID)
                        .element("status", eni.status())
                        .element("macAddress", eni.macAddress())
                        .element("privateIpAddress", eni.privateIpAddress())
                        .element("sourceDestCheck", Boolean.toString(eni.sourceDestCheck()))
                        .start("attachment")
                        .element("attachmentId", attachment.attachmentId())
                        .element("deviceIndex", Integer.toString(attachment.deviceIndex()))
                        .element("status", attachment.status())
                        .element("attachTime", timestamp(attachment.attachTime()))
                        .element("deleteOnTermination", Boolean.toString(attachment.deleteOnTermination()))
                        .element("networkCardIndex", "0")
                        .end()
                        .element("interfaceType", "interface")
                        .end();
            }
            xml.end().end().end().end();
        }
        xml.end();
        if (nextToken != null) {
            xml.element("nextToken", nextToken);
        }
        return xml.end().finish();
    }

    static String error(String requestId, String code, String message) {
        return new XmlWriter()
                .start("Response")
                .start("Errors")
                .start("Error")
                .element("Code", code)
                .element("Message", message)
                .end()
                .end()
                .element("RequestID", requestId)
                .end()
                .finish();
    }

    /** What a load balancer in front of a service answers when it has no healthy target. */
    static String htmlError(int status, String reason) {
        return "<html>\r\n<head><title>" + status + ' ' + reason + "</title></head>\r\n<body>\r\n<center><h1>" + status
                + ' ' + reason + "</h1></center>\r\n</body>\r\n</html>\r\n";
    }

    static String timestamp(Instant time) {
        return TIMESTAMP.format(time);
    }
}
