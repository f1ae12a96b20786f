package dev.ec2lite;

import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code AssignPrivateIpAddresses}: the addresses EC2 assigned ({@code
 * assignedPrivateIpAddressesSet}). EC2 applies a reassignment asynchronously: describe the interface
 * again (or use {@link Ec2Client#moveSecondaryPrivateIp}) to see it done.
 *
 * @param networkInterfaceId the interface, as EC2's answer names it (empty when it does not)
 * @param assignedPrivateIpAddresses the addresses assigned, in EC2's order
 * @param requestId EC2's id for the call, for AWS support
 * @param attempts how many attempts the call took, counting the first
 */
public record AssignPrivateIpAddressesResponse(
        Optional<String> networkInterfaceId,
        List<String> assignedPrivateIpAddresses,
        Optional<String> requestId,
        int attempts) {
    public AssignPrivateIpAddressesResponse {
        assignedPrivateIpAddresses = List.copyOf(assignedPrivateIpAddresses);
    }
}
