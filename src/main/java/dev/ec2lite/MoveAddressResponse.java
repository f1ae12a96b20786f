package dev.ec2lite;

/**
 * The outcome of an Elastic IP move: where the address is now.
 *
 * @param associationId the association with the target (new, or the one it already had)
 * @param previousAssociationId the association the move replaced, or null when there was none (the
 *     address was free, or already on the target)
 * @param alreadyThere true when the address was already associated with the target and nothing changed
 * @param address the address as the last {@code DescribeAddresses} showed it
 */
public record MoveAddressResponse(
        String allocationId,
        String associationId,
        String previousAssociationId,
        boolean alreadyThere,
        ElasticIpAddress address) {}
