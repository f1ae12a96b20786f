package dev.ec2lite.cli;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fail-over commands, in-process, against the embedded endpoint with short state changes. */
class FailoverCommandsTest {
    private LocalEc2Endpoint endpoint;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.builder()
                .attachDelay(Duration.ofMillis(100))
                .detachDelay(Duration.ofMillis(100))
                .start();
        env.put("AWS_ACCESS_KEY_ID", endpoint.credentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", endpoint.credentials().secretAccessKey());
        env.put("AWS_REGION", endpoint.region());
        env.put("HOME", "/nonexistent-home");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    /** {@code move-network-interface} of the floating interface against the endpoint. */
    private CliRun move(String instanceId, String deviceIndex, String... options) {
        List<String> args = new ArrayList<>(List.of(
                "move-network-interface",
                "--endpoint-url",
                endpoint.endpoint().toString(),
                "--network-interface-id",
                FLOATING_INTERFACE_ID,
                "--instance-id",
                instanceId,
                "--device-index",
                deviceIndex));
        args.addAll(List.of(options));
        return CliRun.run(env, args.toArray(String[]::new));
    }

    /** {@code detach-network-interface} of the floating attachment against the endpoint. */
    private CliRun detachFloating(String... options) {
        List<String> args = new ArrayList<>(List.of(
                "detach-network-interface",
                "--endpoint-url",
                endpoint.endpoint().toString(),
                "--attachment-id",
                FLOATING_ATTACHMENT_ID));
        args.addAll(List.of(options));
        return CliRun.run(env, args.toArray(String[]::new));
    }

    @Test
    void demoRunsTheWholeMainJobAndExitsZero() {
        CliRun run = CliRun.run(Map.of(), "demo", "--state-delay-ms", "50", "--poll-ms", "20");
        assertEquals(0, run.exitCode(), run.err());
        for (String expected : new String[] {
            "1. Dry run",
            "DryRunOperation (HTTP 412)",
            "2. Detach",
            "3. Wait until",
            "available (not attached)",
            "An error occurred (InvalidAttachmentID.NotFound) when calling the DetachNetworkInterface operation",
            "5. Fail over",
            "WAIT_IN_USE",
            "6. The standby dies",
            "(forced)",
            "request id "
        }) {
            assertTrue(run.out().contains(expected), "missing '" + expected + "' in:\n" + run.out());
        }
        assertTrue(run.out().matches("(?s).*Done: .* (\\d+) of \\1 requests had a verified signature\\..*"), run.out());
        assertFalse(run.out().contains("wJalrXUtnFEMI"), "the demo prints no secret");
    }

    @Test
    void moveNetworkInterfacePrintsTheResultAndProgress() throws Exception {
        CliRun run = move(STANDBY_INSTANCE_ID, "1", "--wait-delay", "1", "--wait-timeout", "30");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(STANDBY_INSTANCE_ID, json.get("InstanceId").asText());
        assertEquals(FLOATING_ATTACHMENT_ID, json.get("DetachedAttachmentId").asText());
        assertEquals("in-use", json.get("Status").asText());
        assertTrue(run.err().contains("WAIT_AVAILABLE: "), run.err());
        assertTrue(endpoint.requests().stream().allMatch(RecordedRequest::signatureVerified));
    }

    @Test
    void aFailedMoveExitsWithTheServiceErrorAndTheStateLeft() {
        CliRun run = move("i-0a1b2c3d4e5f6dead", "1", "--wait-delay", "1");
        assertEquals(254, run.exitCode(), run.err());
        assertTrue(run.err().contains("failed at step VERIFY_TARGET"), run.err());
        assertTrue(run.err().contains("check INSTANCE_EXISTS failed"), run.err());
        assertTrue(run.err().contains("InvalidInstanceID.NotFound"), run.err());
        assertTrue(run.err().contains("left: " + FLOATING_INTERFACE_ID + " in-use"), run.err());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("DetachNetworkInterface")));
    }

    @Test
    void aTargetInAnotherZoneIsRefusedBeforeTheDetach() {
        String far = endpoint.addInstance("far away", "us-east-1b");
        CliRun run = move(far, "1", "--wait-delay", "1");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("check AVAILABILITY_ZONE failed"), run.err());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("DetachNetworkInterface")));
    }

    @Test
    void withoutDescribeInstancesTheMoveStopsUnlessTheChecksAreTurnedOff() {
        endpoint.denyActions("DescribeInstances");
        CliRun refused = move(STANDBY_INSTANCE_ID, "1", "--wait-delay", "1");
        assertEquals(254, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("ec2:DescribeInstances"), refused.err());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("DetachNetworkInterface")));

        CliRun moved = move(STANDBY_INSTANCE_ID, "1", "--wait-delay", "1", "--no-verify-target");
        assertEquals(0, moved.exitCode(), moved.err());
        assertTrue(moved.err().contains("VERIFY_TARGET: skipped"), moved.err());
    }

    @Test
    void theDeadlineStopsTheMoveAndSaysWhere() {
        endpoint.stopInstance(LocalEc2Endpoint.PRIMARY_INSTANCE_ID); // the detach never finishes unforced
        CliRun run = move(STANDBY_INSTANCE_ID, "1", "--wait-delay", "1", "--deadline", "2");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("deadline of 2 s passed during step WAIT_AVAILABLE"), run.err());
        assertTrue(run.err().contains("detaching"), run.err());
    }

    @Test
    void aDeadlineUnderASecondIsRefused() {
        CliRun run = move(STANDBY_INSTANCE_ID, "1", "--deadline", "0");
        assertEquals(252, run.exitCode(), run.err());
        assertTrue(run.err().contains("--deadline"), run.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void detachWithWaitReturnsOnceTheInterfaceIsAvailable() {
        CliRun run = detachFloating("--wait", "--wait-delay", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("waited: " + FLOATING_INTERFACE_ID + " available"), run.err());
        assertEquals(
                "available",
                endpoint.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .status());
    }

    @Test
    void aFailedLookUpBeforeAWaitingDetachDoesNotStopTheDetachButFailsTheWait() {
        endpoint.throttleNext(3); // the look-up's three attempts
        CliRun run = detachFloating("--wait");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("--wait could not run"), run.err());
        assertTrue(run.err().contains("the detach itself was done"), run.err());
        assertTrue(endpoint.requests().stream()
                .anyMatch(r -> r.action().equals("DetachNetworkInterface") && r.status() == 200));
    }

    @Test
    void withoutDescribeNetworkInterfacesTheWaitExits255AndSaysTheDetachHappened() {
        endpoint.denyActions("DescribeNetworkInterfaces");
        CliRun run = detachFloating("--wait", "--wait-delay", "1");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("UnauthorizedOperation"), run.err());
        assertTrue(run.err().contains("the detach itself was done"), run.err());
        assertTrue(run.out().contains("ResponseMetadata"), run.out());
        assertTrue(endpoint.state()
                .attachment(FLOATING_ATTACHMENT_ID)
                .orElseThrow()
                .status()
                .startsWith("detach"));
    }

    @Test
    void aWaitThatDoesNotFinishExits255() {
        endpoint.stopInstance(LocalEc2Endpoint.PRIMARY_INSTANCE_ID); // unforced, the detach never completes
        CliRun run = detachFloating("--wait", "--wait-delay", "1", "--wait-timeout", "2");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("--wait did not finish"), run.err());
        assertTrue(run.err().contains("detaching"), run.err());
        assertTrue(run.err().contains("the detach itself was done"), run.err());
    }

    @Test
    void aDryRunWithWaitDoesNotWait() {
        CliRun run = detachFloating("--wait", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("DescribeNetworkInterfaces")));
    }

    @Test
    void aPollingDelayUnderASecondIsRefused() {
        CliRun run = move(STANDBY_INSTANCE_ID, "1", "--wait-delay", "0");
        assertEquals(252, run.exitCode(), run.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void badMoveInputExits252WithoutARequest() {
        CliRun run = move(STANDBY_INSTANCE_ID, "-1");
        assertEquals(252, run.exitCode(), run.err());
        assertTrue(run.err().contains("deviceIndex"), run.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void localEndpointPrintsItsUrlKeysAndIdsThenStops() {
        CliRun run = CliRun.run(Map.of(), "local-endpoint", "--exit-after", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("EC2 endpoint: http://127.0.0.1:"), run.out());
        assertTrue(run.out().contains("AWS_ACCESS_KEY_ID=AKIDEXAMPLE"), run.out());
        assertTrue(run.out().contains(FLOATING_ATTACHMENT_ID), run.out());
    }
}
