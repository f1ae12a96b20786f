package dev.ec2lite;

import java.util.Optional;

/**
 * The answer to {@code UnassignPrivateIpAddresses}: EC2 says only that it took the request.
 *
 * @param requestId EC2's id for the call, for AWS support
 * @param attempts how many attempts the call took, counting the first
 */
public record UnassignPrivateIpAddressesResponse(Optional<String> requestId, int attempts) {}
