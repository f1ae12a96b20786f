package dev.ec2lite;

/**
 * The outcome of a network-interface move: where the interface is now.
 *
 * @param attachmentId the attachment to the target instance (new, or the one it already had)
 * @param detachedAttachmentId the attachment removed on the way, or null when there was none
 * @param networkInterface the interface as the last describe showed it ({@code in-use} on the target)
 */
public record MoveNetworkInterfaceResponse(
        String networkInterfaceId,
        String instanceId,
        int deviceIndex,
        String attachmentId,
        String detachedAttachmentId,
        NetworkInterface networkInterface) {}
