package dev.ec2lite;

/**
 * The parameters of EC2 {@code AttachNetworkInterface}. Checked when made, before any network I/O.
 *
 * @param deviceIndex the instance's device slot; 0 is the primary interface, so fail-over uses 1 or more
 * @param dryRun only check permissions
 */
public record AttachNetworkInterfaceRequest(
        String networkInterfaceId, String instanceId, int deviceIndex, boolean dryRun) {
    public AttachNetworkInterfaceRequest {
        DetachNetworkInterfaceRequest.checkId(networkInterfaceId, "networkInterfaceId");
        DetachNetworkInterfaceRequest.checkId(instanceId, "instanceId");
        if (deviceIndex < 0) {
            throw new IllegalArgumentException("deviceIndex is negative: " + deviceIndex);
        }
    }

    public static AttachNetworkInterfaceRequest of(String networkInterfaceId, String instanceId, int deviceIndex) {
        return new AttachNetworkInterfaceRequest(networkInterfaceId, instanceId, deviceIndex, false);
    }
}
