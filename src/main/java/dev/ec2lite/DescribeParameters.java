package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every {@code Describe…} request shares, checked and written once: ids ({@code InstanceId.N}),
 * filters ({@code Filter.N.Name}, {@code Filter.N.Value.M}), {@code MaxResults} and {@code NextToken}.
 */
final class DescribeParameters {
    /** EC2 accepts at most this many ids or filter values in one request. */
    static final int MAX_VALUES = 1000;
    /** Far beyond EC2's own tokens; a guard against sending back a runaway string. */
    private static final int MAX_TOKEN_LENGTH = 4096;

    private DescribeParameters() {}

    /** A checked, unmodifiable copy of caller-given ids; each must look like an EC2 id. */
    static List<String> ids(List<String> ids, String field) {
        Objects.requireNonNull(ids, field + " == null");
        if (ids.size() > MAX_VALUES) {
            throw new IllegalArgumentException(field + " has more than " + MAX_VALUES + " ids");
        }
        List<String> copy = new ArrayList<>(ids.size());
        for (String id : ids) {
            copy.add(DetachNetworkInterfaceRequest.checkId(id, field));
        }
        return Collections.unmodifiableList(copy);
    }

    /** Adds (or replaces) filter {@code name} in {@code filters}, after checking it. */
    static void putFilter(Map<String, List<String>> filters, String name, List<String> values) {
        Objects.requireNonNull(name, "filter name == null");
        Objects.requireNonNull(values, "values of filter " + name + " == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("filter name is blank");
        }
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "filter " + name + " needs 1 to " + MAX_VALUES + " values, has " + values.size());
        }
        for (String value : values) {
            Objects.requireNonNull(value, "filter " + name + " has a null value");
        }
        filters.put(name, List.copyOf(values));
    }

    static Map<String, List<String>> filters(Map<String, List<String>> filters) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /**
     * Checks {@code MaxResults} against the action's bounds, and that it is not combined with ids
     * (EC2 refuses the pair with {@code InvalidParameterCombination}; say so before the call).
     */
    static void checkPageSize(Integer maxResults, int min, int max, boolean hasIds, String idsField) {
        if (maxResults == null) {
            return;
        }
        if (maxResults < min || maxResults > max) {
            throw new IllegalArgumentException("maxResults must be between " + min + " and " + max + ": " + maxResults);
        }
        if (hasIds) {
            throw new IllegalArgumentException("maxResults cannot be used with " + idsField);
        }
    }

    static void checkNextToken(String nextToken) {
        if (nextToken != null && (nextToken.isEmpty() || nextToken.length() > MAX_TOKEN_LENGTH)) {
            throw new IllegalArgumentException("nextToken must be 1 to " + MAX_TOKEN_LENGTH + " characters");
        }
    }

    /** {@code Filter.1.Name}, {@code Filter.1.Value.1}, … in the order the filters were added. */
    static void writeFilters(Map<String, List<String>> filters, QueryRequest.Builder call) {
        int index = 1;
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            call.param("Filter." + index + ".Name", filter.getKey());
            call.param("Filter." + index + ".Value", filter.getValue());
            index++;
        }
    }

    /** {@code Name.1}, {@code Name.2}, … (nothing for no ids). */
    static void writeIds(String name, List<String> ids, QueryRequest.Builder call) {
        if (!ids.isEmpty()) {
            call.param(name, ids);
        }
    }

    static String describeToken(String nextToken) {
        return nextToken == null ? "" : ", nextToken=(" + nextToken.length() + " chars)";
    }
}
