package dev.ec2lite;

import java.util.Optional;

/**
 * The outcome of a secondary private IP move: where the address is now.
 *
 * @param privateIpAddress the address moved
 * @param networkInterfaceId the interface it is on now (the target)
 * @param previousNetworkInterfaceId the interface it was taken from; empty when it was on the target
 *     already and nothing was changed
 * @param elasticIp the Elastic IP associated with the address, as the last describe showed it (EC2
 *     moves it with the address)
 * @param networkInterface the target as the last describe showed it, the address among its own
 */
public record MovePrivateIpResponse(
        String privateIpAddress,
        String networkInterfaceId,
        Optional<String> previousNetworkInterfaceId,
        Optional<NetworkInterface.IpAssociation> elasticIp,
        NetworkInterface networkInterface) {
    /** Whether the address was already on the target, so nothing was changed. */
    public boolean alreadyThere() {
        return previousNetworkInterfaceId.isEmpty();
    }
}
