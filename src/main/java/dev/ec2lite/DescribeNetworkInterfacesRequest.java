package dev.ec2lite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which interfaces {@code DescribeNetworkInterfaces} should report: by id, by filter ({@code
 * attachment.attachment-id}, {@code attachment.instance-id}, {@code status} …), or all.
 *
 * @param maxResults page size asked of EC2 (5 to 1000); absent lets EC2 answer everything at once
 * @param nextToken where to start: the {@code NextToken} of an earlier page
 */
public record DescribeNetworkInterfacesRequest(
        List<String> networkInterfaceIds,
        Map<String, List<String>> filters,
        OptionalInt maxResults,
        Optional<String> nextToken) {
    /** EC2's bounds for {@code MaxResults} of this action. */
    public static final int MIN_PAGE_SIZE = 5;

    public static final int MAX_PAGE_SIZE = 1000;

    public DescribeNetworkInterfacesRequest {
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
        for (String id : networkInterfaceIds) {
            DetachNetworkInterfaceRequest.checkId(id, "networkInterfaceId");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((name, values) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("filters: a filter has no name");
            }
            copy.put(name, List.copyOf(values));
        });
        filters = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(maxResults, "maxResults == null (use OptionalInt.empty())");
        Objects.requireNonNull(nextToken, "nextToken == null (use Optional.empty())");
        if (maxResults.isPresent()) {
            int size = maxResults.getAsInt();
            if (size < MIN_PAGE_SIZE || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException(
                        "maxResults must be " + MIN_PAGE_SIZE + " to " + MAX_PAGE_SIZE + ", was " + size);
            }
            if (!networkInterfaceIds.isEmpty()) {
                // EC2 refuses the pair: ids already bound the answer.
                throw new IllegalArgumentException("maxResults cannot be combined with networkInterfaceIds");
            }
        }
        if (nextToken.isPresent() && nextToken.get().isEmpty()) {
            throw new IllegalArgumentException("nextToken is empty");
        }
    }

    /** All pages from the first, at EC2's page size. */
    public DescribeNetworkInterfacesRequest(List<String> networkInterfaceIds, Map<String, List<String>> filters) {
        this(networkInterfaceIds, filters, OptionalInt.empty(), Optional.empty());
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

    /** This request with EC2 asked for pages of {@code size} interfaces. */
    public DescribeNetworkInterfacesRequest withMaxResults(int size) {
        return new DescribeNetworkInterfacesRequest(networkInterfaceIds, filters, OptionalInt.of(size), nextToken);
    }

    /** This request starting at the page {@code token} names. */
    public DescribeNetworkInterfacesRequest withNextToken(String token) {
        return new DescribeNetworkInterfacesRequest(
                networkInterfaceIds, filters, maxResults, Optional.of(Objects.requireNonNull(token, "token == null")));
    }
}
