package dev.ec2lite;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answer to {@code AttachNetworkInterface}: the new attachment's id and network card (both absent
 * for a dry run).
 *
 * @param dryRun true when this was a dry run that EC2 says would have succeeded
 * @param networkCardIndex the card EC2 attached to, when its answer says
 */
public record AttachNetworkInterfaceResponse(
        Optional<String> attachmentId,
        Optional<String> requestId,
        boolean dryRun,
        int attempts,
        OptionalInt networkCardIndex) {
    /** An answer that does not name the network card. */
    public AttachNetworkInterfaceResponse(
            Optional<String> attachmentId, Optional<String> requestId, boolean dryRun, int attempts) {
        this(attachmentId, requestId, dryRun, attempts, OptionalInt.empty());
    }
}
