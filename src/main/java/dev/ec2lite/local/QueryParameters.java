package dev.ec2lite.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a Query API request, decoded from the URL query and the form body, with EC2's
 * list flattening read back: {@code NetworkInterfaceId.1}, {@code NetworkInterfaceId.2}, and {@code
 * Filter.1.Name} with {@code Filter.1.Value.1}. Immutable.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html">EC2 Query
 *     requests</a>
 */
final class QueryParameters {
    private static final Pattern FILTER_KEY = Pattern.compile("Filter\\.(\\d{1,4})\\.(Name|Value\\.(\\d{1,4}))");

    /** A filter as the request spelt it: a name and the values any of which may match. */
    record Filter(String name, List<String> values) {}

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text: pairs split on {@code &}, {@code +} is a
     * space, {@code %XX} a byte, bytes read as UTF-8. A malformed escape is kept as it is, as lenient
     * servers do. When a name repeats, the first value wins. Each source may be null.
     */
    static QueryParameters decode(String urlQuery, String formBody) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String source : new String[] {urlQuery, formBody}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = formDecode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : formDecode(pair.substring(equals + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new QueryParameters(values);
    }

    static String formDecode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write((hex(raw[i + 1]) << 4) | hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** The value of {@code name}, absent when the request did not carry it. */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of {@code name}; {@code MissingParameter} when absent or empty. */
    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw ServiceError.missingParameter(name);
        }
        return value;
    }

    /**
     * An optional boolean ({@code true}/{@code false}, any case); absent is {@code false}, anything
     * else is {@code InvalidParameterValue}.
     */
    boolean flag(String name) {
        String value = values.get(name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw ServiceError.invalidParameterValue(
                        "Value (" + value + ") for parameter " + name + " is invalid. Expected: 'true' or 'false'.");
        };
    }

    /** The members of the flattened list {@code name.1}, {@code name.2}, … in index order. */
    List<String> list(String name) {
        TreeMap<Integer, String> members = new TreeMap<>();
        String prefix = name + '.';
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(prefix) && isIndex(key.substring(prefix.length()))) {
                members.put(Integer.parseInt(key.substring(prefix.length())), entry.getValue());
            }
        }
        return List.copyOf(members.values());
    }

    /** The filters {@code Filter.N.Name} / {@code Filter.N.Value.M}, in index order. */
    List<Filter> filters() {
        TreeMap<Integer, String> names = new TreeMap<>();
        TreeMap<Integer, TreeMap<Integer, String>> filterValues = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Matcher matcher = FILTER_KEY.matcher(entry.getKey());
            if (!matcher.matches()) {
                continue;
            }
            int index = Integer.parseInt(matcher.group(1));
            if (matcher.group(3) == null) {
                names.put(index, entry.getValue());
            } else {
                filterValues
                        .computeIfAbsent(index, i -> new TreeMap<>())
                        .put(Integer.parseInt(matcher.group(3)), entry.getValue());
            }
        }
        List<Filter> filters = new ArrayList<>(names.size());
        for (Integer index : filterValues.keySet()) {
            if (!names.containsKey(index)) {
                throw ServiceError.missingParameter("Filter." + index + ".Name");
            }
        }
        for (Map.Entry<Integer, String> name : names.entrySet()) {
            TreeMap<Integer, String> given = filterValues.getOrDefault(name.getKey(), new TreeMap<>());
            filters.add(new Filter(name.getValue(), List.copyOf(given.values())));
        }
        return filters;
    }

    private static boolean isIndex(String text) {
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return "QueryParameters" + values.keySet();
    }
}
