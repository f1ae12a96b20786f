package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route calls on the wire: each form body exactly as AWS CLI v2 (2.9.19) sent it for the same
 * command, recorded with a capture server; then the same calls against the embedded endpoint, which
 * verifies every signature.
 */
class RouteWireTest {
    private static String ok(String action) {
        return "<" + action + "Response><requestId>r-1</requestId><return>true</return></" + action + "Response>";
    }

    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private String body() throws InterruptedException {
        return ec2.server.takeRequest().getBody().utf8();
    }

    @Test
    void replaceRouteToAnInterfaceOrAnInstance() throws Exception {
        ec2.enqueue(200, ok("ReplaceRoute"));
        ec2.enqueue(200, ok("ReplaceRoute"));
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 replace-route --route-table-id rtb-0a1b2c3d4e5f60001 --destination-cidr-block
            //     192.168.100.10/32 --network-interface-id eni-0f1e2d3c4b5a60002
            ReplaceRouteResponse response = client.replaceRoute(ReplaceRouteRequest.of(
                    "rtb-0a1b2c3d4e5f60001",
                    "192.168.100.10/32",
                    RouteTarget.networkInterface("eni-0f1e2d3c4b5a60002")));
            assertEquals("r-1", response.requestId().orElseThrow());
            assertFalse(response.dryRun());
            client.replaceRoute(ReplaceRouteRequest.builder()
                    .instanceId("i-1")
                    .routeTableId("rtb-0a1b2c3d4e5f60001")
                    .destinationCidrBlock("192.168.100.10/32")
                    .build());
        }
        assertEquals(
                "Action=ReplaceRoute&Version=2016-11-15&DestinationCidrBlock=192.168.100.10%2F32"
                        + "&NetworkInterfaceId=eni-0f1e2d3c4b5a60002&RouteTableId=rtb-0a1b2c3d4e5f60001",
                body());
        assertEquals(
                "Action=ReplaceRoute&Version=2016-11-15&DestinationCidrBlock=192.168.100.10%2F32&InstanceId=i-1"
                        + "&RouteTableId=rtb-0a1b2c3d4e5f60001",
                body());
    }

    @Test
    void describeRouteTablesSendsFiltersBeforeIdsAndTokenBeforePageSize() throws Exception {
        String empty =
                "<DescribeRouteTablesResponse><requestId>r</requestId><routeTableSet/></DescribeRouteTablesResponse>";
        ec2.enqueue(200, empty);
        ec2.enqueue(200, empty);
        ec2.enqueue(200, empty);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            client.describeRouteTables(DescribeRouteTablesRequest.builder().build());
            client.describeRouteTables(DescribeRouteTablesRequest.builder()
                    .routeTableIds("rtb-1", "rtb-2")
                    .filter("vpc-id", "vpc-1")
                    .filter("route.destination-cidr-block", "1.2.3.4/32", "5.6.7.8/32")
                    .build());
            client.describeRouteTablePages(DescribeRouteTablesRequest.builder()
                            .maxResults(5)
                            .nextToken("abc")
                            .build())
                    .iterator()
                    .next();
        }
        assertEquals("Action=DescribeRouteTables&Version=2016-11-15", body());
        assertEquals(
                "Action=DescribeRouteTables&Version=2016-11-15&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1"
                        + "&Filter.2.Name=route.destination-cidr-block&Filter.2.Value.1=1.2.3.4%2F32"
                        + "&Filter.2.Value.2=5.6.7.8%2F32&RouteTableId.1=rtb-1&RouteTableId.2=rtb-2",
                body());
        assertEquals("Action=DescribeRouteTables&Version=2016-11-15&NextToken=abc&MaxResults=5", body());
    }

    @Test
    void theSourceDestCheckIsSentAsTheAwsCliSendsNoSourceDestCheck() throws Exception {
        ec2.enqueue(200, ok("ModifyNetworkInterfaceAttribute"));
        ec2.enqueue(200, ok("ModifyInstanceAttribute"));
        ec2.enqueue(200, ok("ModifyInstanceAttribute"));
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 modify-network-interface-attribute --network-interface-id … --no-source-dest-check
            client.modifyNetworkInterfaceAttribute(
                    ModifyNetworkInterfaceAttributeRequest.sourceDestCheck("eni-0f1e2d3c4b5a60002", false));
            // aws ec2 modify-instance-attribute --instance-id … --no-source-dest-check
            client.modifyInstanceAttribute(
                    ModifyInstanceAttributeRequest.sourceDestCheck("i-0a1b2c3d4e5f60002", false));
            client.modifyInstanceAttribute(ModifyInstanceAttributeRequest.builder()
                    .instanceId("i-0a1b2c3d4e5f60002")
                    .sourceDestCheck(true)
                    .dryRun(false)
                    .build());
        }
        assertEquals(
                "Action=ModifyNetworkInterfaceAttribute&Version=2016-11-15&NetworkInterfaceId=eni-0f1e2d3c4b5a60002"
                        + "&SourceDestCheck.Value=false",
                body());
        assertEquals(
                "Action=ModifyInstanceAttribute&Version=2016-11-15&InstanceId=i-0a1b2c3d4e5f60002"
                        + "&SourceDestCheck.Value=false",
                body());
        // The AWS CLI sends DryRun first here (its model's order), SourceDestCheck last (its own option).
        assertEquals(
                "Action=ModifyInstanceAttribute&Version=2016-11-15&DryRun=false&InstanceId=i-0a1b2c3d4e5f60002"
                        + "&SourceDestCheck.Value=true",
                body());
    }

    @Test
    void aPermittedDryRunIsASuccessAndAnUnknownTableIsEc2sError() {
        try (LocalEc2Endpoint endpoint = LocalEc2Endpoint.start();
                Ec2Client client = Ec2Client.builder()
                        .environment(Ec2TestServer.emptyEnvironment())
                        .region(endpoint.region())
                        .endpointOverride(endpoint.endpoint())
                        .credentialsProvider(CredentialsProvider.of(endpoint.credentials()))
                        .build()) {
            ReplaceRouteRequest replace = ReplaceRouteRequest.builder()
                    .routeTableId(LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID)
                    .destinationCidrBlock(LocalEc2Endpoint.OVERLAY_CIDR)
                    .instanceId(LocalEc2Endpoint.STANDBY_INSTANCE_ID)
                    .dryRun(true)
                    .build();
            ReplaceRouteResponse dry = client.replaceRoute(replace);
            assertTrue(dry.dryRun());
            assertEquals(412, dry.statusCode());
            assertTrue(client.modifyNetworkInterfaceAttribute(ModifyNetworkInterfaceAttributeRequest.builder()
                            .networkInterfaceId(LocalEc2Endpoint.FLOATING_INTERFACE_ID)
                            .sourceDestCheck(false)
                            .dryRun(true)
                            .build())
                    .dryRun());
            assertTrue(client.modifyInstanceAttribute(ModifyInstanceAttributeRequest.builder()
                            .instanceId(LocalEc2Endpoint.STANDBY_INSTANCE_ID)
                            .sourceDestCheck(false)
                            .dryRun(true)
                            .build())
                    .dryRun());
            // Nothing changed.
            assertEquals(
                    LocalEc2Endpoint.FLOATING_INTERFACE_ID,
                    endpoint.state()
                            .routeTable(LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID)
                            .orElseThrow()
                            .route(LocalEc2Endpoint.OVERLAY_CIDR)
                            .orElseThrow()
                            .networkInterfaceId());
            assertTrue(endpoint.state().networkInterfaces().stream().allMatch(n -> n.sourceDestCheck()));

            Ec2ServiceException e = assertThrows(
                    Ec2ServiceException.class,
                    () -> client.replaceRoute(replace.toBuilder()
                            .routeTableId("rtb-0a1b2c3d4e5f6dead")
                            .build()));
            assertEquals("InvalidRouteTableID.NotFound", e.errorCode());
            assertEquals("The routeTable ID 'rtb-0a1b2c3d4e5f6dead' does not exist", e.errorMessage());

            client.describeRouteTables(DescribeRouteTablesRequest.byId(LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID));
            List<RecordedRequest> requests = endpoint.requests();
            assertEquals(5, requests.size());
            assertTrue(requests.stream().allMatch(RecordedRequest::signatureVerified), requests.toString());
        }
    }
}
