package dev.ec2lite.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP answer, read whole (up to the transport's size limit): status, headers and body.
 *
 * @param headers names are compared case-insensitively
 */
public record HttpAnswer(int statusCode, Map<String, List<String>> headers, byte[] body) {
    public HttpAnswer {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
    }

    /** The first value of header {@code name}, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    @Override
    public String toString() {
        return "HttpAnswer{status=" + statusCode + ", bytes=" + body.length + ", content-type="
                + header("Content-Type").orElse("none").toLowerCase(Locale.ROOT) + "}";
    }
}
