package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * The answer to {@code DescribeNetworkInterfaces}: the interfaces found (every page), the request id
 * of the last page, and that page's XML for fields ec2lite does not type.
 */
public record DescribeNetworkInterfacesResponse(
        List<NetworkInterface> networkInterfaces, Optional<String> requestId, XmlElement xml) {
    public DescribeNetworkInterfacesResponse {
        networkInterfaces = List.copyOf(networkInterfaces);
    }

    /** The interface {@code networkInterfaceId}, if the answer holds it. */
    public Optional<NetworkInterface> find(String networkInterfaceId) {
        return networkInterfaces.stream()
                .filter(eni -> eni.networkInterfaceId().equals(networkInterfaceId))
                .findFirst();
    }
}
