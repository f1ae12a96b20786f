package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code wait …} against the embedded endpoint: success, a bounded failure, and a silent peer. */
class WaitCommandTest {
    private static Map<String, String> env(LocalEc2Endpoint endpoint) {
        return Map.of(
                "AWS_ACCESS_KEY_ID", endpoint.credentials().accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", endpoint.credentials().secretAccessKey(),
                "AWS_REGION", endpoint.region(),
                "AWS_EC2_METADATA_DISABLED", "true",
                "HOME", "/nonexistent");
    }

    @Test
    @Timeout(30)
    void inUseSucceedsAtOnceAndAvailableGivesUpAfterItsAttemptsWith255() {
        try (LocalEc2Endpoint endpoint = LocalEc2Endpoint.start()) {
            String url = endpoint.endpoint().toString();
            CliRun inUse = CliRun.run(
                    env(endpoint),
                    "wait",
                    "network-interface-in-use",
                    "--network-interface-ids",
                    LocalEc2Endpoint.FLOATING_INTERFACE_ID,
                    "--endpoint-url",
                    url);
            assertEquals(0, inUse.exitCode(), inUse.err());
            assertEquals("", inUse.out());

            endpoint.resetRequestsAndFaults();
            long started = System.nanoTime();
            CliRun available = CliRun.run(
                    env(endpoint),
                    "wait",
                    "network-interface-available",
                    "--network-interface-ids",
                    LocalEc2Endpoint.FLOATING_INTERFACE_ID,
                    "--wait-delay",
                    "1",
                    "--max-attempts",
                    "2",
                    "--endpoint-url",
                    url);
            assertEquals(255, available.exitCode());
            assertTrue(
                    available.err().contains("Waiter NetworkInterfaceAvailable failed: Max attempts exceeded"),
                    available.err());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(20)) < 0);
            assertEquals(
                    2,
                    endpoint.requests().stream()
                            .filter(r -> r.action().equals("DescribeNetworkInterfaces"))
                            .count());
        }
    }

    @Test
    @Timeout(30)
    void aSilentPeerEndsTheWaitWith255() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try (Socket unused = silent.accept()) {
                    Thread.sleep(20_000); // accepts and never answers
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            CliRun run = CliRun.run(
                    Map.of(
                            "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                            "AWS_REGION", "us-east-1",
                            "AWS_MAX_ATTEMPTS", "1",
                            "HOME", "/nonexistent"),
                    "wait",
                    "network-interface-available",
                    "--network-interface-ids",
                    "eni-0f1e2d3c4b5a60003",
                    "--cli-read-timeout",
                    "1",
                    "--endpoint-url",
                    "http://127.0.0.1:" + silent.getLocalPort());
            assertEquals(255, run.exitCode(), run.err());
            assertTrue(!run.err().contains("wJalrXUtnFEMI"), "no secret on stderr");
            acceptor.interrupt();
        }
    }
}
