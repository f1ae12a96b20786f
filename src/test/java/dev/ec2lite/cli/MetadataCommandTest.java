package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ec2lite metadata} against MockWebServer as IMDS, and proof that no other command loads it. */
class MetadataCommandTest {
    private static final Map<String, String> PATHS = Map.of(
            "/latest/meta-data/instance-id", "i-0a1b2c3d4e5f60002",
            "/latest/meta-data/placement/availability-zone", "us-east-1a",
            "/latest/meta-data/placement/region", "us-east-1",
            "/latest/meta-data/network/interfaces/macs/", "02:1a:2b:3c:00:02/",
            "/latest/meta-data/network/interfaces/macs/02:1a:2b:3c:00:02/interface-id", "eni-0f1e2d3c4b5a60002",
            "/latest/meta-data/network/interfaces/macs/02:1a:2b:3c:00:02/device-number", "0");

    @TempDir
    Path home;

    private final MockWebServer imds = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        imds.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("PUT")) {
                    return new MockResponse.Builder().code(200).body("token").build();
                }
                String body = PATHS.get(request.getUrl().encodedPath());
                return body == null
                        ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().code(200).body(body).build();
            }
        });
        imds.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        imds.close();
    }

    @Test
    void printsWhoThisInstanceIsAsJson() throws Exception {
        CliRun run = CliRun.run(
                Map.of(
                        "HOME",
                        home.toString(),
                        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
                        imds.url("/").toString()),
                "metadata");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("i-0a1b2c3d4e5f60002", json.get("InstanceId").asText());
        assertEquals("us-east-1", json.get("Region").asText());
        assertEquals("us-east-1a", json.get("AvailabilityZone").asText());
        JsonNode eni = json.get("NetworkInterfaces").get(0);
        assertEquals("02:1a:2b:3c:00:02", eni.get("MacAddress").asText());
        assertEquals("eni-0f1e2d3c4b5a60002", eni.get("NetworkInterfaceId").asText());
        assertEquals(0, eni.get("DeviceNumber").asInt());
    }

    @Test
    void switchedOffItSaysSoAndFails() {
        CliRun run = CliRun.run(Map.of("HOME", home.toString(), "AWS_EC2_METADATA_DISABLED", "true"), "metadata");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("AWS_EC2_METADATA_DISABLED"), run.err());
        assertEquals(0, imds.getRequestCount());
    }

    /** The classes a fresh JVM loads to run {@code ec2lite args}, from {@code -verbose:class}. */
    private String classesLoadedBy(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.start();
        try {
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(64 << 20);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not end within 60 s");
            return new String(output, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void onlyTheMetadataCommandLoadsTheMetadataClasses() throws Exception {
        String other = classesLoadedBy("move-network-interface", "--help");
        assertTrue(other.contains("dev.ec2lite.cli.MoveNetworkInterfaceCommand"), "the JVM ran the command");
        assertFalse(other.contains("dev.ec2lite.providers.InstanceMetadata "), "loaded by another command");
        assertFalse(other.contains("dev.ec2lite.cli.MetadataPrinter "), "loaded by another command");

        String metadata = classesLoadedBy("metadata");
        assertTrue(metadata.contains("dev.ec2lite.providers.InstanceMetadata "), "the check can see it");
    }
}
