package dev.ec2lite.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The precedence of configured endpoint URLs, one source at a time taken away. */
class EndpointUrlResolverTest {
    private static final String EXPLICIT = "https://explicit.example";
    private static final String SERVICE_VARIABLE = "http://service-variable.example:4566";
    private static final String GLOBAL_VARIABLE = "http://global-variable.example";
    private static final String SERVICES_SECTION = "http://services-section.example";
    private static final String PROFILE_URL = "http://profile.example";

    @TempDir
    Path home;

    private final Map<String, String> variables = new HashMap<>();
    private ProfileFile files;
    private Profile profile;

    @BeforeEach
    void writeAProfileWithBothProfileSources() throws IOException {
        Path config = Files.createDirectories(home.resolve(".aws")).resolve("config");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "[default]",
                        "endpoint_url = " + PROFILE_URL,
                        "services = local",
                        "[services local]",
                        "ec2 =",
                        "  endpoint_url = " + SERVICES_SECTION,
                        "sts =",
                        "  endpoint_url = http://sts.example",
                        ""),
                StandardCharsets.UTF_8);
        variables.put("AWS_ENDPOINT_URL_EC2", SERVICE_VARIABLE);
        variables.put("AWS_ENDPOINT_URL", GLOBAL_VARIABLE);
        reload();
    }

    private void reload() {
        files = ProfileFile.load(env());
        profile = files.profile("default").orElse(null);
    }

    private Environment env() {
        return Environment.of(variables, Map.of(), home);
    }

    private Optional<ResolvedEndpoint> resolve(String explicit) {
        return EndpointUrlResolver.resolve(explicit, env(), files, profile);
    }

    private void assertChosen(String url, String sourceFragment, Optional<ResolvedEndpoint> endpoint) {
        assertEquals(URI.create(url), endpoint.orElseThrow().uri());
        assertTrue(
                endpoint.get().source().contains(sourceFragment), endpoint.get().source());
    }

    @Test
    void explicitUrlBeatsEverythingElse() {
        assertChosen(EXPLICIT, "explicit", resolve(EXPLICIT));
    }

    @Test
    void serviceSpecificVariableBeatsTheGlobalVariable() {
        assertChosen(SERVICE_VARIABLE, "AWS_ENDPOINT_URL_EC2", resolve(null));
    }

    @Test
    void globalVariableBeatsTheProfile() {
        variables.remove("AWS_ENDPOINT_URL_EC2");

        assertChosen(GLOBAL_VARIABLE, "AWS_ENDPOINT_URL", resolve(null));
    }

    @Test
    void servicesSectionBeatsTheProfilesOwnEndpointUrl() {
        variables.clear();

        assertChosen(SERVICES_SECTION, "[services local] ec2.endpoint_url", resolve(null));
    }

    @Test
    void profileEndpointUrlIsTheLastSource() throws IOException {
        variables.clear();
        Files.writeString(
                home.resolve(".aws/config"), "[default]\nendpoint_url = " + PROFILE_URL + "\n", StandardCharsets.UTF_8);
        reload();

        assertChosen(PROFILE_URL, "profile default endpoint_url", resolve(null));
    }

    @Test
    void servicesSectionWithoutAnEc2EntryFallsBackToTheProfileEndpointUrl() throws IOException {
        variables.clear();
        Files.writeString(
                home.resolve(".aws/config"),
                "[default]\nendpoint_url = " + PROFILE_URL
                        + "\nservices = s\n[services s]\nsts =\n  endpoint_url = x\n",
                StandardCharsets.UTF_8);
        reload();

        assertChosen(PROFILE_URL, "profile default", resolve(null));
    }

    @Test
    void nothingConfiguredGivesNoOverride() {
        variables.clear();

        assertEquals(Optional.empty(), EndpointUrlResolver.resolve(null, env(), files, null));
    }

    @Test
    void ignoreVariableSwitchesOffEveryConfiguredSource() {
        variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

        assertEquals(Optional.empty(), resolve(null));
    }

    @Test
    void ignoreVariableDoesNotSwitchOffTheExplicitUrl() {
        variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

        assertChosen(EXPLICIT, "explicit", resolve(EXPLICIT));
    }

    @Test
    void ignoreSettingInTheProfileSwitchesOffConfiguredSources() throws IOException {
        Files.writeString(
                home.resolve(".aws/config"),
                "[default]\nendpoint_url = " + PROFILE_URL + "\nignore_configured_endpoint_urls = true\n",
                StandardCharsets.UTF_8);
        reload();

        assertEquals(Optional.empty(), resolve(null));
    }

    @Test
    void ignoreVariableSetToFalseBeatsTheProfilesTrue() throws IOException {
        variables.clear();
        variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false");
        Files.writeString(
                home.resolve(".aws/config"),
                "[default]\nendpoint_url = " + PROFILE_URL + "\nignore_configured_endpoint_urls = true\n",
                StandardCharsets.UTF_8);
        reload();

        assertChosen(PROFILE_URL, "profile default", resolve(null));
    }

    @Test
    void plainHttpIsAcceptedForLocalEmulators() {
        assertChosen("http://localhost:4566/", "explicit", resolve("http://localhost:4566/"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "ftp://ec2.example",
                "ec2.us-east-1.amazonaws.com",
                "https://ec2.example/?Action=x",
                "https://ec2.example/#part",
                "https://",
                "https://ec2 example"
            })
    void badEndpointUrlIsAnErrorNamingTheSetting(String url) {
        variables.put("AWS_ENDPOINT_URL_EC2", url);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve(null));
        assertTrue(e.getMessage().contains("AWS_ENDPOINT_URL_EC2"), e.getMessage());
    }

    @Test
    void userInformationInAnEndpointUrlIsRefusedWithoutEchoingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> resolve("https://user:hunter2@ec2.example"));

        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void badUrlInTheServicesSectionNamesThatSection() throws IOException {
        variables.clear();
        Files.writeString(
                home.resolve(".aws/config"),
                "[default]\nservices = s\n[services s]\nec2 =\n  endpoint_url = ftp://x\n",
                StandardCharsets.UTF_8);
        reload();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve(null));
        assertTrue(e.getMessage().contains("[services s]"), e.getMessage());
    }

    @Test
    void ignoreVariableThatIsNotABooleanIsAnError() {
        variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "1");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve(null));
        assertTrue(e.getMessage().contains("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "ftp://user:s3cretEXAMPLE@host/",
                "https://user:s3cretEXAMPLE@bad_host/",
                "http://u:s3cretEXAMPLE@[bad"
            })
    void aUrlWithUserInformationIsNeverEchoed(String url) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> EndpointUrlResolver.parse(url, "test"));
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("s3cretEXAMPLE"), e.getMessage());
    }

    @Test
    void anotherServiceIsFoundByItsServiceIdInTheSameOrder() {
        assertChosen("http://global-variable.example", "environment variable AWS_ENDPOINT_URL", configured("STS"));

        variables.remove("AWS_ENDPOINT_URL");
        assertChosen("http://sts.example", "[services local] sts.endpoint_url", configured("STS"));

        variables.put("AWS_ENDPOINT_URL_STS", "http://sts-variable.example");
        assertChosen("http://sts-variable.example", "environment variable AWS_ENDPOINT_URL_STS", configured("STS"));

        variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        assertEquals(Optional.empty(), configured("STS"));
    }

    @Test
    void aServiceIdWithASpaceNamesItsVariableAndKeyWithUnderscores() {
        assertEquals("AWS_ENDPOINT_URL_SSO_OIDC", EndpointUrlResolver.variableOf("SSO OIDC"));
        assertEquals("sso_oidc", EndpointUrlResolver.keyOf("SSO OIDC"));
        assertEquals("AWS_ENDPOINT_URL_EC2", EndpointUrlResolver.variableOf("EC2"));
    }

    @Test
    void theProfilesIgnoreSwitchIsReadWithTheProfilesBooleanRules() {
        variables.clear();
        profileWith("ignore_configured_endpoint_urls = TRUE");
        assertEquals(Optional.empty(), configured("EC2"));

        profileWith("ignore_configured_endpoint_urls = maybe");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> configured("EC2"));
        assertEquals(
                "profile default ignore_configured_endpoint_urls must be 'true' or 'false', was 'maybe'",
                e.getMessage());
    }

    private Optional<ResolvedEndpoint> configured(String serviceId) {
        return EndpointUrlResolver.configured(serviceId, env(), files, profile);
    }

    private void profileWith(String line) {
        try {
            Files.writeString(
                    home.resolve(".aws/config"),
                    "[default]\nendpoint_url = " + PROFILE_URL + "\n" + line + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reload();
    }
}
