package dev.ec2lite.config;

import java.util.Optional;

/** Reading a property's value as sub-properties, the way the AWS CLI and SDKs do for nested settings. */
final class SubProperties {
    private SubProperties() {}

    /**
     * Looks up {@code subKey} in a value written as sub-properties:
     *
     * <pre>
     * ec2 =
     *   endpoint_url = http://localhost:4566
     * </pre>
     *
     * The parser stores that value as {@code "\nendpoint_url = http://localhost:4566"}: an empty first
     * line, then one {@code key = value} per line. A value with text on its first line is an ordinary
     * multi-line value and has no sub-properties. Lines without {@code =} are skipped; the last of
     * duplicate keys wins, as for top-level properties.
     */
    static Optional<String> find(String value, String subKey) {
        if (value == null || !value.startsWith("\n")) {
            return Optional.empty();
        }
        String found = null;
        for (String line : value.split("\n", -1)) {
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(0, equals).trim().equals(subKey)) {
                found = line.substring(equals + 1).trim();
            }
        }
        return Optional.ofNullable(found);
    }
}
