package dev.ec2lite.cli;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.local.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The private IP commands, in-process, against the embedded endpoint: output, progress, exit codes, state. */
class PrivateIpCommandsTest {
    private static final String IP = "10.0.1.100";
    private static final String STANDBY_ENI = "eni-0f1e2d3c4b5a60002";

    private LocalEc2Endpoint endpoint;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.start();
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

    private CliRun run(String command, String... options) {
        List<String> args = new ArrayList<>(
                List.of(command, "--endpoint-url", endpoint.endpoint().toString()));
        args.addAll(List.of(options));
        return CliRun.run(env, args.toArray(String[]::new));
    }

    private CliRun move(String target, String... options) {
        List<String> args = new ArrayList<>(List.of("--private-ip-address", IP, "--network-interface-id", target));
        args.addAll(List.of(options));
        return run("move-private-ip", args.toArray(String[]::new));
    }

    private List<String> addresses(String networkInterfaceId) {
        return endpoint.state().networkInterface(networkInterfaceId).orElseThrow().privateIpAddresses().stream()
                .map(LocalEc2State.PrivateIp::address)
                .toList();
    }

    private long count(String action) {
        return endpoint.requests().stream()
                .filter(r -> r.action().equals(action))
                .count();
    }

    @Test
    void moveMovesTheAddressPrintsTheResultAndReportsEachStep() throws Exception {
        CliRun run = move(STANDBY_ENI, "--wait-delay", "1", "--deadline", "30");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(STANDBY_ENI, json.get("NetworkInterfaceId").asText());
        assertEquals(
                FLOATING_INTERFACE_ID, json.get("PreviousNetworkInterfaceId").asText());
        assertFalse(json.get("AlreadyThere").asBoolean());
        assertEquals("203.0.113.10", json.get("Association").get("PublicIp").asText());
        for (String step : new String[] {"LOOK_UP: ", "VERIFY_TARGET: ", "ASSIGN_PRIVATE_IP: ", "VERIFY_RESULT: "}) {
            assertTrue(run.err().contains(step), run.err());
        }
        assertTrue(addresses(STANDBY_ENI).contains(IP));
        assertFalse(addresses(FLOATING_INTERFACE_ID).contains(IP));
        assertTrue(endpoint.requests().stream().allMatch(RecordedRequest::signatureVerified));
    }

    @Test
    void moveFollowsTheOutputAndQueryOptions() {
        CliRun run = move(STANDBY_ENI, "--wait-delay", "1", "--query", "Association.PublicIp", "--output", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("203.0.113.10\n", run.out());
    }

    @Test
    void aSecondMoveFindsTheAddressAlreadyThere() {
        assertEquals(0, move(STANDBY_ENI, "--wait-delay", "1").exitCode());
        CliRun again = move(STANDBY_ENI, "--wait-delay", "1", "--output", "yaml");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("AlreadyThere: true"), again.out());
        assertEquals(1, count("AssignPrivateIpAddresses"));
    }

    @Test
    void aTargetInAnotherSubnetIsRefusedBeforeAnyChange() {
        String otherZone = endpoint.addNetworkInterface("zone b", endpoint.region() + "b");
        CliRun run = move(otherZone, "--wait-delay", "1");
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("check SAME_SUBNET failed"), run.err());
        assertTrue(run.err().contains("failed at step VERIFY_TARGET; left: " + IP + " on " + FLOATING_INTERFACE_ID));
        assertEquals(0, count("AssignPrivateIpAddresses"));
    }

    @Test
    void anUnknownTargetExitsWithTheServiceErrorsCode() {
        CliRun run = move("eni-0f1e2d3c4b5a6dead", "--wait-delay", "1");
        assertEquals(254, run.exitCode(), run.err());
        assertTrue(run.err().contains("check INTERFACE_EXISTS failed"), run.err());
        assertEquals(0, count("AssignPrivateIpAddresses"));
    }

    @Test
    void theDeadlineStopsASlowMoveAndSaysWhere() {
        endpoint.delayAnswers(Duration.ofMillis(1500));
        CliRun run = move(STANDBY_ENI, "--wait-delay", "1", "--deadline", "1");
        endpoint.delayAnswers(Duration.ZERO);
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("deadline of 1 s passed during step LOOK_UP"), run.err());
        assertTrue(addresses(FLOATING_INTERFACE_ID).contains(IP));
    }

    @Test
    void badInputExits252WithoutARequest() {
        for (String[] bad : new String[][] {
            {"--private-ip-address", "10.0.1.300", "--network-interface-id", STANDBY_ENI},
            {"--private-ip-address", IP, "--network-interface-id", STANDBY_ENI, "--deadline", "0"},
            {"--private-ip-address", IP, "--network-interface-id", STANDBY_ENI, "--dry-run"},
        }) {
            CliRun run = run("move-private-ip", bad);
            assertEquals(252, run.exitCode(), run.err());
        }
        CliRun both = run(
                "assign-private-ip-addresses",
                "--network-interface-id",
                STANDBY_ENI,
                "--private-ip-addresses",
                IP,
                "--secondary-private-ip-address-count",
                "1");
        assertEquals(252, both.exitCode(), both.err());
        assertTrue(both.err().contains("secondaryPrivateIpAddressCount"), both.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void assignAndUnassignChangeTheInterfacesAddresses() {
        CliRun refused = run(
                "assign-private-ip-addresses",
                "--network-interface-id",
                STANDBY_ENI,
                "--private-ip-addresses",
                IP,
                "--no-allow-reassignment");
        assertEquals(254, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("(InvalidIPAddress.InUse)"), refused.err());

        CliRun assigned = run(
                "assign-private-ip-addresses",
                "--network-interface-id",
                STANDBY_ENI,
                "--private-ip-addresses",
                IP,
                "10.0.1.101",
                "--allow-reassignment",
                "--output",
                "text");
        assertEquals(0, assigned.exitCode(), assigned.err());
        assertEquals(List.of("10.0.1.12", IP, "10.0.1.101"), addresses(STANDBY_ENI));

        CliRun released = run(
                "unassign-private-ip-addresses", "--network-interface-id", STANDBY_ENI, "--private-ip-addresses", IP);
        assertEquals(0, released.exitCode(), released.err());
        assertEquals("", released.out());
        assertEquals(List.of("10.0.1.12", "10.0.1.101"), addresses(STANDBY_ENI));
    }

    @Test
    void noSecretIsPrintedEvenWithDebug() {
        CliRun run = move(STANDBY_ENI, "--wait-delay", "1", "--debug");
        assertEquals(0, run.exitCode(), run.err());
        String secret = endpoint.credentials().secretAccessKey();
        assertFalse(run.out().contains(secret) || run.err().contains(secret), "the secret key was printed");
        assertFalse(run.err().contains("Signature="), "a signature was printed");
    }

    @Test
    void theDemoMovesTheServiceAddressWithItsElasticIp() {
        CliRun run = CliRun.run(Map.of(), "demo", "--state-delay-ms", "50", "--poll-ms", "20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Pattern: a secondary private IP"), run.out());
        assertTrue(run.out().contains("VERIFY_RESULT: " + IP + " on " + STANDBY_ENI), run.out());
        assertTrue(run.out().contains("its Elastic IP 203.0.113.10 moved with it"), run.out());
    }
}
