package dev.ec2lite.cli.output;

import static dev.ec2lite.cli.output.Shape.BOOLEAN;
import static dev.ec2lite.cli.output.Shape.INTEGER;
import static dev.ec2lite.cli.output.Shape.STRING;
import static dev.ec2lite.cli.output.Shape.TIMESTAMP;

import dev.ec2lite.cli.output.Shape.ListOf;
import dev.ec2lite.cli.output.Shape.Member;
import dev.ec2lite.cli.output.Shape.Structure;

/**
 * The output shapes of the EC2 actions ec2lite prints, from botocore's EC2 model (API version
 * 2016-11-15): member names, their order and their XML names. A member the model has but EC2 did not
 * send is left out of the tree, as botocore leaves it out.
 */
public final class Ec2Shapes {
    private static final Structure ASSOCIATION = Structure.of(
            Member.of("AllocationId", STRING),
            Member.of("AssociationId", STRING),
            Member.of("IpOwnerId", STRING),
            Member.of("PublicDnsName", STRING),
            Member.of("PublicIp", STRING),
            Member.of("CustomerOwnedIp", STRING),
            Member.of("CarrierIp", STRING));

    private static final Structure ATTACHMENT = Structure.of(
            Member.of("AttachTime", TIMESTAMP),
            Member.of("AttachmentId", STRING),
            Member.of("DeleteOnTermination", BOOLEAN),
            Member.of("DeviceIndex", INTEGER),
            Member.of("NetworkCardIndex", INTEGER),
            Member.of("InstanceId", STRING),
            Member.of("InstanceOwnerId", STRING),
            Member.of("Status", STRING));

    private static final Structure GROUP = Structure.of(Member.of("GroupName", STRING), Member.of("GroupId", STRING));

    private static final Structure TAG = Structure.of(Member.of("Key", STRING), Member.of("Value", STRING));

    private static final Structure PRIVATE_IP = Structure.of(
            Member.of("Association", ASSOCIATION),
            Member.of("Primary", BOOLEAN),
            Member.of("PrivateDnsName", STRING),
            Member.of("PrivateIpAddress", STRING));

    private static final Structure IPV4_PREFIX = Structure.of(Member.of("Ipv4Prefix", STRING));
    private static final Structure IPV6_PREFIX = Structure.of(Member.of("Ipv6Prefix", STRING));

    /** One element of {@code NetworkInterfaces}. */
    public static final Structure NETWORK_INTERFACE = Structure.of(
            Member.of("Association", ASSOCIATION),
            Member.of("Attachment", ATTACHMENT),
            Member.of("AvailabilityZone", STRING),
            Member.of("Description", STRING),
            new Member("Groups", "groupSet", new ListOf(GROUP)),
            Member.of("InterfaceType", STRING),
            new Member("Ipv6Addresses", "ipv6AddressesSet", new ListOf(Structure.of(Member.of("Ipv6Address", STRING)))),
            Member.of("MacAddress", STRING),
            Member.of("NetworkInterfaceId", STRING),
            Member.of("OutpostArn", STRING),
            Member.of("OwnerId", STRING),
            Member.of("PrivateDnsName", STRING),
            Member.of("PrivateIpAddress", STRING),
            new Member("PrivateIpAddresses", "privateIpAddressesSet", new ListOf(PRIVATE_IP)),
            new Member("Ipv4Prefixes", "ipv4PrefixSet", new ListOf(IPV4_PREFIX)),
            new Member("Ipv6Prefixes", "ipv6PrefixSet", new ListOf(IPV6_PREFIX)),
            Member.of("RequesterId", STRING),
            Member.of("RequesterManaged", BOOLEAN),
            Member.of("SourceDestCheck", BOOLEAN),
            Member.of("Status", STRING),
            Member.of("SubnetId", STRING),
            new Member("TagSet", "tagSet", new ListOf(TAG)),
            Member.of("VpcId", STRING),
            Member.of("DenyAllIgwTraffic", BOOLEAN),
            Member.of("Ipv6Native", BOOLEAN),
            Member.of("Ipv6Address", STRING));

    /** The answer of {@code DescribeNetworkInterfaces}. */
    public static final Structure DESCRIBE_NETWORK_INTERFACES = Structure.of(
            new Member("NetworkInterfaces", "networkInterfaceSet", new ListOf(NETWORK_INTERFACE)),
            Member.of("NextToken", STRING));

    /** The answer of {@code AttachNetworkInterface}. */
    public static final Structure ATTACH_NETWORK_INTERFACE =
            Structure.of(Member.of("AttachmentId", STRING), Member.of("NetworkCardIndex", INTEGER));

    private Ec2Shapes() {}
}
