package dev.ec2lite;

import java.util.Optional;

/**
 * The answer to {@code DetachNetworkInterface}.
 *
 * <p>A dry run is a success here: EC2 answers a permitted dry run with the error {@code
 * DryRunOperation} (HTTP 412), which ec2lite turns into a response whose {@link #dryRun()} is true.
 * A dry run without permission still fails with {@code UnauthorizedOperation}. (boto3 and the AWS
 * CLI raise an error in both cases.)
 *
 * @param requestId EC2's id for the call, for AWS support
 * @param dryRun true when this was a dry run that EC2 says would have succeeded
 * @param statusCode the HTTP status of the final answer (200, or 412 for a dry run)
 * @param attempts how many attempts the call took, counting the first
 */
public record DetachNetworkInterfaceResponse(
        Optional<String> requestId, boolean dryRun, int statusCode, int attempts) {}
