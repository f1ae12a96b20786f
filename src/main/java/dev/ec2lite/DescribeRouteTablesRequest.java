package dev.ec2lite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which route tables {@code DescribeRouteTables} should report: by id ({@code RouteTableId.N}), by
 * filter ({@code vpc-id}, {@code route.destination-cidr-block}, {@code association.main} …), or all;
 * with {@code MaxResults} (5 to 100) and {@code NextToken} for paging. Immutable; checked in {@link
 * Builder#build()}, before anything goes on the network.
 */
public final class DescribeRouteTablesRequest {
    /** EC2's bounds for {@code MaxResults} of this action. */
    public static final int MIN_PAGE_SIZE = 5;

    public static final int MAX_PAGE_SIZE = 100;

    private final List<String> routeTableIds;
    private final Map<String, List<String>> filters;
    private final Integer maxResults;
    private final String nextToken;

    private DescribeRouteTablesRequest(Builder builder) {
        this.routeTableIds = DescribeParameters.ids(builder.routeTableIds, "routeTableIds");
        this.filters = DescribeParameters.filters(builder.filters);
        this.maxResults = builder.maxResults;
        DescribeParameters.checkPageSize(
                maxResults, MIN_PAGE_SIZE, MAX_PAGE_SIZE, !routeTableIds.isEmpty(), "routeTableIds");
        this.nextToken = builder.nextToken;
        DescribeParameters.checkNextToken(nextToken);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static DescribeRouteTablesRequest byId(String... routeTableIds) {
        return builder().routeTableIds(routeTableIds).build();
    }

    public static DescribeRouteTablesRequest byId(List<String> routeTableIds) {
        return builder().routeTableIds(routeTableIds).build();
    }

    public Builder toBuilder() {
        Builder builder =
                builder().routeTableIds(routeTableIds).maxResults(maxResults).nextToken(nextToken);
        filters.forEach(builder::filter);
        return builder;
    }

    public List<String> routeTableIds() {
        return routeTableIds;
    }

    /** Filter names to their values; a table passes a filter when any value matches. */
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

    /** This request starting at the page {@code token} names. */
    public DescribeRouteTablesRequest withNextToken(String token) {
        return toBuilder()
                .nextToken(Objects.requireNonNull(token, "token == null"))
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DescribeRouteTablesRequest that
                && routeTableIds.equals(that.routeTableIds)
                && filters.equals(that.filters)
                && Objects.equals(maxResults, that.maxResults)
                && Objects.equals(nextToken, that.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routeTableIds, filters, maxResults, nextToken);
    }

    @Override
    public String toString() {
        return "DescribeRouteTablesRequest{routeTableIds=" + routeTableIds + ", filters=" + filters
                + (maxResults != null ? ", maxResults=" + maxResults : "")
                + DescribeParameters.describeToken(nextToken) + "}";
    }

    /** Builds a {@link DescribeRouteTablesRequest}; every part is optional. */
    public static final class Builder {
        private final List<String> routeTableIds = new ArrayList<>();
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private Integer maxResults;
        private String nextToken;

        private Builder() {}

        /** Replaces the route table ids. */
        public Builder routeTableIds(List<String> ids) {
            Objects.requireNonNull(ids, "routeTableIds == null");
            routeTableIds.clear();
            for (String id : ids) {
                routeTableIds.add(Objects.requireNonNull(id, "routeTableIds contains null"));
            }
            return this;
        }

        public Builder routeTableIds(String... ids) {
            return routeTableIds(List.of(ids));
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

        /** {@code MaxResults}: 5 to 100; null leaves it out. Not with route table ids. */
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
        public DescribeRouteTablesRequest build() {
            return new DescribeRouteTablesRequest(this);
        }
    }
}
