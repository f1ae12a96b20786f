package dev.ec2lite.local;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Deterministic EC2-style ids: a fixed 13-digit hex stem and a 4-digit hex counter, so ids are 17
 * hex digits long like real ones ({@code i-0a1b2c3d4e5f60001}) and tests can predict them.
 */
final class ResourceIds {
    static final String INSTANCE_STEM = "i-0a1b2c3d4e5f6";
    static final String NETWORK_INTERFACE_STEM = "eni-0f1e2d3c4b5a6";
    static final String ATTACHMENT_STEM = "eni-attach-0a1b2c3d4e5f6";
    static final String SUBNET_STEM = "subnet-0a1b2c3d4e5f6";
    /** EC2's instance ids: {@code i-} and 8 (older) or 17 hex digits. */
    private static final Pattern INSTANCE_ID = Pattern.compile("i-(?:[0-9a-f]{8}|[0-9a-f]{17})");

    private ResourceIds() {}

    static String instance(int number) {
        return INSTANCE_STEM + counter(number);
    }

    static String networkInterface(int number) {
        return NETWORK_INTERFACE_STEM + counter(number);
    }

    static String subnet(int number) {
        return SUBNET_STEM + counter(number);
    }

    /** Whether {@code id} has the shape of an instance id; EC2 answers others as malformed. */
    static boolean isInstanceId(String id) {
        return INSTANCE_ID.matcher(id).matches();
    }

    static String attachment(int number) {
        return ATTACHMENT_STEM + counter(number);
    }

    /** A locally administered unicast MAC address, as EC2 gives its interfaces ({@code 02:…}). */
    static String macAddress(int number) {
        return String.format(Locale.ROOT, "02:1a:2b:3c:%02x:%02x", (number >> 8) & 0xFF, number & 0xFF);
    }

    private static String counter(int number) {
        if (number < 0 || number > 0xFFFF) {
            throw new IllegalStateException("id counter out of range: " + number);
        }
        return String.format(Locale.ROOT, "%04x", number);
    }
}
