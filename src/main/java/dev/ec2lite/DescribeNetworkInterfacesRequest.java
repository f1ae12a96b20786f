package dev.ec2lite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which interfaces {@code DescribeNetworkInterfaces} should report: by id ({@code
 * NetworkInterfaceId.N}), by filter ({@code attachment.attachment-id}, {@code attachment.instance-id},
 * {@code status} …), or all; with {@code MaxResults} and {@code NextToken} for paging. Immutable;
 * checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class DescribeNetworkInterfacesRequest {
    /** EC2's bounds for {@code MaxResults} of this action. */
    public static final int MIN_PAGE_SIZE = 5;

    public static final int MAX_PAGE_SIZE = 1000;

    private final List<String> networkInterfaceIds;
    private final Map<String, List<String>> filters;
    private final Integer maxResults;
    private final String nextToken;

    private DescribeNetworkInterfacesRequest(Builder builder) {
        this.networkInterfaceIds = DescribeParameters.ids(builder.networkInterfaceIds, "networkInterfaceIds");
        this.filters = DescribeParameters.filters(builder.filters);
        this.maxResults = builder.maxResults;
        DescribeParameters.checkPageSize(
                maxResults, MIN_PAGE_SIZE, MAX_PAGE_SIZE, !networkInterfaceIds.isEmpty(), "networkInterfaceIds");
        this.nextToken = builder.nextToken;
        DescribeParameters.checkNextToken(nextToken);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static DescribeNetworkInterfacesRequest byId(String... networkInterfaceIds) {
        return builder().networkInterfaceIds(networkInterfaceIds).build();
    }

    public static DescribeNetworkInterfacesRequest byAttachmentId(String attachmentId) {
        return builder().filter("attachment.attachment-id", attachmentId).build();
    }

    public static DescribeNetworkInterfacesRequest byInstanceId(String instanceId) {
        return builder().filter("attachment.instance-id", instanceId).build();
    }

    public Builder toBuilder() {
        Builder builder = builder()
                .networkInterfaceIds(networkInterfaceIds)
                .maxResults(maxResults)
                .nextToken(nextToken);
        filters.forEach(builder::filter);
        return builder;
    }

    public List<String> networkInterfaceIds() {
        return networkInterfaceIds;
    }

    /** Filter names to their values; an interface passes a filter when any value matches. */
    public Map<String, List<String>> filters() {
        return filters;
    }

    /** The page size asked of EC2; absent lets EC2 answer everything at once. */
    public Optional<Integer> maxResults() {
        return Optional.ofNullable(maxResults);
    }

    /** Where to start: the {@code NextToken} of an earlier page. */
    public Optional<String> nextToken() {
        return Optional.ofNullable(nextToken);
    }

    /** This request with EC2 asked for pages of {@code size} interfaces. */
    public DescribeNetworkInterfacesRequest withMaxResults(int size) {
        return toBuilder().maxResults(size).build();
    }

    /** This request starting at the page {@code token} names. */
    public DescribeNetworkInterfacesRequest withNextToken(String token) {
        return toBuilder()
                .nextToken(Objects.requireNonNull(token, "token == null"))
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DescribeNetworkInterfacesRequest that
                && networkInterfaceIds.equals(that.networkInterfaceIds)
                && filters.equals(that.filters)
                && Objects.equals(maxResults, that.maxResults)
                && Objects.equals(nextToken, that.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkInterfaceIds, filters, maxResults, nextToken);
    }

    @Override
    public String toString() {
        return "DescribeNetworkInterfacesRequest{networkInterfaceIds=" + networkInterfaceIds + ", filters=" + filters
                + (maxResults != null ? ", maxResults=" + maxResults : "")
                + DescribeParameters.describeToken(nextToken) + "}";
    }

    /** Builds a {@link DescribeNetworkInterfacesRequest}; every part is optional. */
    public static final class Builder {
        private final List<String> networkInterfaceIds = new ArrayList<>();
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private Integer maxResults;
        private String nextToken;

        private Builder() {}

        /** Replaces the interface ids. */
        public Builder networkInterfaceIds(List<String> ids) {
            Objects.requireNonNull(ids, "networkInterfaceIds == null");
            networkInterfaceIds.clear();
            for (String id : ids) {
                networkInterfaceIds.add(Objects.requireNonNull(id, "networkInterfaceIds contains null"));
            }
            return this;
        }

        public Builder networkInterfaceIds(String... ids) {
            return networkInterfaceIds(List.of(ids));
        }

        /**
         * Adds (or replaces) the filter {@code name}.
         *
         * @throws IllegalArgumentException for a blank name or no values
         */
        public Builder filter(String name, List<String> values) {
            DescribeParameters.putFilter(filters, name, values);
            return this;
        }

        public Builder filter(String name, String... values) {
            return filter(name, List.of(values));
        }

        /** {@code MaxResults}: 5 to 1000; null leaves it out. Not with interface ids. */
        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** {@code NextToken} from the previous page; null for the first page. */
        public Builder nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public DescribeNetworkInterfacesRequest build() {
            return new DescribeNetworkInterfacesRequest(this);
        }
    }
}
