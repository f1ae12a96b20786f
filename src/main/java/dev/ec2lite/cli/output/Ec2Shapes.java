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

    /** One element of a {@code tagSet}; package-private for the other shape files. */
    static final Structure TAG = Structure.of(Member.of("Key", STRING), Member.of("Value", STRING));

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

    private static final Structure INSTANCE_ASSOCIATION = Structure.of(
            Member.of("CarrierIp", STRING),
            Member.of("CustomerOwnedIp", STRING),
            Member.of("IpOwnerId", STRING),
            Member.of("PublicDnsName", STRING),
            Member.of("PublicIp", STRING));

    /** An instance's interface attachment: the same members as an interface's, in another order. */
    private static final Structure INSTANCE_ATTACHMENT = Structure.of(
            Member.of("AttachTime", TIMESTAMP),
            Member.of("AttachmentId", STRING),
            Member.of("DeleteOnTermination", BOOLEAN),
            Member.of("DeviceIndex", INTEGER),
            Member.of("Status", STRING),
            Member.of("NetworkCardIndex", INTEGER));

    private static final Structure INSTANCE_NETWORK_INTERFACE = Structure.of(
            Member.of("Association", INSTANCE_ASSOCIATION),
            Member.of("Attachment", INSTANCE_ATTACHMENT),
            Member.of("Description", STRING),
            new Member("Groups", "groupSet", new ListOf(GROUP)),
            new Member("Ipv6Addresses", "ipv6AddressesSet", new ListOf(Structure.of(Member.of("Ipv6Address", STRING)))),
            Member.of("MacAddress", STRING),
            Member.of("NetworkInterfaceId", STRING),
            Member.of("OwnerId", STRING),
            Member.of("PrivateDnsName", STRING),
            Member.of("PrivateIpAddress", STRING),
            new Member(
                    "PrivateIpAddresses",
                    "privateIpAddressesSet",
                    new ListOf(Structure.of(
                            Member.of("Association", INSTANCE_ASSOCIATION),
                            Member.of("Primary", BOOLEAN),
                            Member.of("PrivateDnsName", STRING),
                            Member.of("PrivateIpAddress", STRING)))),
            Member.of("SourceDestCheck", BOOLEAN),
            Member.of("Status", STRING),
            Member.of("SubnetId", STRING),
            Member.of("VpcId", STRING),
            Member.of("InterfaceType", STRING),
            new Member("Ipv4Prefixes", "ipv4PrefixSet", new ListOf(IPV4_PREFIX)),
            new Member("Ipv6Prefixes", "ipv6PrefixSet", new ListOf(IPV6_PREFIX)));

    private static final Structure BLOCK_DEVICE_MAPPING = Structure.of(
            Member.of("DeviceName", STRING),
            Member.of(
                    "Ebs",
                    Structure.of(
                            Member.of("AttachTime", TIMESTAMP),
                            Member.of("DeleteOnTermination", BOOLEAN),
                            Member.of("Status", STRING),
                            Member.of("VolumeId", STRING))));

    /**
     * One element of {@code Instances}. Left out (so not printed): the elastic GPU and inference
     * accelerator associations, the capacity reservation and licence members, rare on a fail-over pair.
     */
    public static final Structure INSTANCE = Structure.of(
            Member.of("AmiLaunchIndex", INTEGER),
            Member.of("ImageId", STRING),
            Member.of("InstanceId", STRING),
            Member.of("InstanceType", STRING),
            Member.of("KernelId", STRING),
            Member.of("KeyName", STRING),
            Member.of("LaunchTime", TIMESTAMP),
            Member.of("Monitoring", Structure.of(Member.of("State", STRING))),
            Member.of(
                    "Placement",
                    Structure.of(
                            Member.of("AvailabilityZone", STRING),
                            Member.of("Affinity", STRING),
                            Member.of("GroupName", STRING),
                            Member.of("PartitionNumber", INTEGER),
                            Member.of("HostId", STRING),
                            Member.of("Tenancy", STRING),
                            Member.of("SpreadDomain", STRING),
                            Member.of("HostResourceGroupArn", STRING),
                            Member.of("GroupId", STRING))),
            Member.of("Platform", STRING),
            Member.of("PrivateDnsName", STRING),
            Member.of("PrivateIpAddress", STRING),
            new Member(
                    "ProductCodes",
                    "productCodes",
                    new ListOf(Structure.of(
                            new Member("ProductCodeId", "productCode", STRING),
                            new Member("ProductCodeType", "type", STRING)))),
            new Member("PublicDnsName", "dnsName", STRING),
            new Member("PublicIpAddress", "ipAddress", STRING),
            Member.of("RamdiskId", STRING),
            new Member("State", "instanceState", Structure.of(Member.of("Code", INTEGER), Member.of("Name", STRING))),
            new Member("StateTransitionReason", "reason", STRING),
            Member.of("SubnetId", STRING),
            Member.of("VpcId", STRING),
            Member.of("Architecture", STRING),
            new Member("BlockDeviceMappings", "blockDeviceMapping", new ListOf(BLOCK_DEVICE_MAPPING)),
            Member.of("ClientToken", STRING),
            Member.of("EbsOptimized", BOOLEAN),
            Member.of("EnaSupport", BOOLEAN),
            Member.of("Hypervisor", STRING),
            Member.of("IamInstanceProfile", Structure.of(Member.of("Arn", STRING), Member.of("Id", STRING))),
            Member.of("InstanceLifecycle", STRING),
            new Member("NetworkInterfaces", "networkInterfaceSet", new ListOf(INSTANCE_NETWORK_INTERFACE)),
            Member.of("OutpostArn", STRING),
            Member.of("RootDeviceName", STRING),
            Member.of("RootDeviceType", STRING),
            new Member("SecurityGroups", "groupSet", new ListOf(GROUP)),
            Member.of("SourceDestCheck", BOOLEAN),
            Member.of("SpotInstanceRequestId", STRING),
            Member.of("SriovNetSupport", STRING),
            Member.of("StateReason", Structure.of(Member.of("Code", STRING), Member.of("Message", STRING))),
            new Member("Tags", "tagSet", new ListOf(TAG)),
            Member.of("VirtualizationType", STRING),
            Member.of(
                    "CpuOptions", Structure.of(Member.of("CoreCount", INTEGER), Member.of("ThreadsPerCore", INTEGER))),
            Member.of("CapacityReservationId", STRING),
            Member.of("HibernationOptions", Structure.of(Member.of("Configured", BOOLEAN))),
            Member.of(
                    "MetadataOptions",
                    Structure.of(
                            Member.of("State", STRING),
                            Member.of("HttpTokens", STRING),
                            Member.of("HttpPutResponseHopLimit", INTEGER),
                            Member.of("HttpEndpoint", STRING),
                            Member.of("HttpProtocolIpv6", STRING),
                            Member.of("InstanceMetadataTags", STRING))),
            Member.of("EnclaveOptions", Structure.of(Member.of("Enabled", BOOLEAN))),
            Member.of("BootMode", STRING),
            Member.of("PlatformDetails", STRING),
            Member.of("UsageOperation", STRING),
            Member.of("UsageOperationUpdateTime", TIMESTAMP),
            Member.of(
                    "PrivateDnsNameOptions",
                    Structure.of(
                            Member.of("HostnameType", STRING),
                            Member.of("EnableResourceNameDnsARecord", BOOLEAN),
                            Member.of("EnableResourceNameDnsAAAARecord", BOOLEAN))),
            Member.of("Ipv6Address", STRING),
            Member.of("TpmSupport", STRING),
            Member.of("MaintenanceOptions", Structure.of(Member.of("AutoRecovery", STRING))));

    /** The answer of {@code DescribeInstances}: reservations, each holding the instances it launched. */
    public static final Structure DESCRIBE_INSTANCES = Structure.of(
            new Member(
                    "Reservations",
                    "reservationSet",
                    new ListOf(Structure.of(
                            new Member("Groups", "groupSet", new ListOf(GROUP)),
                            new Member("Instances", "instancesSet", new ListOf(INSTANCE)),
                            Member.of("OwnerId", STRING),
                            Member.of("RequesterId", STRING),
                            Member.of("ReservationId", STRING)))),
            Member.of("NextToken", STRING));

    /** One element of {@code Addresses}: an Elastic IP. */
    public static final Structure ADDRESS = Structure.of(
            Member.of("InstanceId", STRING),
            Member.of("PublicIp", STRING),
            Member.of("AllocationId", STRING),
            Member.of("AssociationId", STRING),
            Member.of("Domain", STRING),
            Member.of("NetworkInterfaceId", STRING),
            Member.of("NetworkInterfaceOwnerId", STRING),
            Member.of("PrivateIpAddress", STRING),
            new Member("Tags", "tagSet", new ListOf(TAG)),
            Member.of("PublicIpv4Pool", STRING),
            Member.of("NetworkBorderGroup", STRING),
            Member.of("CustomerOwnedIp", STRING),
            Member.of("CustomerOwnedIpv4Pool", STRING),
            Member.of("CarrierIp", STRING));

    /** The answer of {@code DescribeAddresses}. */
    public static final Structure DESCRIBE_ADDRESSES =
            Structure.of(new Member("Addresses", "addressesSet", new ListOf(ADDRESS)));

    private Ec2Shapes() {}
}
