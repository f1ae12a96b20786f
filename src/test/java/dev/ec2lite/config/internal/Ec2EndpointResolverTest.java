package dev.ec2lite.config.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.ProfileFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings in, endpoint and its reason out: FIPS and dual-stack switches, overrides, regions. */
class Ec2EndpointResolverTest {
    @TempDir
    Path home;

    private final Map<String, String> variables = new HashMap<>();

    private ResolvedEndpoint resolve(String region, String explicitUrl, String... configLines) throws IOException {
        Path config = Files.createDirectories(home.resolve(".aws")).resolve("config");
        Files.writeString(config, "[default]\n" + String.join("\n", configLines) + "\n", StandardCharsets.UTF_8);
        Environment env = Environment.of(variables, Map.of(), home);
        ProfileFile files = ProfileFile.load(env);
        return Ec2EndpointResolver.resolve(
                region, explicitUrl, env, files, files.profile("default").orElseThrow());
    }

    @Test
    void withNothingConfiguredTheRulesPickTheRegionalHost() throws IOException {
        ResolvedEndpoint endpoint = resolve("eu-west-3", null);

        assertEquals(URI.create("https://ec2.eu-west-3.amazonaws.com"), endpoint.uri());
        assertEquals("EC2 endpoint rules: region eu-west-3 in partition aws", endpoint.source());
    }

    @Test
    void fipsSwitchInTheProfileIsUsed() throws IOException {
        ResolvedEndpoint endpoint = resolve("us-east-1", null, "use_fips_endpoint = true");

        assertEquals(URI.create("https://ec2-fips.us-east-1.amazonaws.com"), endpoint.uri());
        assertTrue(endpoint.source().endsWith(", FIPS"), endpoint.source());
    }

    @Test
    void fipsVariableBeatsTheProfile() throws IOException {
        variables.put("AWS_USE_FIPS_ENDPOINT", "false");

        ResolvedEndpoint endpoint = resolve("us-east-1", null, "use_fips_endpoint = true");

        assertEquals(URI.create("https://ec2.us-east-1.amazonaws.com"), endpoint.uri());
    }

    @Test
    void dualStackVariableBeatsTheProfile() throws IOException {
        variables.put("AWS_USE_DUALSTACK_ENDPOINT", "true");

        ResolvedEndpoint endpoint = resolve("cn-north-1", null, "use_dualstack_endpoint = false");

        assertEquals(URI.create("https://ec2.cn-north-1.api.amazonwebservices.com.cn"), endpoint.uri());
        assertTrue(endpoint.source().contains("dual-stack"), endpoint.source());
    }

    @Test
    void configuredEndpointUrlWinsOverTheRules() throws IOException {
        ResolvedEndpoint endpoint = resolve("us-east-1", null, "endpoint_url = http://localhost:4566");

        assertEquals(URI.create("http://localhost:4566"), endpoint.uri());
        assertEquals("profile default endpoint_url", endpoint.source());
    }

    @Test
    void fipsWithAConfiguredEndpointUrlIsAnErrorNamingBoth() throws IOException {
        variables.put("AWS_USE_FIPS_ENDPOINT", "true");
        variables.put("AWS_ENDPOINT_URL", "http://localhost:4566");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("us-east-1", null));

        assertTrue(e.getMessage().startsWith("Invalid Configuration: FIPS and custom endpoint"), e.getMessage());
        assertTrue(e.getMessage().contains("AWS_ENDPOINT_URL"), e.getMessage());
    }

    @Test
    void dualStackWithAnExplicitEndpointUrlIsAnError() {
        variables.put("AWS_USE_DUALSTACK_ENDPOINT", "true");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> resolve("us-east-1", "https://vpce.example"));

        assertTrue(e.getMessage().contains("Dualstack and custom endpoint"), e.getMessage());
    }

    @Test
    void switchThatIsNotABooleanIsAnErrorNamingTheVariable() {
        variables.put("AWS_USE_FIPS_ENDPOINT", "on");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve("us-east-1", null));

        assertTrue(e.getMessage().contains("AWS_USE_FIPS_ENDPOINT"), e.getMessage());
    }

    @Test
    void missingRegionWithoutAnEndpointUrlIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resolve(null, null));

        assertEquals("Invalid Configuration: Missing Region", e.getMessage());
    }
}
