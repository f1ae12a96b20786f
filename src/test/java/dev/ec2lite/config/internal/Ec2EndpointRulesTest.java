package dev.ec2lite.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EC2 endpoint rule set, region × FIPS × dual-stack, for every partition. Expected hosts follow
 * botocore's {@code ec2/2016-11-15/endpoint-rule-set-1.json} with the suffixes of {@code
 * partitions.json}.
 */
class Ec2EndpointRulesTest {

    @ParameterizedTest(name = "{0} fips={1} dualstack={2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # aws: the standard partition
            us-east-1       | false | false | ec2.us-east-1.amazonaws.com
            us-east-1       | true  | false | ec2-fips.us-east-1.amazonaws.com
            us-east-1       | false | true  | ec2.us-east-1.api.aws
            us-east-1       | true  | true  | ec2-fips.us-east-1.api.aws
            eu-west-3       | false | false | ec2.eu-west-3.amazonaws.com
            il-central-1    | false | false | ec2.il-central-1.amazonaws.com
            mx-central-1    | true  | false | ec2-fips.mx-central-1.amazonaws.com
            aws-global      | false | false | ec2.aws-global.amazonaws.com
            # a region no partition knows falls into aws
            xx-future-1     | false | false | ec2.xx-future-1.amazonaws.com
            nowhere         | false | true  | ec2.nowhere.api.aws
            # aws-cn
            cn-north-1      | false | false | ec2.cn-north-1.amazonaws.com.cn
            cn-north-1      | true  | false | ec2-fips.cn-north-1.amazonaws.com.cn
            cn-north-1      | false | true  | ec2.cn-north-1.api.amazonwebservices.com.cn
            cn-north-1      | true  | true  | ec2-fips.cn-north-1.api.amazonwebservices.com.cn
            cn-northwest-1  | false | false | ec2.cn-northwest-1.amazonaws.com.cn
            # aws-us-gov: the ordinary host is the FIPS host (the rule set's EC2-specific rule)
            us-gov-west-1   | false | false | ec2.us-gov-west-1.amazonaws.com
            us-gov-west-1   | true  | false | ec2.us-gov-west-1.amazonaws.com
            us-gov-west-1   | false | true  | ec2.us-gov-west-1.api.aws
            us-gov-west-1   | true  | true  | ec2-fips.us-gov-west-1.api.aws
            us-gov-east-1   | true  | false | ec2.us-gov-east-1.amazonaws.com
            # aws-iso
            us-iso-east-1   | false | false | ec2.us-iso-east-1.c2s.ic.gov
            us-iso-east-1   | true  | false | ec2-fips.us-iso-east-1.c2s.ic.gov
            us-iso-east-1   | false | true  | error: DualStack is enabled but this partition does not support DualStack
            us-iso-east-1   | true  | true  | error: FIPS and DualStack are enabled, but this partition does not support one or both
            us-iso-west-1   | false | false | ec2.us-iso-west-1.c2s.ic.gov
            # aws-iso-b
            us-isob-east-1  | false | false | ec2.us-isob-east-1.sc2s.sgov.gov
            us-isob-east-1  | true  | false | ec2-fips.us-isob-east-1.sc2s.sgov.gov
            us-isob-east-1  | false | true  | error: DualStack is enabled but this partition does not support DualStack
            us-isob-east-1  | true  | true  | error: FIPS and DualStack are enabled, but this partition does not support one or both
            # aws-iso-e
            eu-isoe-west-1  | false | false | ec2.eu-isoe-west-1.cloud.adc-e.uk
            eu-isoe-west-1  | true  | false | ec2-fips.eu-isoe-west-1.cloud.adc-e.uk
            eu-isoe-west-1  | false | true  | error: DualStack is enabled but this partition does not support DualStack
            eu-isoe-west-1  | true  | true  | error: FIPS and DualStack are enabled, but this partition does not support one or both
            # aws-iso-f
            us-isof-south-1 | false | false | ec2.us-isof-south-1.csp.hci.ic.gov
            us-isof-south-1 | true  | false | ec2-fips.us-isof-south-1.csp.hci.ic.gov
            us-isof-south-1 | false | true  | error: DualStack is enabled but this partition does not support DualStack
            us-isof-south-1 | true  | true  | error: FIPS and DualStack are enabled, but this partition does not support one or both
            # aws-eusc: the European Sovereign Cloud
            eusc-de-east-1  | false | false | ec2.eusc-de-east-1.amazonaws.eu
            eusc-de-east-1  | true  | false | ec2-fips.eusc-de-east-1.amazonaws.eu
            eusc-de-east-1  | false | true  | error: DualStack is enabled but this partition does not support DualStack
            eusc-de-east-1  | true  | true  | error: FIPS and DualStack are enabled, but this partition does not support one or both
            """)
    void regionFipsAndDualStackGiveTheRuleSetsHost(String region, boolean fips, boolean dualStack, String expected) {
        if (expected.startsWith("error: ")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> Ec2EndpointRules.resolve(region, fips, dualStack, null));
            assertTrue(e.getMessage().startsWith(expected.substring("error: ".length())), e.getMessage());
            assertTrue(e.getMessage().contains(region), e.getMessage());
        } else {
            assertEquals(URI.create("https://" + expected), Ec2EndpointRules.resolve(region, fips, dualStack, null));
        }
    }

    @ParameterizedTest(name = "partition of {0} is {1}")
    @CsvSource({
        "us-east-1, aws",
        "aws-global, aws",
        "unknown-region, aws",
        "cn-northwest-1, aws-cn",
        "aws-cn-global, aws-cn",
        "us-gov-east-1, aws-us-gov",
        "aws-us-gov-global, aws-us-gov",
        "us-iso-west-1, aws-iso",
        "us-isob-east-1, aws-iso-b",
        "eu-isoe-west-1, aws-iso-e",
        "us-isof-east-1, aws-iso-f",
        "eusc-de-east-1, aws-eusc"
    })
    void regionBelongsToItsPartition(String region, String partition) {
        assertEquals(partition, Partition.of(region).id());
    }

    @ParameterizedTest(name = "region \"{0}\" is refused")
    @ValueSource(strings = {"us-east-1/evil", "ec2.example.com", "-us-east-1", "us east 1", "us-east-1#", "a_b"})
    void regionThatIsNotAHostLabelIsAnError(String region) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Ec2EndpointRules.resolve(region, false, false, null));
        assertTrue(e.getMessage().contains("not a valid host label"), e.getMessage());
    }

    @Test
    void regionLongerThanOneHostLabelIsAnError() {
        String region = "a".repeat(64);

        assertThrows(IllegalArgumentException.class, () -> Ec2EndpointRules.resolve(region, false, false, null));
    }

    @Test
    void missingRegionWithoutAnEndpointIsAnError() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Ec2EndpointRules.resolve(null, false, false, null));
        assertEquals("Invalid Configuration: Missing Region", e.getMessage());
    }

    @Test
    void endpointOverrideIsUsedAsGivenEvenWithoutARegion() {
        URI local = URI.create("http://localhost:4566");

        assertEquals(local, Ec2EndpointRules.resolve(null, false, false, local));
        assertEquals(local, Ec2EndpointRules.resolve("cn-north-1", false, false, local));
    }

    @Test
    void fipsWithAnEndpointOverrideIsAnError() {
        URI local = URI.create("http://localhost:4566");

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Ec2EndpointRules.resolve("us-east-1", true, false, local));
        assertEquals("Invalid Configuration: FIPS and custom endpoint are not supported", e.getMessage());
    }

    @Test
    void dualStackWithAnEndpointOverrideIsAnError() {
        URI local = URI.create("http://localhost:4566");

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Ec2EndpointRules.resolve("us-east-1", false, true, local));
        assertEquals("Invalid Configuration: Dualstack and custom endpoint are not supported", e.getMessage());
    }
}
