package dev.ec2lite.cli;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ASSOCIATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SPARE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Elastic IP commands, in-process, against the embedded endpoint: output, exit codes, state left. */
class ElasticIpCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        CliRun run = CliRun.run(env, args.toArray(String[]::new));
        assertFalse(
                run.out().contains(endpoint.credentials().secretAccessKey())
                        || run.err().contains(endpoint.credentials().secretAccessKey()),
                "the secret key is never printed");
        return run;
    }

    private LocalEc2State.Address service() {
        return endpoint.state().address(SERVICE_ALLOCATION_ID).orElseThrow();
    }

    private String standbyEni() {
        return endpoint.state()
                .instance(STANDBY_INSTANCE_ID)
                .orElseThrow()
                .networkInterfaces()
                .get(0)
                .networkInterfaceId();
    }

    @Test
    void moveAddressMovesTheServiceAddressAndReportsEachStep() throws Exception {
        CliRun run = run(
                "move-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--wait-delay",
                "1",
                "--deadline",
                "30");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(SERVICE_ALLOCATION_ID, out.get("AllocationId").asText());
        assertEquals(standbyEni(), out.get("NetworkInterfaceId").asText());
        assertEquals(STANDBY_INSTANCE_ID, out.get("InstanceId").asText());
        assertEquals(SERVICE_ASSOCIATION_ID, out.get("PreviousAssociationId").asText());
        assertFalse(out.get("AlreadyThere").asBoolean());
        assertEquals(Optional.of(out.get("AssociationId").asText()), service().associationId());
        for (String step :
                new String[] {"LOOK_UP:", "VERIFY_TARGET:", "ASSOCIATE_ADDRESS:", "VERIFY_RESULT:", "DONE:"}) {
            assertTrue(run.err().contains(step), run.err());
        }
        assertTrue(endpoint.requests().stream().allMatch(RecordedRequest::signatureVerified));

        CliRun again = run(
                "move-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--output",
                "text");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith(SERVICE_ALLOCATION_ID + "\t203.0.113.10\t"), again.out());
        assertTrue(again.err().contains("DONE: already associated"), again.err());
    }

    @Test
    void aRefusedMoveSaysWhichCheckAndChangesNothing() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other VPC");
        CliRun otherVpc =
                run("move-address", "--allocation-id", SERVICE_ALLOCATION_ID, "--network-interface-id", elsewhere);
        assertEquals(255, otherVpc.exitCode(), otherVpc.err());
        assertTrue(otherVpc.err().contains("check SAME_VPC failed"), otherVpc.err());
        assertTrue(otherVpc.err().contains("failed at step VERIFY_TARGET"), otherVpc.err());

        // Decided by EC2's answer (no such interface): the service's refusal, 254.
        CliRun unknown = run(
                "move-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--network-interface-id",
                "eni-0f1e2d3c4b5a6ffff");
        assertEquals(254, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("check INTERFACE_EXISTS failed"), unknown.err());

        CliRun noSuchAddress = run(
                "move-address", "--allocation-id", "eipalloc-0a1b2c3d4e5f6ffff", "--instance-id", STANDBY_INSTANCE_ID);
        assertEquals(254, noSuchAddress.exitCode(), noSuchAddress.err());
        assertTrue(noSuchAddress.err().contains("check SOURCE_EXISTS failed"), noSuchAddress.err());

        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service().associationId());
        assertEquals(Optional.of(FLOATING_INTERFACE_ID), service().networkInterfaceId());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("AssociateAddress")));
    }

    @Test
    void badInputIsRefusedBeforeAnyCall() {
        String[][] cases = {
            {"move-address", "--allocation-id", SERVICE_ALLOCATION_ID},
            {
                "move-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--instance-id",
                "i-1",
                "--network-interface-id",
                "eni-1"
            },
            {
                "move-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--instance-id",
                "i-1",
                "--private-ip-address",
                "10.0.1.5"
            },
            {"move-address", "--allocation-id", SERVICE_ALLOCATION_ID, "--instance-id", "i-1", "--deadline", "0"},
            {
                "associate-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--network-interface-id",
                "eni-1",
                "--private-ip-address",
                "ten.zero.one.five"
            },
            {"associate-address", "--allocation-id", SERVICE_ALLOCATION_ID},
            {"describe-addresses", "--public-ips", "203.0.113"},
            {"disassociate-address", "--association-id", " "},
        };
        for (String[] args : cases) {
            CliRun failed = run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
            assertEquals(252, failed.exitCode(), String.join(" ", args) + ": " + failed.err());
        }
        assertEquals(0, endpoint.requests().size());
    }

    @Test
    void associateAndDisassociateChangeTheEndpointsState() throws Exception {
        CliRun associated = run(
                "associate-address",
                "--allocation-id",
                SPARE_ALLOCATION_ID,
                "--network-interface-id",
                standbyEni(),
                "--query",
                "AssociationId",
                "--output",
                "text");
        assertEquals(0, associated.exitCode(), associated.err());
        String associationId = associated.out().strip();
        assertEquals(
                Optional.of(associationId),
                endpoint.state().address(SPARE_ALLOCATION_ID).orElseThrow().associationId());

        CliRun dry = run("disassociate-address", "--association-id", associationId, "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(JSON.readTree(dry.out()).get("DryRun").asBoolean(), dry.out());
        assertTrue(endpoint.state()
                .address(SPARE_ALLOCATION_ID)
                .orElseThrow()
                .associationId()
                .isPresent());

        CliRun removed = run("disassociate-address", "--association-id", associationId);
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(
                200,
                JSON.readTree(removed.out())
                        .at("/ResponseMetadata/HTTPStatusCode")
                        .asInt(),
                removed.out());
        assertEquals(
                Optional.empty(),
                endpoint.state().address(SPARE_ALLOCATION_ID).orElseThrow().associationId());

        CliRun describeDry = run("describe-addresses", "--dry-run");
        assertEquals(0, describeDry.exitCode(), describeDry.err());
        assertTrue(JSON.readTree(describeDry.out()).get("DryRun").asBoolean(), describeDry.out());

        CliRun associateDry = run(
                "associate-address",
                "--allocation-id",
                SERVICE_ALLOCATION_ID,
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--allow-reassociation",
                "--dry-run");
        assertEquals(0, associateDry.exitCode(), associateDry.err());
        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service().associationId());
    }

    @Test
    void aSilentEndpointEndsTheMoveAtItsDeadline() {
        endpoint.delayAnswers(Duration.ofSeconds(3));
        try {
            CliRun run = run(
                    "move-address",
                    "--allocation-id",
                    SERVICE_ALLOCATION_ID,
                    "--instance-id",
                    STANDBY_INSTANCE_ID,
                    "--deadline",
                    "1");
            assertEquals(255, run.exitCode(), run.err());
            assertTrue(run.err().contains("deadline of 1 s passed during step LOOK_UP"), run.err());
        } finally {
            endpoint.delayAnswers(Duration.ZERO);
        }
        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service().associationId());
    }
}
