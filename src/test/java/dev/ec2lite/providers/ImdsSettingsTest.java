package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import java.nio.file.Path;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImdsSettingsTest {
    @TempDir
    Path home;

    private TestEnv env() {
        return TestEnv.in(home).withoutVariable("AWS_EC2_METADATA_DISABLED");
    }

    @Test
    void theDefaultEndpointIsTheIpv4Address() {
        ImdsSettings settings = ImdsSettings.resolve(env().build(), null);

        assertEquals(HttpUrl.get("http://169.254.169.254/"), settings.endpoint());
        assertFalse(settings.disabled());
        assertFalse(settings.v1Disabled());
    }

    @Test
    void ipv6ModeSelectsTheIpv6Address() {
        ImdsSettings settings = ImdsSettings.resolve(
                env().variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv6").build(), null);

        assertEquals(HttpUrl.get("http://[fd00:ec2::254]/"), settings.endpoint());
    }

    @Test
    void anExplicitEndpointWinsOverTheMode() {
        ImdsSettings settings = ImdsSettings.resolve(
                env().variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv6")
                        .variable("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:1338")
                        .build(),
                null);

        assertEquals(HttpUrl.get("http://127.0.0.1:1338/"), settings.endpoint());
    }

    @Test
    void theSelectedProfileCanSetEndpointModeAndV1Switch() {
        TestEnv.config(
                home, "[profile ec2]", "ec2_metadata_service_endpoint_mode = ipv6", "ec2_metadata_v1_disabled = TRUE");

        ImdsSettings settings =
                ImdsSettings.resolve(env().variable("AWS_PROFILE", "ec2").build(), null);

        assertEquals(HttpUrl.get("http://[fd00:ec2::254]/"), settings.endpoint());
        assertTrue(settings.v1Disabled());
    }

    @Test
    void anUnknownModeIsAnError() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> ImdsSettings.resolve(
                        env().variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv5")
                                .build(),
                        null));

        assertEquals("the IMDS endpoint mode must be IPv4 or IPv6, was 'IPv5'", e.getMessage());
    }

    @Test
    void theSystemPropertyDisablesMetadataToo() {
        assertTrue(ImdsSettings.resolve(
                        env().property("aws.disableEc2Metadata", "true").build(), null)
                .disabled());
    }

    @Test
    void theSwitchesTakeTrueOrFalseInAnyCaseAndWithBlanks() {
        assertTrue(ImdsSettings.resolve(
                        env().variable("AWS_EC2_METADATA_DISABLED", " TRUE ").build(), null)
                .disabled());
        ImdsSettings settings = ImdsSettings.resolve(
                env().variable("AWS_EC2_METADATA_DISABLED", "False")
                        .variable("AWS_EC2_METADATA_V1_DISABLED", "tRuE")
                        .build(),
                null);
        assertFalse(settings.disabled());
        assertTrue(settings.v1Disabled());
    }

    @Test
    void theSystemPropertyWinsOverTheVariableAndTheVariableOverTheProfile() {
        TestEnv.config(home, "[default]", "ec2_metadata_v1_disabled = true");

        assertFalse(ImdsSettings.resolve(
                        env().variable("AWS_EC2_METADATA_V1_DISABLED", "false").build(), null)
                .v1Disabled());
        assertTrue(ImdsSettings.resolve(
                        env().variable("AWS_EC2_METADATA_V1_DISABLED", "false")
                                .property("aws.disableEc2MetadataV1", "true")
                                .build(),
                        null)
                .v1Disabled());
        assertTrue(ImdsSettings.resolve(env().build(), null).v1Disabled());
    }

    @Test
    void aVariableThatIsNotABooleanIsAConfigurationErrorNamingIt() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ImdsSettings.resolve(
                        env().variable("AWS_EC2_METADATA_DISABLED", "yes").build(), null));

        assertEquals(
                "invalid instance metadata setting: AWS_EC2_METADATA_DISABLED must be 'true' or 'false', was 'yes'",
                e.getMessage());
    }

    @Test
    void aSystemPropertyThatIsNotABooleanIsAConfigurationErrorNamingIt() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ImdsSettings.resolve(
                        env().property("aws.disableEc2MetadataV1", "1").build(), null));

        assertEquals(
                "invalid instance metadata setting: system property aws.disableEc2MetadataV1 must be 'true' or"
                        + " 'false', was '1'",
                e.getMessage());
    }

    @Test
    void aProfileKeyThatIsNotABooleanIsAConfigurationErrorNamingTheProfileAndKey() {
        TestEnv.config(home, "[profile ec2]", "ec2_metadata_v1_disabled = on");

        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ImdsSettings.resolve(env().variable("AWS_PROFILE", "ec2").build(), null));

        assertEquals(
                "invalid instance metadata setting: profile ec2 ec2_metadata_v1_disabled must be 'true' or 'false',"
                        + " was 'on'",
                e.getMessage());
    }
}
