package dev.ec2lite.config.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An AWS partition: a group of regions sharing DNS suffixes and capabilities. Immutable.
 *
 * <p>The data is the AWS SDKs' {@code partitions.json} (version 1.1: aws/aws-sdk-js-v3 {@code
 * packages/util-endpoints/src/lib/aws/partitions.json}, which matches botocore's {@code
 * botocore/data/partitions.json} plus the {@code aws-eusc} partition). When AWS adds a partition
 * or changes a capability, this table is the one place to update.
 */
public final class Partition {
    // Order matters only for readability: the regular expressions do not overlap.
    private static final List<Partition> ALL = List.of(
            new Partition(
                    "aws",
                    "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
                    Set.of("aws-global"),
                    "amazonaws.com",
                    "api.aws",
                    true),
            new Partition(
                    "aws-cn",
                    "^cn\\-\\w+\\-\\d+$",
                    Set.of("aws-cn-global"),
                    "amazonaws.com.cn",
                    "api.amazonwebservices.com.cn",
                    true),
            new Partition(
                    "aws-us-gov",
                    "^us\\-gov\\-\\w+\\-\\d+$",
                    Set.of("aws-us-gov-global"),
                    "amazonaws.com",
                    "api.aws",
                    true),
            new Partition(
                    "aws-iso", "^us\\-iso\\-\\w+\\-\\d+$", Set.of("aws-iso-global"), "c2s.ic.gov", "c2s.ic.gov", false),
            new Partition(
                    "aws-iso-b",
                    "^us\\-isob\\-\\w+\\-\\d+$",
                    Set.of("aws-iso-b-global"),
                    "sc2s.sgov.gov",
                    "sc2s.sgov.gov",
                    false),
            new Partition(
                    "aws-iso-e",
                    "^eu\\-isoe\\-\\w+\\-\\d+$",
                    Set.of("aws-iso-e-global"),
                    "cloud.adc-e.uk",
                    "cloud.adc-e.uk",
                    false),
            new Partition(
                    "aws-iso-f",
                    "^us\\-isof\\-\\w+\\-\\d+$",
                    Set.of("aws-iso-f-global"),
                    "csp.hci.ic.gov",
                    "csp.hci.ic.gov",
                    false),
            new Partition("aws-eusc", "^eusc\\-(de)\\-\\w+\\-\\d+$", Set.of(), "amazonaws.eu", "amazonaws.eu", false));

    private final String id;
    private final Pattern regionRegex;
    /** Region names listed outright; they are matched before any regular expression. */
    private final Set<String> listedRegions;

    private final String dnsSuffix;
    private final String dualStackDnsSuffix;
    private final boolean supportsDualStack;

    private Partition(
            String id,
            String regionRegex,
            Set<String> listedRegions,
            String dnsSuffix,
            String dualStackDnsSuffix,
            boolean supportsDualStack) {
        this.id = id;
        this.regionRegex = Pattern.compile(regionRegex);
        this.listedRegions = listedRegions;
        this.dnsSuffix = dnsSuffix;
        this.dualStackDnsSuffix = dualStackDnsSuffix;
        this.supportsDualStack = supportsDualStack;
    }

    /**
     * The partition of {@code region}, as the rules engine's {@code aws.partition} function finds it:
     * a region listed by name, else the first whose pattern matches, else {@code aws}, so a region
     * launched after this table was written still gets the standard endpoints.
     */
    public static Partition of(String region) {
        for (Partition partition : ALL) {
            if (partition.listedRegions.contains(region)) {
                return partition;
            }
        }
        for (Partition partition : ALL) {
            if (partition.regionRegex.matcher(region).matches()) {
                return partition;
            }
        }
        return ALL.get(0);
    }

    /** {@code aws}, {@code aws-cn}, {@code aws-us-gov}, … */
    public String id() {
        return id;
    }

    /** For example {@code amazonaws.com}. */
    public String dnsSuffix() {
        return dnsSuffix;
    }

    /** For example {@code api.aws}; meaningful only if {@link #supportsDualStack()}. */
    public String dualStackDnsSuffix() {
        return dualStackDnsSuffix;
    }

    /** Every partition in the table has FIPS endpoints. */
    public boolean supportsFips() {
        return true;
    }

    public boolean supportsDualStack() {
        return supportsDualStack;
    }

    @Override
    public String toString() {
        return id;
    }
}
