package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.OVERLAY_CIDR;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The raw route calls through the client against the embedded endpoint: what EC2 answers, and what
 * the typed responses read from it.
 */
class RouteTablesEndpointTest {
    private static final String STANDBY_INTERFACE_ID = "eni-0f1e2d3c4b5a60002";

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.start();
        ec2 = Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(endpoint.credentials()))
                .maxAttempts(1)
                .build();
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private static void refused(String code, String message, Executable call) {
        Ec2ServiceException e = assertThrows(Ec2ServiceException.class, call);
        assertEquals(code, e.errorCode(), e.getMessage());
        assertTrue(e.errorMessage().contains(message), e.errorMessage());
    }

    @Test
    void theMainTableIsReadWithItsRoutesAndAssociation() {
        RouteTable main = ec2.describeRouteTables(
                        DescribeRouteTablesRequest.builder().build())
                .find(MAIN_ROUTE_TABLE_ID)
                .orElseThrow();
        assertEquals(LocalEc2Endpoint.VPC_ID, main.vpcId());
        assertEquals("123456789012", main.ownerId());
        assertTrue(main.main());
        assertEquals(1, main.associations().size());
        assertEquals("associated", main.associations().get(0).state());
        RouteTable.Route local = main.route("10.0.0.0/16").orElseThrow();
        assertEquals("local", local.gatewayId());
        assertEquals("CreateRouteTable", local.origin());
        RouteTable.Route overlay = main.route(OVERLAY_CIDR).orElseThrow();
        assertEquals(FLOATING_INTERFACE_ID, overlay.networkInterfaceId());
        assertEquals(PRIMARY_INSTANCE_ID, overlay.instanceId());
        assertEquals("active", overlay.state());
        assertEquals("CreateRoute", overlay.origin());
        assertTrue(overlay.pointsAt(RouteTarget.instance(PRIMARY_INSTANCE_ID)));
        assertFalse(overlay.pointsAt(RouteTarget.networkInterface(STANDBY_INTERFACE_ID)));
    }

    @Test
    void filtersAndPagesSelectTables() {
        String second = endpoint.addRouteTable();
        String other = endpoint.addRouteTableInOtherVpc();
        for (int i = 0; i < 5; i++) {
            endpoint.addRouteTable();
        }
        assertEquals(
                List.of(MAIN_ROUTE_TABLE_ID),
                ids(DescribeRouteTablesRequest.builder()
                        .filter("route.destination-cidr-block", OVERLAY_CIDR)
                        .build()));
        assertEquals(
                List.of(other),
                ids(DescribeRouteTablesRequest.builder()
                        .filter("vpc-id", LocalEc2Endpoint.OTHER_VPC_ID)
                        .build()));
        assertEquals(
                List.of(MAIN_ROUTE_TABLE_ID),
                ids(DescribeRouteTablesRequest.builder()
                        .filter("association.main", "true")
                        .build()));
        assertEquals(List.of(second), ids(DescribeRouteTablesRequest.byId(second)));

        List<Integer> pageSizes = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (DescribeRouteTablesResponse page : ec2.describeRouteTablePages(
                DescribeRouteTablesRequest.builder().maxResults(5).build())) {
            pageSizes.add(page.routeTables().size());
            page.routeTables().forEach(t -> all.add(t.routeTableId()));
        }
        assertEquals(List.of(5, 3), pageSizes);
        assertEquals(ids(DescribeRouteTablesRequest.builder().build()), all);
        refused(
                "InvalidParameterValue",
                "between 5 and 100",
                () -> ec2.call("DescribeRouteTables", java.util.Map.of("MaxResults", "101")));
        refused(
                "InvalidParameterValue",
                "The filter 'no-such' is invalid",
                () -> ec2.describeRouteTables(DescribeRouteTablesRequest.builder()
                        .filter("no-such", "x")
                        .build()));
    }

    private List<String> ids(DescribeRouteTablesRequest request) {
        return ec2.describeRouteTables(request).routeTables().stream()
                .map(RouteTable::routeTableId)
                .toList();
    }

    @Test
    void replaceRouteIsRefusedWithEc2sCodes() {
        ReplaceRouteRequest toStandby = ReplaceRouteRequest.of(
                MAIN_ROUTE_TABLE_ID, OVERLAY_CIDR, RouteTarget.networkInterface(STANDBY_INTERFACE_ID));
        refused(
                "InvalidRouteTableID.NotFound",
                "The routeTable ID 'rtb-0a1b2c3d4e5f6dead' does not exist",
                () -> ec2.replaceRoute(toStandby.toBuilder()
                        .routeTableId("rtb-0a1b2c3d4e5f6dead")
                        .build()));
        refused(
                "InvalidRouteTableId.Malformed",
                "Invalid id",
                () -> ec2.replaceRoute(
                        toStandby.toBuilder().routeTableId("table-1").build()));
        // EC2 answers a missing route this way (not with the documented InvalidRoute.NotFound).
        refused(
                "InvalidParameterValue",
                "There is no route defined for '192.168.200.0/24' in the route table. Use CreateRoute instead.",
                () -> ec2.replaceRoute(toStandby.toBuilder()
                        .destinationCidrBlock("192.168.200.0/24")
                        .build()));
        refused(
                "InvalidNetworkInterfaceID.NotFound",
                "The networkInterface ID 'eni-0f1e2d3c4b5a6dead' does not exist",
                () -> ec2.replaceRoute(toStandby.toBuilder()
                        .networkInterfaceId("eni-0f1e2d3c4b5a6dead")
                        .build()));
        refused(
                "InvalidInstanceID.NotFound",
                "The instance ID 'i-0a1b2c3d4e5f6dead' does not exist",
                () -> ec2.replaceRoute(
                        toStandby.toBuilder().instanceId("i-0a1b2c3d4e5f6dead").build()));
        refused(
                "InvalidInstanceID",
                "There are multiple interfaces attached to instance '" + PRIMARY_INSTANCE_ID + "'",
                () -> ec2.replaceRoute(
                        toStandby.toBuilder().instanceId(PRIMARY_INSTANCE_ID).build()));
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("elsewhere");
        refused(
                "InvalidParameterValue",
                "route table " + MAIN_ROUTE_TABLE_ID + " and network interface " + elsewhere
                        + " belong to different networks",
                () -> ec2.replaceRoute(
                        toStandby.toBuilder().networkInterfaceId(elsewhere).build()));
        refused(
                "InvalidParameterCombination",
                "Exactly one",
                () -> ec2.call(
                        "ReplaceRoute",
                        java.util.Map.of("RouteTableId", MAIN_ROUTE_TABLE_ID, "DestinationCidrBlock", OVERLAY_CIDR)));
        // None of that changed the route.
        assertEquals(
                FLOATING_INTERFACE_ID,
                endpoint.state()
                        .routeTable(MAIN_ROUTE_TABLE_ID)
                        .orElseThrow()
                        .route(OVERLAY_CIDR)
                        .orElseThrow()
                        .networkInterfaceId());

        ec2.replaceRoute(toStandby.toBuilder().instanceId(STANDBY_INSTANCE_ID).build());
        RouteTable.Route moved = ec2.describeRouteTables(DescribeRouteTablesRequest.byId(MAIN_ROUTE_TABLE_ID))
                .routeTables()
                .get(0)
                .route(OVERLAY_CIDR)
                .orElseThrow();
        assertEquals(STANDBY_INTERFACE_ID, moved.networkInterfaceId());
        assertEquals(STANDBY_INSTANCE_ID, moved.instanceId());
    }

    @Test
    void theSourceDestCheckShowsInBothDescribes() {
        ec2.modifyInstanceAttribute(ModifyInstanceAttributeRequest.sourceDestCheck(STANDBY_INSTANCE_ID, false));
        ec2.modifyNetworkInterfaceAttribute(
                ModifyNetworkInterfaceAttributeRequest.sourceDestCheck(FLOATING_INTERFACE_ID, false));

        assertFalse(ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId(STANDBY_INTERFACE_ID))
                .networkInterfaces()
                .get(0)
                .sourceDestCheck());
        assertFalse(ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId(FLOATING_INTERFACE_ID))
                .networkInterfaces()
                .get(0)
                .sourceDestCheck());
        assertTrue(ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId("eni-0f1e2d3c4b5a60001"))
                .networkInterfaces()
                .get(0)
                .sourceDestCheck());
        String standbyXml = ec2.describeInstances(DescribeInstancesRequest.byId(STANDBY_INSTANCE_ID))
                .xml()
                .find(
                        "reservationSet",
                        "item",
                        "instancesSet",
                        "item",
                        "networkInterfaceSet",
                        "item",
                        "sourceDestCheck")
                .orElseThrow()
                .text();
        assertEquals("false", standbyXml);

        ec2.modifyInstanceAttribute(ModifyInstanceAttributeRequest.sourceDestCheck(STANDBY_INSTANCE_ID, true));
        assertTrue(endpoint.state()
                .networkInterface(STANDBY_INTERFACE_ID)
                .orElseThrow()
                .sourceDestCheck());
        refused(
                "InvalidNetworkInterfaceID.NotFound",
                "eni-0f1e2d3c4b5a6dead",
                () -> ec2.modifyNetworkInterfaceAttribute(
                        ModifyNetworkInterfaceAttributeRequest.sourceDestCheck("eni-0f1e2d3c4b5a6dead", false)));
        refused(
                "InvalidInstanceID.NotFound",
                "i-0a1b2c3d4e5f6dead",
                () -> ec2.modifyInstanceAttribute(
                        ModifyInstanceAttributeRequest.sourceDestCheck("i-0a1b2c3d4e5f6dead", false)));
    }
}
