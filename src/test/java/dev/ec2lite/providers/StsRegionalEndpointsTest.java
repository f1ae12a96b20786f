package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ConfigurationException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS_STS_REGIONAL_ENDPOINTS and sts_regional_endpoints: where STS calls go and what they are signed for. */
class StsRegionalEndpointsTest {
    @TempDir
    Path home;

    private StsRoleCredentialsSource.Target target(TestEnv env, String profileValue, String region) {
        try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder()
                .environment(env.build())
                .stsRegionalEndpoints(profileValue)
                .build()) {
            return sts.target(region);
        }
    }

    @Test
    void regionalIsTheDefault() {
        StsRoleCredentialsSource.Target target = target(TestEnv.in(home), null, "eu-west-1");

        assertEquals(URI.create("https://sts.eu-west-1.amazonaws.com"), target.endpoint());
        assertEquals("eu-west-1", target.signingRegion());
    }

    @Test
    void legacySendsTheListedRegionsToTheGlobalEndpointSignedForUsEast1() {
        TestEnv env = TestEnv.in(home).variable("AWS_STS_REGIONAL_ENDPOINTS", "Legacy");

        for (String region : StsRoleCredentialsSource.LEGACY_GLOBAL_REGIONS) {
            StsRoleCredentialsSource.Target target = target(env, null, region);
            assertEquals(URI.create("https://sts.amazonaws.com"), target.endpoint(), region);
            assertEquals("us-east-1", target.signingRegion(), region);
        }
        assertEquals(16, StsRoleCredentialsSource.LEGACY_GLOBAL_REGIONS.size());
    }

    @Test
    void legacyKeepsRegionalEndpointsForNewerRegions() {
        TestEnv env = TestEnv.in(home).variable("AWS_STS_REGIONAL_ENDPOINTS", "legacy");

        StsRoleCredentialsSource.Target target = target(env, null, "af-south-1");

        assertEquals(URI.create("https://sts.af-south-1.amazonaws.com"), target.endpoint());
        assertEquals("af-south-1", target.signingRegion());
    }

    @Test
    void theProfileSettingAppliesAndTheVariableWinsOverIt() {
        assertEquals(
                URI.create("https://sts.amazonaws.com"),
                target(TestEnv.in(home), "legacy", "eu-west-1").endpoint());
        assertEquals(
                URI.create("https://sts.eu-west-1.amazonaws.com"),
                target(TestEnv.in(home).variable("AWS_STS_REGIONAL_ENDPOINTS", "regional"), "legacy", "eu-west-1")
                        .endpoint());
    }

    @Test
    void fipsKeepsItsRegionalEndpointUnderLegacy() {
        TestEnv env = TestEnv.in(home)
                .variable("AWS_STS_REGIONAL_ENDPOINTS", "legacy")
                .variable("AWS_USE_FIPS_ENDPOINT", "true");

        assertEquals(
                URI.create("https://sts-fips.us-east-2.amazonaws.com"),
                target(env, null, "us-east-2").endpoint());
    }

    @Test
    void anUnknownValueIsRefusedNamingTheSetting() {
        Ec2ConfigurationException fromVariable = assertThrows(
                Ec2ConfigurationException.class,
                () -> target(TestEnv.in(home).variable("AWS_STS_REGIONAL_ENDPOINTS", "global"), null, "eu-west-1"));
        Ec2ConfigurationException fromProfile =
                assertThrows(Ec2ConfigurationException.class, () -> target(TestEnv.in(home), "globl", "eu-west-1"));

        assertTrue(fromVariable.getMessage().startsWith("AWS_STS_REGIONAL_ENDPOINTS must be 'regional' or 'legacy'"));
        assertTrue(fromProfile.getMessage().startsWith("sts_regional_endpoints must be"), fromProfile.getMessage());
    }
}
