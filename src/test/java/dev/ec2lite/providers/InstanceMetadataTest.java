package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who am I" from IMDSv2, played by MockWebServer on 127.0.0.1 with the paths EC2 serves. */
class InstanceMetadataTest {
    private static final String TOKEN = "AQAEAexampleSessionToken==";
    private static final String MAC_0 = "02:1a:2b:3c:00:01";
    private static final String MAC_1 = "02:1a:2b:3c:00:03";

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    /** What each path answers; a path not here is 404, as on IMDS. */
    private final Map<String, String> paths = new HashMap<>();

    /** Paths that answer HTTP 500. */
    private final java.util.Set<String> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final List<String> tokensSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        paths.put("/latest/meta-data/instance-id", "i-0a1b2c3d4e5f60001");
        paths.put("/latest/meta-data/placement/availability-zone", "eu-west-1b");
        paths.put("/latest/meta-data/placement/region", "eu-west-1");
        // EC2 lists the MACs one a line with a trailing slash, in no promised order.
        paths.put("/latest/meta-data/network/interfaces/macs/", MAC_1 + "/\n" + MAC_0 + "/");
        paths.put("/latest/meta-data/network/interfaces/macs/" + MAC_0 + "/interface-id", "eni-0f1e2d3c4b5a60001");
        paths.put("/latest/meta-data/network/interfaces/macs/" + MAC_0 + "/device-number", "0");
        paths.put("/latest/meta-data/network/interfaces/macs/" + MAC_1 + "/interface-id", "eni-0f1e2d3c4b5a60003");
        paths.put("/latest/meta-data/network/interfaces/macs/" + MAC_1 + "/device-number", "1");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (request.getMethod().equals("PUT") && path.equals("/latest/api/token")) {
                    return new MockResponse.Builder().code(200).body(TOKEN).build();
                }
                tokensSeen.add(String.valueOf(request.getHeaders().get("X-aws-ec2-metadata-token")));
                if (failing.contains(path)) {
                    return new MockResponse.Builder().code(500).build();
                }
                String body = paths.get(path);
                return body == null
                        ? new MockResponse.Builder().code(404).build()
                        : new MockResponse.Builder().code(200).body(body).build();
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InstanceMetadata metadata() {
        return InstanceMetadata.builder()
                .environment(TestEnv.in(home).imdsAt(server.url("/").toString()).build())
                .build();
    }

    @Test
    void theIdentityIsReadWithASessionToken() {
        InstanceIdentity me = metadata().identity();

        assertEquals("i-0a1b2c3d4e5f60001", me.instanceId());
        assertEquals("eu-west-1", me.region());
        assertEquals("eu-west-1b", me.availabilityZone());
        assertEquals(
                List.of(
                        new InstanceIdentity.Interface(MAC_0, "eni-0f1e2d3c4b5a60001", OptionalInt.of(0)),
                        new InstanceIdentity.Interface(MAC_1, "eni-0f1e2d3c4b5a60003", OptionalInt.of(1))),
                me.networkInterfaces());
        assertEquals(
                MAC_1,
                me.networkInterface("eni-0f1e2d3c4b5a60003").orElseThrow().macAddress());
        assertFalse(tokensSeen.isEmpty());
        assertTrue(tokensSeen.stream().allMatch(TOKEN::equals), tokensSeen.toString());
    }

    @Test
    void withoutPlacementRegionTheZoneNamesTheRegion() {
        paths.remove("/latest/meta-data/placement/region");
        assertEquals("eu-west-1", metadata().identity().region());

        paths.put("/latest/meta-data/placement/availability-zone", "us-west-2-lax-1a");
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> metadata().identity());
        assertTrue(e.getMessage().contains("no region"), e.getMessage());
    }

    @Test
    void aMissingDeviceNumberIsAbsentNotInvented() {
        paths.remove("/latest/meta-data/network/interfaces/macs/" + MAC_1 + "/device-number");
        InstanceIdentity me = metadata().identity();
        assertEquals(
                OptionalInt.empty(),
                me.networkInterface("eni-0f1e2d3c4b5a60003").orElseThrow().deviceNumber());
    }

    @Test
    void switchedOffItSendsNothing() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> InstanceMetadata.builder()
                        .environment(TestEnv.in(home).build())
                        .build());
        assertTrue(e.getMessage().contains("AWS_EC2_METADATA_DISABLED"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void valuesNotShapedAsEc2ShapesThemAreRefused() {
        paths.put("/latest/meta-data/instance-id", "../../iam/security-credentials");
        Ec2ClientException badId =
                assertThrows(Ec2ClientException.class, () -> metadata().identity());
        assertTrue(badId.getMessage().contains("instance-id"), badId.getMessage());

        paths.put("/latest/meta-data/instance-id", "i-0a1b2c3d4e5f60001");
        paths.put("/latest/meta-data/network/interfaces/macs/", "02:1a:2b:3c:00:01/../../x/");
        Ec2ClientException badMac =
                assertThrows(Ec2ClientException.class, () -> metadata().identity());
        assertTrue(badMac.getMessage().contains("macs"), badMac.getMessage());
    }

    @Test
    void aListOfInterfacesBeyondAnyInstanceIsRefused() {
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i <= InstanceMetadata.MAX_INTERFACES; i++) {
            listing.append(String.format("02:00:00:00:%02x:%02x/%n", i >> 8, i & 0xFF));
        }
        paths.put("/latest/meta-data/network/interfaces/macs/", listing.toString());
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> metadata().identity());
        assertTrue(e.getMessage().contains("more than " + InstanceMetadata.MAX_INTERFACES), e.getMessage());
    }

    @Test
    void aHugeAnswerIsBounded() {
        paths.put("/latest/meta-data/instance-id", "i-" + "0".repeat(1 << 20));
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> metadata().identity());
        assertTrue(e.getMessage().length() < 1000, "the message quotes no huge body");
        assertTrue(e.getMessage().contains("instance metadata"), e.getMessage());
    }

    @Test
    void theSessionTokenNeverShowsInAFailure() {
        failing.add("/latest/meta-data/placement/availability-zone");
        InstanceMetadata metadata = metadata();
        Ec2ClientException e = assertThrows(Ec2ClientException.class, metadata::identity);
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertFalse(metadata.toString().contains(TOKEN));
        assertTrue(tokensSeen.contains(TOKEN), "the token was sent, so it could have leaked");
    }

    @Test
    void aSilentServiceEndsTheReadWithinTheTimeouts() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .onResponseStart(SocketEffect.Stall.INSTANCE)
                        .build();
            }
        });
        Ec2ClientException e = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThrows(Ec2ClientException.class, () -> metadata().identity()));
        assertTrue(e.getMessage().contains("instance metadata"), e.getMessage());
    }

    @Test
    void theWholeIdentityIsBoundedInTime() {
        AtomicLong now = new AtomicLong();
        // Each read seems to take four seconds: the third read would start after the bound.
        InstanceMetadata slow = InstanceMetadata.builder()
                .environment(TestEnv.in(home).imdsAt(server.url("/").toString()).build())
                .nanoTime(() -> now.getAndAdd(Duration.ofSeconds(4).toNanos()))
                .build();
        Ec2ClientException e = assertThrows(Ec2ClientException.class, slow::identity);
        assertTrue(e.getMessage().contains("more than 10 s"), e.getMessage());
    }
}
