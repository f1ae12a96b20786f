package dev.ec2lite.config.internal;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The EC2 endpoint rule set ({@code botocore/data/ec2/2016-11-15/endpoint-rule-set-1.json}), written
 * out as code. Pure: no settings are read here.
 *
 * <p>In the rule set's order:
 *
 * <ol>
 *   <li>an endpoint override is used as given, but not together with FIPS or dual-stack;
 *   <li>without an override a region is required;
 *   <li>FIPS and dual-stack: {@code ec2-fips.{region}.{dualStackDnsSuffix}};
 *   <li>FIPS: {@code ec2-fips.{region}.{dnsSuffix}}, except in {@code aws-us-gov}, where the
 *       ordinary host {@code ec2.{region}.amazonaws.com} is already FIPS-validated;
 *   <li>dual-stack: {@code ec2.{region}.{dualStackDnsSuffix}};
 *   <li>otherwise {@code ec2.{region}.{dnsSuffix}}.
 * </ol>
 *
 * A partition without dual-stack (the ISO partitions and {@code aws-eusc}) makes dual-stack an
 * error. The error texts are the rule set's own.
 */
public final class Ec2EndpointRules {
    /**
     * The rules engine's {@code isValidHostLabel}: a region becomes one DNS label, so it must be one.
     * The EC2 rule set itself does not check this; without the check, "us-east-1/evil" or
     * "x.example.com#" would change which host we send signed requests to.
     */
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}");

    private Ec2EndpointRules() {}

    /**
     * Refuses a region that is not one host label, whatever the endpoint. With an endpoint override
     * the region is still signed into every request (credential scope, {@code Authorization}
     * header), so a line break or a '/' in it must stop the call before any I/O.
     *
     * @throws IllegalArgumentException naming the region (its characters made printable)
     */
    public static void checkRegion(String region) {
        if (!HOST_LABEL.matcher(region).matches()) {
            throw new IllegalArgumentException("Invalid Configuration: region '" + printable(region)
                    + "' is not a valid host label (letters, digits and '-', at most 63 characters)");
        }
    }

    /** The region as it can be shown: at most 64 characters, anything outside printable ASCII as '?'. */
    private static String printable(String region) {
        String cut = region.length() > 64 ? region.substring(0, 64) + "..." : region;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /**
     * The endpoint for EC2 in {@code region}.
     *
     * @param region for example {@code us-east-1}; may be null only if {@code endpointOverride} is set
     * @param endpointOverride a configured endpoint URL, or null
     * @throws IllegalArgumentException if the combination is invalid, with the rule set's message
     */
    public static URI resolve(String region, boolean useFips, boolean useDualStack, URI endpointOverride) {
        if (endpointOverride != null) {
            if (useFips) {
                throw new IllegalArgumentException("Invalid Configuration: FIPS and custom endpoint are not supported");
            }
            if (useDualStack) {
                throw new IllegalArgumentException(
                        "Invalid Configuration: Dualstack and custom endpoint are not supported");
            }
            return endpointOverride;
        }
        if (region == null || region.isEmpty()) {
            throw new IllegalArgumentException("Invalid Configuration: Missing Region");
        }
        checkRegion(region);
        Partition partition = Partition.of(region);
        return URI.create("https://" + host(region, partition, useFips, useDualStack));
    }

    private static String host(String region, Partition partition, boolean useFips, boolean useDualStack) {
        if (useFips && useDualStack) {
            if (!partition.supportsFips() || !partition.supportsDualStack()) {
                throw unsupported(
                        "FIPS and DualStack are enabled, but this partition does not support one or both",
                        region,
                        partition);
            }
            return "ec2-fips." + region + "." + partition.dualStackDnsSuffix();
        }
        if (useFips) {
            if (!partition.supportsFips()) {
                throw unsupported("FIPS is enabled but this partition does not support FIPS", region, partition);
            }
            // The rule set's one EC2-specific exception: GovCloud's regular endpoint is its FIPS one.
            if (partition.id().equals("aws-us-gov")) {
                return "ec2." + region + ".amazonaws.com";
            }
            return "ec2-fips." + region + "." + partition.dnsSuffix();
        }
        if (useDualStack) {
            if (!partition.supportsDualStack()) {
                throw unsupported(
                        "DualStack is enabled but this partition does not support DualStack", region, partition);
            }
            return "ec2." + region + "." + partition.dualStackDnsSuffix();
        }
        return "ec2." + region + "." + partition.dnsSuffix();
    }

    private static IllegalArgumentException unsupported(String ruleMessage, String region, Partition partition) {
        return new IllegalArgumentException(ruleMessage + " (region " + region + ", partition " + partition.id() + ")");
    }
}
