package dev.ec2lite;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A network interface as {@code DescribeNetworkInterfaces} reports it, with the fields a fail-over
 * needs. The whole answer stays reachable through {@link DescribeNetworkInterfacesResponse#xml()}.
 * Text fields EC2 left out are empty strings, lists are empty.
 *
 * @param status {@code available}, {@code in-use}, {@code attaching}, {@code detaching} …
 * @param interfaceType {@code interface}, {@code efa}, {@code trunk} …
 * @param privateIpAddress the primary private IPv4 address
 * @param privateIpAddresses every private IPv4 address, the primary one first as EC2 lists them
 * @param tags key to value, in the order EC2 listed them
 */
public record NetworkInterface(
        String networkInterfaceId,
        String status,
        String interfaceType,
        String description,
        String subnetId,
        String vpcId,
        String availabilityZone,
        String macAddress,
        String privateIpAddress,
        List<PrivateIpAddress> privateIpAddresses,
        List<String> ipv6Addresses,
        List<SecurityGroup> groups,
        Map<String, String> tags,
        boolean sourceDestCheck,
        Optional<Attachment> attachment) {
    /** Status of an interface attached to nothing. */
    public static final String AVAILABLE = "available";
    /** Status of an interface attached to an instance. */
    public static final String IN_USE = "in-use";

    public NetworkInterface {
        Objects.requireNonNull(networkInterfaceId, "networkInterfaceId == null");
        Objects.requireNonNull(status, "status == null");
        privateIpAddresses = List.copyOf(privateIpAddresses);
        ipv6Addresses = List.copyOf(ipv6Addresses);
        groups = List.copyOf(groups);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        Objects.requireNonNull(attachment, "attachment == null");
    }

    /** Only what a state check needs: id, status and attachment; everything else empty. */
    public NetworkInterface(String networkInterfaceId, String status, Optional<Attachment> attachment) {
        this(
                networkInterfaceId,
                status,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                true,
                attachment);
    }

    /**
     * The interface's attachment.
     *
     * @param status {@code attaching}, {@code attached}, {@code detaching}, {@code detached}
     * @param attachTime absent when EC2 did not say
     */
    public record Attachment(
            String attachmentId,
            String instanceId,
            int deviceIndex,
            int networkCardIndex,
            String status,
            boolean deleteOnTermination,
            Optional<Instant> attachTime) {
        /** An attachment on network card 0 whose time and deletion flag are not known. */
        public Attachment(String attachmentId, String instanceId, int deviceIndex, String status) {
            this(attachmentId, instanceId, deviceIndex, 0, status, false, Optional.empty());
        }
    }

    /**
     * One private IPv4 address of the interface.
     *
     * @param association the Elastic IP (or public IP) associated with this address, if any
     */
    public record PrivateIpAddress(String privateIpAddress, boolean primary, Optional<IpAssociation> association) {}

    /**
     * A public address associated with a private one.
     *
     * @param allocationId the Elastic IP's allocation id; empty for an automatically assigned public IP
     * @param associationId the association's id; empty for an automatically assigned public IP
     */
    public record IpAssociation(String publicIp, String allocationId, String associationId, String ipOwnerId) {}

    /** A security group the interface is in. */
    public record SecurityGroup(String groupId, String groupName) {}

    /** The primary address's association, if it has one. */
    public Optional<IpAssociation> primaryAssociation() {
        return privateIpAddresses.stream()
                .filter(PrivateIpAddress::primary)
                .findFirst()
                .flatMap(PrivateIpAddress::association);
    }

    /** A short line for logs and progress output. */
    public String describe() {
        return networkInterfaceId + " " + status
                + attachment
                        .map(a -> " (" + a.attachmentId() + " on " + a.instanceId() + " at device index "
                                + a.deviceIndex() + ", " + a.status() + ")")
                        .orElse(" (not attached)");
    }
}
