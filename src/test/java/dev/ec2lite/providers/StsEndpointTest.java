package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2lite.error.Ec2ConfigurationException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which STS endpoint a call goes to, and for which region it is signed. */
class StsEndpointTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0} fips={1} dual-stack={2}: {3}")
    @CsvSource({
        "eu-west-1,      false, false, https://sts.eu-west-1.amazonaws.com",
        "us-east-1,      false, false, https://sts.us-east-1.amazonaws.com",
        "aws-global,     false, false, https://sts.amazonaws.com",
        "cn-north-1,     false, false, https://sts.cn-north-1.amazonaws.com.cn",
        "us-gov-west-1,  false, false, https://sts.us-gov-west-1.amazonaws.com",
        "us-iso-east-1,  false, false, https://sts.us-iso-east-1.c2s.ic.gov",
        "eu-west-1,      true,  false, https://sts-fips.eu-west-1.amazonaws.com",
        "us-gov-west-1,  true,  false, https://sts.us-gov-west-1.amazonaws.com",
        "eu-west-1,      false, true,  https://sts.eu-west-1.api.aws",
        "eu-west-1,      true,  true,  https://sts-fips.eu-west-1.api.aws",
        "ap-east-9,      false, false, https://sts.ap-east-9.amazonaws.com",
    })
    void theRulesGiveTheRegionalEndpoint(String region, boolean fips, boolean dualStack, String expected) {
        assertEquals(URI.create(expected), StsEndpoint.uri(region, fips, dualStack));
    }

    @Test
    void theGlobalEndpointIsSignedForUsEast1() {
        assertEquals("us-east-1", StsEndpoint.signingRegion("aws-global"));
        assertEquals("eu-west-1", StsEndpoint.signingRegion("eu-west-1"));
    }

    @Test
    void dualStackInAPartitionWithoutItIsAConfigurationError() {
        Ec2ConfigurationException e =
                assertThrows(Ec2ConfigurationException.class, () -> StsEndpoint.uri("us-iso-east-1", false, true));

        assertEquals("dual-stack STS endpoints are not available in partition aws-iso (us-iso-east-1)", e.getMessage());
    }

    @Test
    void aRegionThatIsNotAHostLabelIsRefused() {
        Ec2ConfigurationException e =
                assertThrows(Ec2ConfigurationException.class, () -> StsEndpoint.uri("evil.example/x", false, false));

        assertEquals("'evil.example/x' is not a valid region for STS", e.getMessage());
    }

    private StsRoleCredentialsSource source(TestEnv env) {
        return StsRoleCredentialsSource.builder().environment(env.build()).build();
    }

    @Test
    void theSpecsRegionChoosesTheRegionalEndpoint() {
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home))) {
            assertEquals(
                    new StsRoleCredentialsSource.Target(
                            URI.create("https://sts.ap-south-1.amazonaws.com"), "ap-south-1"),
                    sts.target("ap-south-1"));
        }
    }

    @Test
    void withoutAnyRegionTheGlobalEndpointIsSignedForUsEast1AsTheJavaSdkDoes() {
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home))) {
            assertEquals(
                    new StsRoleCredentialsSource.Target(URI.create("https://sts.amazonaws.com"), "us-east-1"),
                    sts.target(null));
        }
    }

    @Test
    void theBuildersRegionIsUsedWhenTheSpecHasNone() {
        try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder()
                .environment(TestEnv.in(home).build())
                .region("eu-central-1")
                .build()) {
            assertEquals(
                    new StsRoleCredentialsSource.Target(
                            URI.create("https://sts.eu-central-1.amazonaws.com"), "eu-central-1"),
                    sts.target(null));
            assertEquals(
                    URI.create("https://sts.eu-west-1.amazonaws.com"),
                    sts.target("eu-west-1").endpoint());
        }
    }

    @Test
    void fipsFromTheEnvironmentUsesTheStsFipsEndpointEvenWithoutRegion() {
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home).variable("AWS_USE_FIPS_ENDPOINT", "true"))) {
            assertEquals(
                    URI.create("https://sts-fips.eu-west-1.amazonaws.com"),
                    sts.target("eu-west-1").endpoint());
            assertEquals(
                    URI.create("https://sts-fips.us-east-1.amazonaws.com"),
                    sts.target(null).endpoint());
        }
    }

    @Test
    void theStsEndpointVariableWinsOverTheGlobalOne() {
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home)
                .variable("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")
                .variable("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:4592/sts"))) {
            assertEquals(
                    new StsRoleCredentialsSource.Target(URI.create("http://127.0.0.1:4592/sts"), "eu-west-1"),
                    sts.target("eu-west-1"));
            assertEquals(
                    "StsRoleCredentialsSource{endpoint=http://127.0.0.1:4592/sts (environment variable AWS_ENDPOINT_URL_STS)}",
                    sts.toString());
        }
    }

    @Test
    void theGlobalEndpointVariableIsUsedForStsToo() {
        try (StsRoleCredentialsSource sts =
                source(TestEnv.in(home).variable("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"))) {
            assertEquals(
                    new StsRoleCredentialsSource.Target(URI.create("http://127.0.0.1:4566"), "us-east-1"),
                    sts.target(null));
        }
    }

    @Test
    void configuredEndpointUrlsCanBeIgnoredButNotTheBuildersOverride() {
        TestEnv env = TestEnv.in(home)
                .variable("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:4592")
                .variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        try (StsRoleCredentialsSource sts = source(env)) {
            assertEquals(
                    URI.create("https://sts.eu-west-1.amazonaws.com"),
                    sts.target("eu-west-1").endpoint());
        }
        try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder()
                .environment(env.build())
                .endpointOverride(URI.create("http://127.0.0.1:9000"))
                .build()) {
            assertEquals(
                    URI.create("http://127.0.0.1:9000"), sts.target("eu-west-1").endpoint());
        }
    }

    @Test
    void anEndpointUrlWithUserInformationIsRefusedWithoutEchoingIt() {
        TestEnv env = TestEnv.in(home).variable("AWS_ENDPOINT_URL_STS", "https://user:hunter2@sts.example.com");

        Ec2ConfigurationException e = assertThrows(Ec2ConfigurationException.class, () -> source(env));

        assertEquals(
                "STS endpoint URL from environment variable AWS_ENDPOINT_URL_STS must not contain user information",
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsNamed() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> source(TestEnv.in(home).variable("AWS_USE_FIPS_ENDPOINT", "yes")));

        assertEquals("AWS_USE_FIPS_ENDPOINT must be 'true' or 'false', was 'yes'", e.getMessage());
    }

    @Test
    void toStringShowsWhereCallsGo() {
        try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder()
                .environment(TestEnv.in(home).build())
                .region("eu-west-1")
                .useFips(true)
                .build()) {
            assertEquals("StsRoleCredentialsSource{regional, region=eu-west-1, fips}", sts.toString());
        }
    }

    @Test
    void theProfilesServicesSectionGivesStsItsEndpointAsForEc2() {
        TestEnv.config(
                home,
                "[profile ops]",
                "services = local",
                "[services local]",
                "ec2 =",
                "  endpoint_url = http://127.0.0.1:4566",
                "sts =",
                "  endpoint_url = http://127.0.0.1:4592");
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home).variable("AWS_PROFILE", "ops"))) {
            assertEquals(
                    URI.create("http://127.0.0.1:4592"), sts.target("eu-west-1").endpoint());
            assertEquals(
                    "StsRoleCredentialsSource{endpoint=http://127.0.0.1:4592 ([services local] sts.endpoint_url"
                            + " (profile ops))}",
                    sts.toString());
        }
    }

    @Test
    void theProfilesOwnEndpointUrlAndItsIgnoreSwitchApplyToStsToo() {
        TestEnv.config(home, "[default]", "endpoint_url = http://127.0.0.1:4566");
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home))) {
            assertEquals(URI.create("http://127.0.0.1:4566"), sts.target(null).endpoint());
        }

        TestEnv.config(
                home, "[default]", "endpoint_url = http://127.0.0.1:4566", "ignore_configured_endpoint_urls = true");
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home))) {
            assertEquals(
                    URI.create("https://sts.eu-west-1.amazonaws.com"),
                    sts.target("eu-west-1").endpoint());
        }
    }

    @Test
    void fipsAndDualStackFromTheProfileWhenTheVariablesAreUnset() {
        TestEnv.config(home, "[default]", "use_fips_endpoint = TRUE", "use_dualstack_endpoint = true");
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home))) {
            assertEquals(
                    URI.create("https://sts-fips.eu-west-1.api.aws"),
                    sts.target("eu-west-1").endpoint());
        }
        try (StsRoleCredentialsSource sts = source(TestEnv.in(home).variable("AWS_USE_FIPS_ENDPOINT", "false"))) {
            assertEquals(
                    URI.create("https://sts.eu-west-1.api.aws"),
                    sts.target("eu-west-1").endpoint());
        }
    }

    @Test
    void aProfileSwitchThatIsNeitherTrueNorFalseIsNamed() {
        TestEnv.config(home, "[default]", "use_dualstack_endpoint = yes");

        Ec2ConfigurationException e = assertThrows(Ec2ConfigurationException.class, () -> source(TestEnv.in(home)));

        assertEquals("profile default use_dualstack_endpoint must be 'true' or 'false', was 'yes'", e.getMessage());
    }
}
