package dev.ec2lite.cli;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.OVERLAY_CIDR;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.VPC_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.local.RecordedRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route pattern's raw commands ({@code replace-route}, {@code describe-route-tables}, {@code
 * modify-network-interface-attribute}, {@code modify-instance-attribute}), in-process, against the
 * embedded endpoint: output, exit codes, state left.
 */
class RouteCommandsTest {
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

    private LocalEc2State.Route overlayRoute() {
        return endpoint.state()
                .routeTable(MAIN_ROUTE_TABLE_ID)
                .orElseThrow()
                .route(OVERLAY_CIDR)
                .orElseThrow();
    }

    private String standbyEni() {
        return endpoint.state()
                .instance(STANDBY_INSTANCE_ID)
                .orElseThrow()
                .networkInterfaces()
                .get(0)
                .networkInterfaceId();
    }

    private boolean sourceDestCheck(String networkInterfaceId) {
        return endpoint.state()
                .networkInterface(networkInterfaceId)
                .orElseThrow()
                .sourceDestCheck();
    }

    @Test
    void replaceRoutePointsTheRouteAtTheInterfaceAndPrintsOnlyMetadata() throws Exception {
        CliRun run = run(
                "replace-route",
                "--route-table-id",
                MAIN_ROUTE_TABLE_ID,
                "--destination-cidr-block",
                OVERLAY_CIDR,
                "--network-interface-id",
                standbyEni());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(standbyEni(), overlayRoute().networkInterfaceId());
        assertEquals(STANDBY_INSTANCE_ID, overlayRoute().instanceId());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(200, out.at("/ResponseMetadata/HTTPStatusCode").asInt());
        assertFalse(out.at("/ResponseMetadata/RequestId").asText().isEmpty(), run.out());
        assertFalse(out.has("DryRun"));
        RecordedRequest sent = endpoint.requests().get(endpoint.requests().size() - 1);
        assertEquals("ReplaceRoute", sent.action());
        assertTrue(sent.signatureVerified());
    }

    @Test
    void replaceRouteByInstanceAndAsADryRunInText() {
        CliRun dry = run(
                "replace-route",
                "--route-table-id",
                MAIN_ROUTE_TABLE_ID,
                "--destination-cidr-block",
                OVERLAY_CIDR,
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--dry-run",
                "--output",
                "text");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("DRYRUN\tTrue"), dry.out());
        assertEquals(FLOATING_INTERFACE_ID, overlayRoute().networkInterfaceId(), "a dry run changes nothing");

