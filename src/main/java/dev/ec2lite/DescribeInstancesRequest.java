package dev.ec2lite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code DescribeInstances}: instance ids ({@code InstanceId.N}), filters
 * ({@code Filter.N.Name}, {@code Filter.N.Value.M}), {@code MaxResults} and {@code NextToken}. One
 * call is one page: follow {@link DescribeInstancesResponse#nextToken()} for the next. Immutable;
 * checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class DescribeInstancesRequest {
    /** EC2's bounds for {@code MaxResults}. */
    public static final int MIN_RESULTS = 5;

    public static final int MAX_RESULTS = 1000;

    private final List<String> instanceIds;
    private final Map<String, List<String>> filters;
    private final Integer maxResults;
    private final String nextToken;

    private DescribeInstancesRequest(Builder builder) {
        this.instanceIds = DescribeParameters.ids(builder.instanceIds, "instanceIds");
        this.filters = DescribeParameters.filters(builder.filters);
        this.maxResults = builder.maxResults;
        DescribeParameters.checkPageSize(maxResults, MIN_RESULTS, MAX_RESULTS, !instanceIds.isEmpty(), "instanceIds");
        this.nextToken = builder.nextToken;
        DescribeParameters.checkNextToken(nextToken);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The instances with these ids. */
    public static DescribeInstancesRequest byId(String... instanceIds) {
        return builder().instanceIds(List.of(instanceIds)).build();
    }

    public Builder toBuilder() {
        Builder builder =
                new Builder().instanceIds(instanceIds).maxResults(maxResults).nextToken(nextToken);
        filters.forEach(builder::filter);
        return builder;
    }

    public List<String> instanceIds() {
        return instanceIds;
    }

    /** Filter names ({@code instance-state-name}, {@code availability-zone} …) to their values. */
    public Map<String, List<String>> filters() {
        return filters;
    }

    public Optional<Integer> maxResults() {
        return Optional.ofNullable(maxResults);
    }

    public Optional<String> nextToken() {
        return Optional.ofNullable(nextToken);
    }

    /** This request for the page after {@code token}. */
    public DescribeInstancesRequest withNextToken(String token) {
        return toBuilder().nextToken(token).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DescribeInstancesRequest that
                && instanceIds.equals(that.instanceIds)
                && filters.equals(that.filters)
                && Objects.equals(maxResults, that.maxResults)
                && Objects.equals(nextToken, that.nextToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instanceIds, filters, maxResults, nextToken);
    }

    @Override
    public String toString() {
        return "DescribeInstancesRequest{instanceIds=" + instanceIds + ", filters=" + filters
                + (maxResults != null ? ", maxResults=" + maxResults : "")
                + DescribeParameters.describeToken(nextToken) + "}";
    }

    /** Builds a {@link DescribeInstancesRequest}; every part is optional. */
    public static final class Builder {
        private final List<String> instanceIds = new ArrayList<>();
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private Integer maxResults;
        private String nextToken;

        private Builder() {}

        /** Replaces the instance ids. */
        public Builder instanceIds(List<String> instanceIds) {
            Objects.requireNonNull(instanceIds, "instanceIds == null");
            this.instanceIds.clear();
            for (String id : instanceIds) {
                this.instanceIds.add(Objects.requireNonNull(id, "instanceIds contains null"));
            }
            return this;
        }

        public Builder instanceIds(String... instanceIds) {
            return instanceIds(List.of(instanceIds));
        }

        /**
         * Adds (or replaces) the filter {@code name}; an instance passes it when any value matches.
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

        /** {@code MaxResults}: 5 to 1000; null leaves it out. Not with instance ids. */
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
        public DescribeInstancesRequest build() {
            return new DescribeInstancesRequest(this);
        }
    }
}
