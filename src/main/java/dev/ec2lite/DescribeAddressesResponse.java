package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code DescribeAddresses}: every matching Elastic IP address, the request id, and the
 * answer's XML for fields ec2lite does not type. A permitted dry run has no addresses, no XML and
 * {@link #dryRun()} true.
 */
public record DescribeAddressesResponse(
        List<ElasticIpAddress> addresses, Optional<String> requestId, boolean dryRun, Optional<XmlElement> xml) {
    public DescribeAddressesResponse {
        addresses = List.copyOf(addresses);
    }

    /** The address with allocation id {@code allocationId}, if the answer holds it. */
    public Optional<ElasticIpAddress> find(String allocationId) {
        return addresses.stream()
                .filter(address -> address.allocationId().equals(allocationId))
                .findFirst();
    }
}
