package dev.ec2lite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An EC2 instance as {@code DescribeInstances} reports it, with what a fail-over needs: its state,
 * where it is (zone, subnet, VPC), its private address and type, its network interfaces and tags. The
 * whole answer stays reachable through {@link DescribeInstancesResponse#xml()}.
 *
 * @param availabilityZone from {@code placement}; absent only when EC2 leaves it out
 * @param subnetId absent for a terminated instance
 * @param tags in the answer's order
 */
public record Instance(
        String instanceId,
        State state,
        String instanceType,
        Optional<String> availabilityZone,
        Optional<String> subnetId,
        Optional<String> vpcId,
        Optional<String> privateIpAddress,
        List<InstanceNetworkInterface> networkInterfaces,
        Map<String, String> tags) {
    public Instance {
        networkInterfaces = List.copyOf(networkInterfaces);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * The instance state: EC2's code (its low byte; the high byte is EC2's own) and name.
     *
     * @param name {@code pending}, {@code running}, {@code shutting-down}, {@code terminated}, {@code
     *     stopping} or {@code stopped}
     */
    public record State(int code, String name) {
        public static final String PENDING = "pending";
        public static final String RUNNING = "running";
        public static final String SHUTTING_DOWN = "shutting-down";
        public static final String TERMINATED = "terminated";
        public static final String STOPPING = "stopping";
        public static final String STOPPED = "stopped";

        /** The states in which EC2 accepts an {@code AttachNetworkInterface} to the instance. */
        public boolean acceptsAttachment() {
            return switch (name) {
                case PENDING, RUNNING, STOPPING, STOPPED -> true;
                default -> false;
            };
        }
    }

    /**
     * A network interface attached to the instance ({@code networkInterfaceSet/item}).
     *
     * @param status the interface's status ({@code in-use} …)
     * @param attachmentStatus {@code attaching}, {@code attached}, {@code detaching} …
     */
    public record InstanceNetworkInterface(
            String networkInterfaceId,
            String status,
            Optional<String> macAddress,
            Optional<String> privateIpAddress,
            String attachmentId,
            int deviceIndex,
            int networkCardIndex,
            String attachmentStatus) {}

    /** The value of tag {@code key}, if the instance has it. */
    public Optional<String> tag(String key) {
        return Optional.ofNullable(tags.get(key));
    }

    /**
     * The interface at {@code deviceIndex} on {@code networkCardIndex}, if one is attached there
     * (attaching, attached or still detaching).
     */
    public Optional<InstanceNetworkInterface> interfaceAt(int deviceIndex, int networkCardIndex) {
        return networkInterfaces.stream()
                .filter(eni -> eni.deviceIndex() == deviceIndex && eni.networkCardIndex() == networkCardIndex)
                .findFirst();
    }

    /** A short line for logs and progress output. */
    public String describe() {
        return instanceId + " " + state.name()
                + availabilityZone.map(zone -> " in " + zone).orElse("");
    }
}
