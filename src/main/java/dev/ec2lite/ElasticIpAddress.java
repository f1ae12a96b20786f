package dev.ec2lite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Elastic IP address as {@code DescribeAddresses} reports it ({@code addressesSet/item}): the public
 * address and its allocation, and, while it is associated, with what.
 *
 * @param associationId absent while the address is not associated
 * @param instanceId the instance whose interface holds it, when that interface is attached
 * @param networkInterfaceId the interface it is associated with
 * @param privateIpAddress the private address of that interface it is associated with
 * @param domain {@code vpc} (or {@code standard} for the retired EC2-Classic)
 * @param tags in the answer's order
 */
public record ElasticIpAddress(
        String publicIp,
        String allocationId,
        Optional<String> associationId,
        Optional<String> instanceId,
        Optional<String> networkInterfaceId,
        Optional<String> privateIpAddress,
        String domain,
        Map<String, String> tags) {
    public ElasticIpAddress {
        Objects.requireNonNull(publicIp, "publicIp == null");
        Objects.requireNonNull(allocationId, "allocationId == null");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Whether the address is associated with something now. */
    public boolean associated() {
        return associationId.isPresent();
    }

    /** Whether it is associated with exactly this interface and private address. */
    public boolean associatedWith(String networkInterfaceId, String privateIpAddress) {
        return this.networkInterfaceId.filter(networkInterfaceId::equals).isPresent()
                && this.privateIpAddress.filter(privateIpAddress::equals).isPresent();
    }

    /** A short line for logs and progress output. */
    public String describe() {
        return publicIp + " (" + allocationId + ")"
                + associationId
                        .map(id ->
                                " " + id + " on " + networkInterfaceId.orElse("?") + " " + privateIpAddress.orElse("?")
                                        + instanceId.map(i -> " of " + i).orElse(""))
                        .orElse(" not associated");
    }

    /** Checks a dotted IPv4 address given by a caller (four numbers 0 to 255); the message names the field. */
    static String checkIpv4(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        String[] parts = value.split("\\.", -1);
        boolean valid = parts.length == 4;
        for (int i = 0; valid && i < parts.length; i++) {
            valid = !parts[i].isEmpty()
                    && parts[i].length() <= 3
                    && parts[i].chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(parts[i]) <= 255;
        }
        if (!valid) {
            throw new IllegalArgumentException(field + " is not a dotted IPv4 address: " + abbreviate(value));
        }
        return value;
    }

    /** Enough of a bad value to recognise it, never a runaway string. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
