package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * One answer to {@code DescribeNetworkInterfaces}: the interfaces found, the request id, the token of
 * the next page (absent on the last page) and the XML for fields ec2lite does not type. {@link
 * Ec2Client#describeNetworkInterfaces} merges every page into one such answer (with the last page's
 * XML); {@link Ec2Client#describeNetworkInterfacePages} gives them one by one.
 */
public record DescribeNetworkInterfacesResponse(
        List<NetworkInterface> networkInterfaces,
        Optional<String> requestId,
        XmlElement xml,
        Optional<String> nextToken) {
    public DescribeNetworkInterfacesResponse {
        networkInterfaces = List.copyOf(networkInterfaces);
    }

    /** A last page. */
    public DescribeNetworkInterfacesResponse(
            List<NetworkInterface> networkInterfaces, Optional<String> requestId, XmlElement xml) {
        this(networkInterfaces, requestId, xml, Optional.empty());
    }

    /** The interface {@code networkInterfaceId}, if the answer holds it. */
    public Optional<NetworkInterface> find(String networkInterfaceId) {
        return networkInterfaces.stream()
                .filter(eni -> eni.networkInterfaceId().equals(networkInterfaceId))
                .findFirst();
    }
}
