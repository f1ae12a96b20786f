package dev.ec2lite;

import java.util.Objects;

/**
 * Checks an IPv4 address given by a caller: four decimal numbers 0 to 255 without leading zeros, as
 * EC2 writes them. A leading zero is refused rather than guessed at (some parsers read it as octal).
 */
final class Ipv4Address {
    private static final int PARTS = 4;
    private static final int MAX_LENGTH = 15;

    private Ipv4Address() {}

    /** {@code value}, when it is an IPv4 address; otherwise an exception naming {@code field}. */
    static String check(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !valid(value)) {
            throw new IllegalArgumentException(field + " is not an IPv4 address such as 10.0.1.100: "
                    + (value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) + "…" : value));
        }
        return value;
    }

    private static boolean valid(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != PARTS) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
