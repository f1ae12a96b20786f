package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionChainTest {
    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestEnv all() {
        TestEnv.config(home, "[default]", "region = eu-north-1");
        return TestEnv.in(home)
                .property("aws.region", "eu-west-1")
                .variable("AWS_REGION", "eu-west-2")
                .variable("AWS_DEFAULT_REGION", "eu-west-3");
    }

    private static ResolvedRegion resolve(TestEnv env, String explicit) {
        return RegionChain.builder()
                .environment(env.build())
                .region(explicit)
                .build()
                .resolve();
    }

    private void answer(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).build());
    }

    @Test
    void theExplicitRegionBeatsEverything() {
        assertEquals(new ResolvedRegion("ap-east-1", "explicit setting"), resolve(all(), "ap-east-1"));
    }

    @Test
    void theSystemPropertyBeatsTheEnvironment() {
        assertEquals(new ResolvedRegion("eu-west-1", "system property aws.region"), resolve(all(), null));
    }

    @Test
    void awsRegionBeatsAwsDefaultRegion() {
        TestEnv env = TestEnv.in(home).variable("AWS_REGION", "eu-west-2").variable("AWS_DEFAULT_REGION", "eu-west-3");

        assertEquals(new ResolvedRegion("eu-west-2", "environment variable AWS_REGION"), resolve(env, null));
    }

    @Test
    void awsDefaultRegionBeatsTheProfile() {
        TestEnv.config(home, "[default]", "region = eu-north-1");

        assertEquals(
                new ResolvedRegion("eu-west-3", "environment variable AWS_DEFAULT_REGION"),
                resolve(TestEnv.in(home).variable("AWS_DEFAULT_REGION", "eu-west-3"), null));
    }

    @Test
    void theSelectedProfilesRegionBeatsInstanceMetadata() {
        TestEnv.config(home, "[default]", "region = eu-north-1", "[profile dev]", "region = sa-east-1");

        ResolvedRegion region = resolve(
                TestEnv.in(home)
                        .variable("AWS_PROFILE", "dev")
                        .imdsAt(server.url("/").toString()),
                null);

        assertEquals(new ResolvedRegion("sa-east-1", "profile 'dev'"), region);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void instanceMetadataGivesTheRegionFromPlacement() throws Exception {
        answer(200, "token");
        answer(200, "us-west-2");

        ResolvedRegion region = resolve(TestEnv.in(home).imdsAt(server.url("/").toString()), null);

        assertEquals(new ResolvedRegion("us-west-2", "EC2 instance metadata"), region);
        server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals(
                "/latest/meta-data/placement/region",
                server.takeRequest(5, TimeUnit.SECONDS).getTarget());
    }

    @Test
    void withoutThePlacementRegionTheLocalZoneNameIsCutToItsRegion() {
        answer(200, "token");
        answer(404, "");
        answer(200, "us-west-2-lax-1a");

        ResolvedRegion region = resolve(TestEnv.in(home).imdsAt(server.url("/").toString()), null);

        assertEquals(new ResolvedRegion("us-west-2", "EC2 instance metadata"), region);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "us-east-1a, us-east-1",
        "eu-central-1c, eu-central-1",
        "us-west-2-lax-1a, us-west-2",
        "us-east-1-bos-1a, us-east-1",
        "us-east-1-wl1-bos-wlz-1, us-east-1",
        "us-gov-west-1a, us-gov-west-1",
        "cn-northwest-1b, cn-northwest-1",
        "ap-southeast-3a, ap-southeast-3"
    })
    void aZoneNameIsCutToItsRegion(String zone, String region) {
        assertEquals(region, RegionChain.regionOfZone(zone));
    }

    @Test
    void noRegionAnywhereListsEverySourceTried() {
        Ec2ClientException e = assertThrows(Ec2ClientException.class, () -> resolve(TestEnv.in(home), null));

        assertEquals(
                String.join(
                        "\n",
                        "No AWS region found. Tried, in order:",
                        "  - explicit setting: none",
                        "  - system property aws.region: not set",
                        "  - AWS_REGION: not set",
                        "  - AWS_DEFAULT_REGION: not set",
                        "  - profile 'default': no region",
                        "  - EC2 instance metadata: AWS_EC2_METADATA_DISABLED is true"),
                e.getMessage());
    }
}
