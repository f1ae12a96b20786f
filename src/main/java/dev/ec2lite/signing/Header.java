package dev.ec2lite.signing;

import java.util.Objects;

/**
 * One HTTP header line as the caller wrote it. The value is kept verbatim (it may even span lines),
 * canonicalisation happens in {@link CanonicalRequest}.
 */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(value, "value == null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
    }

    boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }
}
