package dev.ec2lite;

import java.util.Optional;

/**
 * The answer to {@code AttachNetworkInterface}: the new attachment's id (absent for a dry run).
 *
 * @param dryRun true when this was a dry run that EC2 says would have succeeded
 */
public record AttachNetworkInterfaceResponse(
        Optional<String> attachmentId, Optional<String> requestId, boolean dryRun, int attempts) {}
