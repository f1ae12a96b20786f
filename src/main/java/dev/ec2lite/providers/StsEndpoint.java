package dev.ec2lite.providers;

import dev.ec2lite.config.internal.Partition;
import dev.ec2lite.error.Ec2ConfigurationException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where STS is called and for which signing region, following the STS endpoint rules of the AWS SDKs
 * (aws/aws-sdk-java-v2 {@code services/sts/src/main/resources/codegen-resources/endpoint-rule-set.json}):
 *
 * <ul>
 *   <li>{@code https://sts.{region}.{dnsSuffix}}: the regional endpoint, the default of the SDK for Java
 *       v2 and of every SDK major version since 2022 ({@code sts_regional_endpoints = regional});
 *   <li>FIPS: {@code https://sts-fips.{region}.{dnsSuffix}}, except in {@code aws-us-gov}, whose regional
 *       STS endpoints already are FIPS endpoints;
 *   <li>dual-stack: the partition's dual-stack suffix ({@code sts.{region}.api.aws}), with FIPS too
 *       {@code sts-fips.{region}.api.aws}; an error in partitions without dual-stack;
 *   <li>region {@code aws-global}: the global {@code https://sts.amazonaws.com}, signed for {@code
 *       us-east-1}.
 * </ul>
 */
final class StsEndpoint {
    static final String GLOBAL_REGION = "aws-global";
    static final String GLOBAL_SIGNING_REGION = "us-east-1";
    static final URI GLOBAL_URI = URI.create("https://sts.amazonaws.com");

    /** A region is one DNS label; anything else would make a URL pointing somewhere unintended. */
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private StsEndpoint() {}

    /** The endpoint URL for {@code region}. */
    static URI uri(String region, boolean useFips, boolean useDualStack) {
        if (!REGION.matcher(region).matches()) {
            throw new Ec2ConfigurationException("'" + ErrorText.clean(region, 64) + "' is not a valid region for STS");
        }
        Partition partition = Partition.of(region);
        if (useDualStack && !partition.supportsDualStack()) {
            throw new Ec2ConfigurationException(
                    "dual-stack STS endpoints are not available in partition " + partition.id() + " (" + region + ")");
        }
        if (useFips) {
            String suffix = useDualStack ? partition.dualStackDnsSuffix() : partition.dnsSuffix();
            String host = !useDualStack && partition.id().equals("aws-us-gov") ? "sts." : "sts-fips.";
            return URI.create("https://" + host + region + "." + suffix);
        }
        if (useDualStack) {
            return URI.create("https://sts." + region + "." + partition.dualStackDnsSuffix());
        }
        if (region.equals(GLOBAL_REGION)) {
            return GLOBAL_URI;
        }
        return URI.create("https://sts." + region + "." + partition.dnsSuffix());
    }

    /** The region a request to {@link #uri} is signed for. */
    static String signingRegion(String region) {
        return region.equals(GLOBAL_REGION) ? GLOBAL_SIGNING_REGION : region;
    }
}
