package dev.ec2lite.query;

import dev.ec2lite.query.internal.FormEncoding;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of the AWS Query protocol: an action, an API version, and parameters in order. Immutable.
 *
 * <p>Structured parameters are flattened the EC2 way: list members are numbered from 1 ({@code
 * NetworkInterfaceId.1}, {@code NetworkInterfaceId.2}), nested members joined by dots ({@code
 * Filter.1.Name}, {@code Filter.1.Value.1}).
 */
public final class QueryRequest {
    private final String action;
    private final String version;
    private final List<Map.Entry<String, String>> parameters;

    private QueryRequest(Builder builder) {
        this.action = requireName(builder.action, "action");
        this.version = requireName(builder.version, "version");
        this.parameters = List.copyOf(builder.parameters);
    }

    public static Builder builder(String action, String version) {
        return new Builder().action(action).version(version);
    }

    public String action() {
        return action;
    }

    public String version() {
        return version;
    }

    /** The parameters after {@code Action} and {@code Version}, flattened, in order. */
    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** The form body: {@code Action=…&Version=…} then the parameters. */
    public String formBody() {
        List<Map.Entry<String, String>> all = new ArrayList<>(parameters.size() + 2);
        all.add(new SimpleImmutableEntry<>("Action", action));
        all.add(new SimpleImmutableEntry<>("Version", version));
        all.addAll(parameters);
        return FormEncoding.encode(all);
    }

    @Override
    public String toString() {
        return "QueryRequest{" + action + ", " + parameters.size() + " parameters}";
    }

    private static String requireName(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** Builds a {@link QueryRequest}. */
    public static final class Builder {
        private String action;
        private String version;
        private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

        private Builder() {}

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Adds one parameter; values are strings, booleans ({@code true}/{@code false}), numbers. */
        public Builder param(String name, Object value) {
            flatten(requireName(name, "parameter name"), value);
            return this;
        }

        /**
         * Adds every entry of {@code parameters}, flattening lists ({@code Name.1}, {@code Name.2}) and
         * maps ({@code Name.Key}) at any depth.
         */
        public Builder params(Map<String, ?> parameters) {
            parameters.forEach(this::param);
            return this;
        }

        private void flatten(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("parameter " + name + " is null");
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, member) -> flatten(name + "." + key, member));
            } else if (value instanceof Collection<?> list) {
                int index = 1;
                for (Object member : list) {
                    flatten(name + "." + index++, member);
                }
            } else if (value instanceof String || value instanceof Boolean || value instanceof Number) {
                parameters.add(new SimpleImmutableEntry<>(name, value.toString()));
            } else {
                throw new IllegalArgumentException("parameter " + name + " has an unsupported type "
                        + value.getClass().getName() + " (use String, Boolean, Number, List or Map)");
            }
        }

        public QueryRequest build() {
            return new QueryRequest(this);
        }
    }
}
