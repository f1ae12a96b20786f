package dev.ec2lite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which interfaces {@code DescribeNetworkInterfaces} should report: by id, by filter ({@code
 * attachment.attachment-id}, {@code attachment.instance-id}, {@code status} …), or all.
 */
public record DescribeNetworkInterfacesRequest(List<String> networkInterfaceIds, Map<String, List<String>> filters) {
    public DescribeNetworkInterfacesRequest {
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
        for (String id : networkInterfaceIds) {
            DetachNetworkInterfaceRequest.checkId(id, "networkInterfaceId");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        filters = Collections.unmodifiableMap(copy);
    }

    public static DescribeNetworkInterfacesRequest byId(String... networkInterfaceIds) {
        return new DescribeNetworkInterfacesRequest(List.of(networkInterfaceIds), Map.of());
    }

    public static DescribeNetworkInterfacesRequest byAttachmentId(String attachmentId) {
        return new DescribeNetworkInterfacesRequest(
                List.of(), Map.of("attachment.attachment-id", List.of(attachmentId)));
    }

    public static DescribeNetworkInterfacesRequest byInstanceId(String instanceId) {
        return new DescribeNetworkInterfacesRequest(List.of(), Map.of("attachment.instance-id", List.of(instanceId)));
    }
}
