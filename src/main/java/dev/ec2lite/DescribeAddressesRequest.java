package dev.ec2lite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of EC2 {@code DescribeAddresses}: filters ({@code Filter.N.Name}, {@code
 * Filter.N.Value.M}), public addresses ({@code PublicIp.N}), allocation ids ({@code AllocationId.N})
 * and {@code DryRun}. EC2 answers every matching address at once: this action has no pages. Immutable;
 * checked in {@link Builder#build()}, before anything goes on the network.
 */
public final class DescribeAddressesRequest {
    private final Map<String, List<String>> filters;
    private final List<String> publicIps;
    private final List<String> allocationIds;
    private final Boolean dryRun;

    private DescribeAddressesRequest(Builder builder) {
        this.filters = DescribeParameters.filters(builder.filters);
        if (builder.publicIps.size() > DescribeParameters.MAX_VALUES) {
            throw new IllegalArgumentException(
                    "publicIps has more than " + DescribeParameters.MAX_VALUES + " addresses");
        }
        this.publicIps = builder.publicIps.stream()
                .map(ip -> ElasticIpAddress.checkIpv4(ip, "publicIps"))
                .toList();
        this.allocationIds = DescribeParameters.ids(builder.allocationIds, "allocationIds");
        this.dryRun = builder.dryRun;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The addresses with these allocation ids. */
    public static DescribeAddressesRequest byAllocationId(String... allocationIds) {
        return builder().allocationIds(List.of(allocationIds)).build();
    }

    public Builder toBuilder() {
        Builder builder =
                new Builder().publicIps(publicIps).allocationIds(allocationIds).dryRun(dryRun);
        filters.forEach(builder::filter);
        return builder;
    }

    /** Filter names ({@code allocation-id}, {@code network-interface-id} …) to their values. */
    public Map<String, List<String>> filters() {
        return filters;
    }

    public List<String> publicIps() {
        return publicIps;
    }

    public List<String> allocationIds() {
        return allocationIds;
    }

    /** {@code DryRun}, when set: only check permissions. */
    public Optional<Boolean> dryRun() {
        return Optional.ofNullable(dryRun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DescribeAddressesRequest that
                && filters.equals(that.filters)
                && publicIps.equals(that.publicIps)
                && allocationIds.equals(that.allocationIds)
                && Objects.equals(dryRun, that.dryRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filters, publicIps, allocationIds, dryRun);
    }

    @Override
    public String toString() {
        return "DescribeAddressesRequest{filters=" + filters + ", publicIps=" + publicIps + ", allocationIds="
                + allocationIds + (dryRun != null ? ", dryRun=" + dryRun : "") + "}";
    }

    /** Builds a {@link DescribeAddressesRequest}; every part is optional. */
    public static final class Builder {
        private final Map<String, List<String>> filters = new LinkedHashMap<>();
        private final List<String> publicIps = new ArrayList<>();
        private final List<String> allocationIds = new ArrayList<>();
        private Boolean dryRun;

        private Builder() {}

        /**
         * Adds (or replaces) the filter {@code name}; an address passes it when any value matches.
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

        /** Replaces the public addresses (dotted IPv4). */
        public Builder publicIps(List<String> publicIps) {
            return replace(this.publicIps, publicIps, "publicIps");
        }

        /** Replaces the allocation ids. */
        public Builder allocationIds(List<String> allocationIds) {
            return replace(this.allocationIds, allocationIds, "allocationIds");
        }

        /** Null leaves {@code DryRun} out of the request. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        private Builder replace(List<String> target, List<String> values, String field) {
            Objects.requireNonNull(values, field + " == null");
            target.clear();
            for (String value : values) {
                target.add(Objects.requireNonNull(value, field + " contains null"));
            }
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException naming the bad field */
        public DescribeAddressesRequest build() {
            return new DescribeAddressesRequest(this);
        }
    }
}
