package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
    }

    @Test
    void startsOnLoopbackOnAFreePortWithDefaults() {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.start()) {
            assertTrue(ec2.port() > 0);
            assertEquals(URI.create("http://127.0.0.1:" + ec2.port()), ec2.endpoint());
            assertEquals("us-east-1", ec2.region());
            assertEquals("AKIDEXAMPLE", ec2.credentials().accessKeyId());
            assertEquals(
                    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    ec2.credentials().secretAccessKey());
        }
    }

    @Test
    void builderSetsPortRegionAndKeyPair() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        AwsCredentials mine = AwsCredentials.of("AKIDMINE", "mySecret");
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder()
                .port(port)
                .region("eu-west-1")
                .keyPair(mine)
                .build()) {
            assertEquals(port, ec2.port());
            assertEquals(mine, ec2.credentials());
            Ec2TestClient.of(ec2).call("DescribeNetworkInterfaces").assertOk();
            Ec2TestClient.of(ec2)
                    .withCredentials(LocalEc2Endpoint.EXAMPLE_CREDENTIALS)
                    .call("DescribeNetworkInterfaces")
                    .assertError(401, "AuthFailure");
        }
    }

    @Test
    void portInUseFailsToStart() {
        try (LocalEc2Endpoint first = LocalEc2Endpoint.start()) {
            assertThrows(
                    UncheckedIOException.class,
                    () -> LocalEc2Endpoint.builder().port(first.port()).start());
        }
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(
                IllegalArgumentException.class, () -> LocalEc2Endpoint.builder().port(70000));
        assertThrows(
                IllegalArgumentException.class, () -> LocalEc2Endpoint.builder().region(" "));
        assertThrows(
                IllegalArgumentException.class, () -> LocalEc2Endpoint.builder().detachDelay(Duration.ofSeconds(-1)));
        assertThrows(
                NullPointerException.class, () -> LocalEc2Endpoint.builder().clock(null));
    }

    @Test
    void closeLeavesNoThreadOfTheEndpointBehind() {
        long dispatchersBefore = threadNames().stream()
                .filter(n -> n.startsWith("HTTP-Dispatcher"))
                .count();
        LocalEc2Endpoint ec2 = LocalEc2Endpoint.start();
        String prefix = "ec2lite-local-endpoint-" + ec2.port() + "-";
        Ec2TestClient client = Ec2TestClient.of(ec2);
        for (int i = 0; i < 8; i++) {
            client.call("DescribeNetworkInterfaces").assertOk();
        }
        assertTrue(threadNames().stream().anyMatch(n -> n.startsWith(prefix)));

        ec2.close();
        ec2.close(); // idempotent

        assertFalse(threadNames().stream().anyMatch(n -> n.startsWith(prefix)), threadNames()::toString);
        assertEquals(
                dispatchersBefore,
                threadNames().stream()
                        .filter(n -> n.startsWith("HTTP-Dispatcher"))
                        .count());
        assertThrows(UncheckedIOException.class, () -> client.call("DescribeNetworkInterfaces"));
    }

    @Test
    void closeEndsAnAnswerThatIsBeingDelayed() throws Exception {
        LocalEc2Endpoint ec2 = LocalEc2Endpoint.start();
        ec2.delayAnswers(Duration.ofSeconds(20));
        Thread caller = new Thread(() -> {
            try {
                Ec2TestClient.of(ec2).call("DescribeNetworkInterfaces");
            } catch (RuntimeException expected) {
                // the connection is closed under it
            }
        });
        caller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String prefix = "ec2lite-local-endpoint-" + ec2.port() + "-";
        while (threadNames().stream().noneMatch(n -> n.startsWith(prefix)) && System.nanoTime() < deadline) {
            Thread.sleep(10); // until a handler thread holds the request
        }

        long start = System.nanoTime();
        ec2.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        caller.join(10_000);
        assertFalse(caller.isAlive());
    }

    @Test
    void seededScenarioHasTheDocumentedIds() {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.start()) {
            LocalEc2State state = ec2.state();

            assertEquals(
                    List.of(
                            List.of(LocalEc2Endpoint.PRIMARY_INSTANCE_ID, "primary", "running", "us-east-1a"),
                            List.of(LocalEc2Endpoint.STANDBY_INSTANCE_ID, "standby", "running", "us-east-1a")),
                    state.instances().stream()
                            .map(i -> List.of(i.instanceId(), i.name(), i.state(), i.availabilityZone()))
                            .toList());
            LocalEc2State.Attachment floating = state.networkInterface(LocalEc2Endpoint.FLOATING_INTERFACE_ID)
                    .orElseThrow()
                    .attachment()
                    .orElseThrow();
            assertEquals(LocalEc2Endpoint.FLOATING_ATTACHMENT_ID, floating.attachmentId());
            assertEquals(LocalEc2Endpoint.PRIMARY_INSTANCE_ID, floating.instanceId());
            assertEquals(1, floating.deviceIndex());
            assertEquals("attached", floating.status());
            assertEquals(3, state.attachments().size());
            assertTrue(state.toString().contains(LocalEc2Endpoint.FLOATING_ATTACHMENT_ID), state::toString);
        }
    }

    @Test
    void addedResourcesGetDeterministicIds() {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.start()) {
            assertEquals("i-0a1b2c3d4e5f60003", ec2.addInstance("third"));
            assertEquals("eni-0f1e2d3c4b5a60005", ec2.addNetworkInterface("spare"));
            assertEquals(
                    "eni-attach-0a1b2c3d4e5f60004",
                    ec2.state()
                            .networkInterface("eni-0f1e2d3c4b5a60004")
                            .orElseThrow()
                            .attachment()
                            .orElseThrow()
                            .attachmentId());
        }
    }

    @Test
    void stoppingAnUnknownInstanceIsRefused() {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.start()) {
            assertThrows(IllegalArgumentException.class, () -> ec2.stopInstance("i-unknown"));
            ec2.stopInstance(LocalEc2Endpoint.PRIMARY_INSTANCE_ID);
            assertNotEquals(
                    "running",
                    ec2.state()
                            .instance(LocalEc2Endpoint.PRIMARY_INSTANCE_ID)
                            .orElseThrow()
                            .state());
        }
    }
}
