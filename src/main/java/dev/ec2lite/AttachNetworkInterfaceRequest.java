package dev.ec2lite;

import java.util.OptionalInt;

/**
 * The parameters of EC2 {@code AttachNetworkInterface}. Checked when made, before any network I/O.
 *
 * @param deviceIndex the instance's device slot; 0 is the primary interface, so fail-over uses 1 or more
 * @param dryRun only check permissions
 * @param networkCardIndex the network card to attach to; absent lets EC2 use card 0
 */
public record AttachNetworkInterfaceRequest(
        String networkInterfaceId, String instanceId, int deviceIndex, boolean dryRun, OptionalInt networkCardIndex) {
    public AttachNetworkInterfaceRequest {
        DetachNetworkInterfaceRequest.checkId(networkInterfaceId, "networkInterfaceId");
        DetachNetworkInterfaceRequest.checkId(instanceId, "instanceId");
        if (deviceIndex < 0) {
            throw new IllegalArgumentException("deviceIndex is negative: " + deviceIndex);
        }
        if (networkCardIndex == null) {
            throw new NullPointerException("networkCardIndex == null (use OptionalInt.empty())");
        }
        if (networkCardIndex.isPresent() && networkCardIndex.getAsInt() < 0) {
            throw new IllegalArgumentException("networkCardIndex is negative: " + networkCardIndex.getAsInt());
        }
    }

    /** A request that leaves the network card to EC2. */
    public AttachNetworkInterfaceRequest(
            String networkInterfaceId, String instanceId, int deviceIndex, boolean dryRun) {
        this(networkInterfaceId, instanceId, deviceIndex, dryRun, OptionalInt.empty());
    }

    public static AttachNetworkInterfaceRequest of(String networkInterfaceId, String instanceId, int deviceIndex) {
        return new AttachNetworkInterfaceRequest(networkInterfaceId, instanceId, deviceIndex, false);
    }

    /** This request on network card {@code index}. */
    public AttachNetworkInterfaceRequest withNetworkCardIndex(int index) {
        return new AttachNetworkInterfaceRequest(
                networkInterfaceId, instanceId, deviceIndex, dryRun, OptionalInt.of(index));
    }
}
