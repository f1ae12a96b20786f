package dev.ec2lite.local;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only snapshot of a {@link LocalEc2Endpoint}'s resources, taken at one moment of its clock:
 * instances, network interfaces and attachments (current ones, and finished ones with status {@code
 * detached}). {@link #toString()} prints it as a small table, for the demo and for test failures.
 */
public final class LocalEc2State {
    /**
     * An instance with the interfaces attached to it, by device index; {@code state} is EC2's state
     * name ({@code running}, {@code stopped}, {@code terminated} …) and {@code stateCode} its code.
     * Subnet and VPC are empty once it is terminated.
     */
    public record Instance(
            String instanceId,
            String name,
            String state,
            int stateCode,
            String instanceType,
            String availabilityZone,
            String subnetId,
            String vpcId,
            Optional<String> privateIpAddress,
            Map<String, String> tags,
            List<NetworkInterface> networkInterfaces) {
        public Instance {
            tags = Map.copyOf(tags);
            networkInterfaces = List.copyOf(networkInterfaces);
        }
    }

    /**
     * A network interface; {@code status} is {@code available} or {@code in-use}, and {@code
     * attachment} is present while it is attached, attaching or detaching.
     */
    public record NetworkInterface(
            String networkInterfaceId,
            String status,
            String description,
            String availabilityZone,
            String subnetId,
            String vpcId,
            String privateIpAddress,
            String macAddress,
            Optional<Attachment> attachment,
            List<PrivateIp> privateIpAddresses,
            List<String> ipv6Addresses,
            List<SecurityGroup> groups,
            List<Tag> tags,
            boolean sourceDestCheck) {
        public NetworkInterface {
            // The model hands in its live lists: a snapshot keeps copies.
            privateIpAddresses = List.copyOf(privateIpAddresses);
            ipv6Addresses = List.copyOf(ipv6Addresses);
            groups = List.copyOf(groups);
            tags = List.copyOf(tags);
        }
    }

    /** A private IPv4 address of an interface, the primary one or a secondary one, maybe with an Elastic IP. */
    public record PrivateIp(String address, boolean primary, Optional<ElasticIp> elasticIp) {}

    /** An Elastic IP associated with a private address. */
    public record ElasticIp(String publicIp, String allocationId, String associationId) {}

    /** A security group an interface is in. */
    public record SecurityGroup(String groupId, String groupName) {}

    /** A tag, in the order it was added. */
    public record Tag(String key, String value) {}

    /**
     * An attachment; {@code status} is {@code attaching}, {@code attached}, {@code detaching} or
     * {@code detached}.
     */
    public record Attachment(
            String attachmentId,
            String networkInterfaceId,
            String instanceId,
            int deviceIndex,
            String status,
            Instant attachTime,
            boolean deleteOnTermination) {}

    private final Instant time;
    private final List<Instance> instances;
    private final List<NetworkInterface> networkInterfaces;
    private final List<Attachment> attachments;
    private final List<Address> addresses;

    LocalEc2State(
            Instant time,
            List<Instance> instances,
            List<NetworkInterface> networkInterfaces,
            List<Attachment> attachments) {
        this(time, instances, networkInterfaces, attachments, List.of());
    }

    LocalEc2State(
            Instant time,
            List<Instance> instances,
            List<NetworkInterface> networkInterfaces,
            List<Attachment> attachments,
            List<Address> addresses) {
        this.time = Objects.requireNonNull(time, "time == null");
        this.instances = List.copyOf(instances);
        this.networkInterfaces = List.copyOf(networkInterfaces);
        this.attachments = List.copyOf(attachments);
        this.addresses = List.copyOf(addresses);
    }

    /** The endpoint-clock time the snapshot was taken at. */
    public Instant time() {
        return time;
    }

    /** Instances, by id. */
    public List<Instance> instances() {
        return instances;
    }

    /** Network interfaces, by id. */
    public List<NetworkInterface> networkInterfaces() {
        return networkInterfaces;
    }

    /** Every attachment ever made, current and detached, in creation order. */
    public List<Attachment> attachments() {
        return attachments;
    }

    public Optional<Instance> instance(String instanceId) {
        return instances.stream().filter(i -> i.instanceId().equals(instanceId)).findFirst();
    }

    public Optional<NetworkInterface> networkInterface(String networkInterfaceId) {
        return networkInterfaces.stream()
                .filter(n -> n.networkInterfaceId().equals(networkInterfaceId))
                .findFirst();
    }

    public Optional<Attachment> attachment(String attachmentId) {
        return attachments.stream()
                .filter(a -> a.attachmentId().equals(attachmentId))
                .findFirst();
    }

    /**
     * An Elastic IP address and, while it is associated, what it serves: the interface holding the
     * private address, and that interface's instance when it is attached.
     */
    public record Address(
            String publicIp,
            String allocationId,
            Optional<String> associationId,
            Optional<String> instanceId,
            Optional<String> networkInterfaceId,
            Optional<String> privateIpAddress) {}

    /** Elastic IP addresses, in allocation order. */
    public List<Address> addresses() {
        return addresses;
    }

    public Optional<Address> address(String allocationId) {
        return addresses.stream()
                .filter(a -> a.allocationId().equals(allocationId))
                .findFirst();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(512).append("at ").append(time).append('\n');
        out.append("instances\n");
        for (Instance instance : instances) {
            out.append(String.format(
                    Locale.ROOT, "  %-21s %-10s %s%n", instance.instanceId(), instance.state(), instance.name()));
        }
        out.append("network interfaces\n");
        for (NetworkInterface eni : networkInterfaces) {
            out.append(String.format(Locale.ROOT, "  %-23s %-10s", eni.networkInterfaceId(), eni.status()));
            eni.attachment()
                    .ifPresent(a -> out.append(String.format(
                            Locale.ROOT,
                            " %s -> %s index %d, %s",
                            a.attachmentId(),
                            a.instanceId(),
                            a.deviceIndex(),
                            a.status())));
            out.append(String.format(Locale.ROOT, "  (%s)%n", eni.description()));
        }
        if (!addresses.isEmpty()) {
            out.append("elastic IPs\n");
            for (Address address : addresses) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-15s %s%s%n",
                        address.publicIp(),
                        address.allocationId(),
                        address.associationId()
                                .map(id -> " " + id + " -> "
                                        + address.networkInterfaceId().orElse("?") + " "
                                        + address.privateIpAddress().orElse("?"))
                                .orElse(" (not associated)")));
            }
        }
        return out.toString();
    }

    // Route tables (see RouteTableModel).

    /**
     * A route table; {@code associationId} is present for the VPC's main table, whose association is
     * the VPC itself.
     */
    public record RouteTable(
            String routeTableId, String vpcId, boolean main, Optional<String> associationId, List<Route> routes) {
        public RouteTable {
            routes = List.copyOf(routes);
        }

        /** The route for exactly {@code destinationCidrBlock}, if the table has one. */
        public Optional<Route> route(String destinationCidrBlock) {
            return routes.stream()
                    .filter(r -> r.destinationCidrBlock().equals(destinationCidrBlock))
                    .findFirst();
        }
    }

    /**
     * A route: to a gateway ({@code local}), or to a network interface, with the instance it is attached
     * to (empty when none); {@code state} is {@code active} or {@code blackhole}. Empty strings for what
     * the route does not have.
     */
    public record Route(
            String destinationCidrBlock,
            String gatewayId,
            String instanceId,
            String networkInterfaceId,
            String state,
            String origin) {}

    private List<RouteTable> routeTables = List.of();

    /** This snapshot with the route tables of the same moment. */
    LocalEc2State withRouteTables(List<RouteTable> tables) {
        LocalEc2State copy = new LocalEc2State(time, instances, networkInterfaces, attachments, addresses);
        copy.routeTables = List.copyOf(tables);
        return copy;
    }

    /** Route tables, by id. */
    public List<RouteTable> routeTables() {
        return routeTables;
    }

    public Optional<RouteTable> routeTable(String routeTableId) {
        return routeTables.stream()
                .filter(t -> t.routeTableId().equals(routeTableId))
                .findFirst();
    }
}