        CliRun real = run(
                "replace-route",
                "--route-table-id",
                MAIN_ROUTE_TABLE_ID,
                "--destination-cidr-block",
                OVERLAY_CIDR,
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--output",
                "text");
        assertEquals(0, real.exitCode(), real.err());
        assertTrue(real.out().startsWith("RESPONSEMETADATA\t200\t"), real.out());
        assertEquals(standbyEni(), overlayRoute().networkInterfaceId());
    }

    @Test
    void replaceRouteRefusesBadInputBeforeAnyCallAndReportsEc2Errors() {
        int before = endpoint.requests().size();
        CliRun noTarget =
                run("replace-route", "--route-table-id", MAIN_ROUTE_TABLE_ID, "--destination-cidr-block", OVERLAY_CIDR);
        assertEquals(252, noTarget.exitCode());
        assertTrue(noTarget.err().contains("--network-interface-id"), noTarget.err());
        CliRun badCidr = run(
                "replace-route",
                "--route-table-id",
                MAIN_ROUTE_TABLE_ID,
                "--destination-cidr-block",
                "192.168.100.300/32",
                "--instance-id",
                STANDBY_INSTANCE_ID);
        assertEquals(252, badCidr.exitCode());
        assertTrue(badCidr.err().contains("destinationCidrBlock"), badCidr.err());
        assertEquals(before, endpoint.requests().size(), "nothing was sent");

        CliRun noRoute = run(
                "replace-route",
                "--route-table-id",
                MAIN_ROUTE_TABLE_ID,
                "--destination-cidr-block",
                "192.168.200.0/24",
                "--instance-id",
                STANDBY_INSTANCE_ID);
        assertEquals(254, noRoute.exitCode(), noRoute.err());
        assertTrue(noRoute.err().contains("ReplaceRoute"), noRoute.err());
        assertEquals(FLOATING_INTERFACE_ID, overlayRoute().networkInterfaceId());
    }

    @Test
    void describeRouteTablesPrintsTheAwsCliShape() throws Exception {
        CliRun run = run("describe-route-tables", "--route-table-ids", MAIN_ROUTE_TABLE_ID);

        assertEquals(0, run.exitCode(), run.err());
        JsonNode tables = JSON.readTree(run.out()).get("RouteTables");
        assertEquals(1, tables.size(), run.out());
        JsonNode table = tables.get(0);
        List<String> keys = new ArrayList<>();
        table.fieldNames().forEachRemaining(keys::add);
        assertEquals(MAIN_ROUTE_TABLE_ID, table.get("RouteTableId").asText());
        assertEquals(VPC_ID, table.get("VpcId").asText());
        assertTrue(table.at("/Associations/0/Main").asBoolean(), run.out());
        assertTrue(keys.indexOf("Associations") < keys.indexOf("RouteTableId"), keys.toString());
        assertTrue(keys.indexOf("Routes") < keys.indexOf("VpcId"), keys.toString());
        boolean overlaySeen = false;
        for (JsonNode route : table.get("Routes")) {
            if (route.get("DestinationCidrBlock").asText().equals(OVERLAY_CIDR)) {
                overlaySeen = true;
                assertEquals(
                        FLOATING_INTERFACE_ID, route.get("NetworkInterfaceId").asText());
                assertTrue(route.has("State"), route.toString());
            }
        }
        assertTrue(overlaySeen, run.out());
    }

    @Test
    void describeRouteTablesFiltersQueriesAndPages() throws Exception {
        String extra = endpoint.addRouteTable();
        CliRun filtered = run(
                "describe-route-tables",
                "--filters",
                "Name=route.destination-cidr-block,Values=" + OVERLAY_CIDR,
                "--query",
                "RouteTables[].RouteTableId",
                "--output",
                "text");
        assertEquals(0, filtered.exitCode(), filtered.err());
        assertEquals(MAIN_ROUTE_TABLE_ID, filtered.out().strip());

        CliRun firstItem = run("describe-route-tables", "--max-items", "1");
        assertEquals(0, firstItem.exitCode(), firstItem.err());
        JsonNode first = JSON.readTree(firstItem.out());
        assertEquals(1, first.get("RouteTables").size());
        CliRun rest = run(
                "describe-route-tables",
                "--starting-token",
                first.get("NextToken").asText(),
                "--query",
                "RouteTables[].RouteTableId");
        assertEquals(0, rest.exitCode(), rest.err());
        List<String> seen = new ArrayList<>();
        seen.add(first.at("/RouteTables/0/RouteTableId").asText());
        JSON.readTree(rest.out()).forEach(id -> seen.add(id.asText()));
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.contains(extra) && seen.contains(MAIN_ROUTE_TABLE_ID), seen.toString());

        CliRun small = run("describe-route-tables", "--page-size", "5", "--output", "text");
        assertEquals(0, small.exitCode(), small.err());
        assertTrue(small.out().contains("ROUTETABLES\t"), small.out());
    }

    @Test
    void describeRouteTablesRefusesBadPagingBeforeAnyCall() {
        int before = endpoint.requests().size();
        CliRun tooBig = run("describe-route-tables", "--page-size", "101");
        assertEquals(252, tooBig.exitCode());
        assertTrue(tooBig.err().contains("--page-size"), tooBig.err());
        CliRun withIds = run("describe-route-tables", "--page-size", "5", "--route-table-ids", MAIN_ROUTE_TABLE_ID);
        assertEquals(252, withIds.exitCode());
        assertTrue(withIds.err().contains("--route-table-ids"), withIds.err());
        assertEquals(before, endpoint.requests().size(), "nothing was sent");
    }

    @Test
    void modifyNetworkInterfaceAttributeTurnsTheCheckOffAndOn() {
        String eni = standbyEni();
        assertTrue(sourceDestCheck(eni));
        CliRun dry = run(
                "modify-network-interface-attribute",
                "--network-interface-id",
                eni,
                "--no-source-dest-check",
                "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("\"DryRun\": true"), dry.out());
        assertTrue(sourceDestCheck(eni), "a dry run changes nothing");

        CliRun off = run("modify-network-interface-attribute", "--network-interface-id", eni, "--no-source-dest-check");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(sourceDestCheck(eni));
        CliRun on = run(
                "modify-network-interface-attribute",
                "--network-interface-id",
                eni,
                "--source-dest-check",
                "--output",
                "text");
        assertEquals(0, on.exitCode(), on.err());
        assertTrue(on.out().startsWith("RESPONSEMETADATA\t200\t"), on.out());
        assertTrue(sourceDestCheck(eni));
    }

    @Test
    void modifyInstanceAttributeTurnsThePrimaryInterfacesCheckOff() {
        CliRun dry = run(
                "modify-instance-attribute",
                "--instance-id",
                STANDBY_INSTANCE_ID,
                "--no-source-dest-check",
                "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(sourceDestCheck(standbyEni()));

        CliRun off = run("modify-instance-attribute", "--instance-id", STANDBY_INSTANCE_ID, "--no-source-dest-check");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(sourceDestCheck(standbyEni()));

        CliRun missing =
                run("modify-instance-attribute", "--instance-id", "i-0000000000000dead", "--source-dest-check");
        assertEquals(254, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("ModifyInstanceAttribute"), missing.err());
    }

    @Test
    void modifyCommandsRefuseOtherAttributesAndAMissingCheckByName() {
        int before = endpoint.requests().size();
        CliRun otherAttribute =
                run("modify-instance-attribute", "--instance-id", STANDBY_INSTANCE_ID, "--instance-type", "t3.micro");
        assertEquals(252, otherAttribute.exitCode());
        assertTrue(otherAttribute.err().contains("--instance-type"), otherAttribute.err());
        CliRun otherEniAttribute =
                run("modify-network-interface-attribute", "--network-interface-id", standbyEni(), "--description", "x");
        assertEquals(252, otherEniAttribute.exitCode());
        assertTrue(otherEniAttribute.err().contains("--description"), otherEniAttribute.err());
        CliRun noCheck = run("modify-network-interface-attribute", "--network-interface-id", standbyEni());
        assertEquals(252, noCheck.exitCode());
        assertTrue(noCheck.err().contains("--source-dest-check"), noCheck.err());
        assertEquals(before, endpoint.requests().size(), "nothing was sent");
    }
}
