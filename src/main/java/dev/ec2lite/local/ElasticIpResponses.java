package dev.ec2lite.local;

import java.util.List;

/** The XML bodies of the Elastic IP actions, element for element as in EC2's API reference. */
final class ElasticIpResponses {
    private ElasticIpResponses() {}

    static String associateAddress(String requestId, String associationId) {
        return new XmlWriter()
                .start("AssociateAddressResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .element("return", "true")
                .element("associationId", associationId)
                .end()
                .finish();
    }

    static String disassociateAddress(String requestId) {
        return new XmlWriter()
                .start("DisassociateAddressResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .element("return", "true")
                .end()
                .finish();
    }

    /** {@code addressesSet}: one {@code item} per address, the association's members only while associated. */
    static String describeAddresses(String requestId, List<LocalEc2State.Address> addresses, String region) {
        XmlWriter xml = new XmlWriter()
                .start("DescribeAddressesResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .start("addressesSet");
        for (LocalEc2State.Address address : addresses) {
            xml.start("item")
                    .element("publicIp", address.publicIp())
                    .element("allocationId", address.allocationId())
                    .element("domain", "vpc");
            address.instanceId().ifPresent(id -> xml.element("instanceId", id));
            address.associationId().ifPresent(id -> xml.element("associationId", id));
            address.networkInterfaceId()
                    .ifPresent(id -> xml.element("networkInterfaceId", id)
                            .element("networkInterfaceOwnerId", Ec2Responses.OWNER_ID));
            address.privateIpAddress().ifPresent(ip -> xml.element("privateIpAddress", ip));
            xml.element("publicIpv4Pool", "amazon")
                    .element("networkBorderGroup", region)
                    .end();
        }
        return xml.end().end().finish();
    }
}
