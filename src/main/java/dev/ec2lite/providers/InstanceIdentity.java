package dev.ec2lite.providers;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who this instance is, as its metadata service says: its id, region and availability zone, and the
 * network interfaces attached to it (by device number), each with its MAC address and interface id.
 */
public record InstanceIdentity(
        String instanceId, String region, String availabilityZone, List<Interface> networkInterfaces) {
    public InstanceIdentity {
        networkInterfaces = List.copyOf(networkInterfaces);
    }

    /**
     * One attached interface.
     *
     * @param deviceNumber its device index on the instance, when the service says
     */
    public record Interface(String macAddress, String networkInterfaceId, OptionalInt deviceNumber) {}

    /** The interface with this id, if it is attached to this instance. */
    public Optional<Interface> networkInterface(String networkInterfaceId) {
        return networkInterfaces.stream()
                .filter(eni -> eni.networkInterfaceId().equals(networkInterfaceId))
                .findFirst();
    }
}
