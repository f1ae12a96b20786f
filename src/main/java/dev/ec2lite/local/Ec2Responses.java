package dev.ec2lite.local;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
            String requestId, List<LocalEc2State.NetworkInterface> interfaces, String availabilityZone) {
        XmlWriter xml = new XmlWriter()
                .start("DescribeNetworkInterfacesResponse", NAMESPACE)
                .element("requestId", requestId)
                .start("networkInterfaceSet");
        for (LocalEc2State.NetworkInterface eni : interfaces) {
            xml.start("item")
                    .element("networkInterfaceId", eni.networkInterfaceId())
                    .element("subnetId", eni.subnetId())
                    .element("vpcId", eni.vpcId())
                    .element("availabilityZone", availabilityZone)
                    .element("description", eni.description())
                    .element("ownerId", OWNER_ID)
                    .element("requesterManaged", "false")
                    .element("status", eni.status())
                    .element("macAddress", eni.macAddress())
                    .element("privateIpAddress", eni.privateIpAddress())
                    .element("sourceDestCheck", "true")
                    .element("interfaceType", "interface");
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
            xml.empty("groupSet").empty("tagSet").end();
        }
        return xml.end().end().finish();
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
