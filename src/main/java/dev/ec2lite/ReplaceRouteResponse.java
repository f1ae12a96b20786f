package dev.ec2lite;

import java.util.Optional;

/**
 * The answer to {@code ReplaceRoute}. A permitted dry run is a success whose {@link #dryRun()} is true
 * (see {@link DetachNetworkInterfaceResponse}).
 *
 * @param requestId EC2's id for the call, for AWS support
 * @param dryRun true when this was a dry run that EC2 says would have succeeded
 * @param statusCode the HTTP status of the final answer (200, or 412 for a dry run)
 * @param attempts how many attempts the call took, counting the first
 */
public record ReplaceRouteResponse(Optional<String> requestId, boolean dryRun, int statusCode, int attempts) {}
