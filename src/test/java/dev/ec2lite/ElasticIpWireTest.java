package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.ACCESS_KEY;
import static dev.ec2lite.Ec2TestServer.NOW;
import static dev.ec2lite.Ec2TestServer.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveException;
import dev.ec2lite.testing.ServerSignature;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Elastic IP calls on the wire: the form bodies the AWS CLI v2 sends for the same commands
 * (recorded from {@code aws --debug ec2 …} against the embedded endpoint), signed so that the
 * signature checks out, and EC2's answers read back.
 */
class ElasticIpWireTest {
    private static final String NS = "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"";
    private static final String ASSOCIATED = "<AssociateAddressResponse " + NS
            + "><requestId>r-1</requestId><return>true</return>"
            + "<associationId>eipassoc-0a1b2c3d4e5f60002</associationId></AssociateAddressResponse>";

    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private RecordedRequest signedRequest() throws InterruptedException {
        RecordedRequest request = ec2.server.takeRequest();
        assertEquals(
                request.getHeaders().get("Authorization"),
                ServerSignature.authorizationFor(
                        request, AwsCredentials.of(ACCESS_KEY, SECRET_KEY), "us-east-1", "ec2", NOW));
        return request;
    }

    private static String address(String associated) {
        return "<item><publicIp>203.0.113.10</publicIp><allocationId>eipalloc-0a1b2c3d4e5f60001</allocationId>"
                + "<domain>vpc</domain>" + associated + "<tagSet><item><key>Name</key><value>service</value></item>"
                + "</tagSet><publicIpv4Pool>amazon</publicIpv4Pool></item>";
    }

    private static String describeAnswer(String... items) {
        return "<DescribeAddressesResponse " + NS + "><requestId>r-2</requestId><addressesSet>" + String.join("", items)
                + "</addressesSet></DescribeAddressesResponse>";
    }

    private static String on(String associationId, String eni, String ip) {
        return "<instanceId>i-0a1b2c3d4e5f60002</instanceId><associationId>" + associationId
                + "</associationId><networkInterfaceId>" + eni + "</networkInterfaceId>"
                + "<networkInterfaceOwnerId>123456789012</networkInterfaceOwnerId><privateIpAddress>" + ip
                + "</privateIpAddress>";
    }

    @Test
    void associateSendsWhatTheAwsCliSends() throws Exception {
        ec2.enqueue(200, ASSOCIATED);
        ec2.enqueue(200, ASSOCIATED);
        AssociateAddressResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 associate-address --allocation-id … --instance-id … --no-allow-reassociation
            response = client.associateAddress(AssociateAddressRequest.builder()
                    .allocationId("eipalloc-0a1b2c3d4e5f60001")
                    .instanceId("i-0a1b2c3d4e5f60002")
                    .allowReassociation(false)
                    .build());
            // aws ec2 associate-address --allocation-id … --network-interface-id … --private-ip-address …
            //     --allow-reassociation
            client.associateAddress(AssociateAddressRequest.builder()
                    .allocationId("eipalloc-0a1b2c3d4e5f60001")
                    .networkInterfaceId("eni-0f1e2d3c4b5a60002")
                    .privateIpAddress("10.0.1.12")
                    .allowReassociation(true)
                    .build());
        }
        assertEquals(
                "Action=AssociateAddress&Version=2016-11-15&AllocationId=eipalloc-0a1b2c3d4e5f60001"
                        + "&InstanceId=i-0a1b2c3d4e5f60002&AllowReassociation=false",
                signedRequest().getBody().utf8());
        assertEquals(
                "Action=AssociateAddress&Version=2016-11-15&AllocationId=eipalloc-0a1b2c3d4e5f60001"
                        + "&AllowReassociation=true&NetworkInterfaceId=eni-0f1e2d3c4b5a60002&PrivateIpAddress=10.0.1.12",
                signedRequest().getBody().utf8());
        assertEquals(Optional.of("eipassoc-0a1b2c3d4e5f60002"), response.associationId());
        assertEquals(Optional.of("r-1"), response.requestId());
    }

    @Test
    void aDryRunSendsDryRunWhereTheAwsCliDoes() throws Exception {
        ec2.enqueue(
                412,
                Ec2TestServer.ec2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."));
        AssociateAddressResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            response = client.associateAddress(AssociateAddressRequest.builder()
                    .allocationId("eipalloc-0a1b2c3d4e5f60001")
                    .networkInterfaceId("eni-0f1e2d3c4b5a60002")
                    .privateIpAddress("10.0.1.12")
                    .allowReassociation(true)
                    .dryRun(true)
                    .build());
        }
        // The AWS CLI sends DryRun between AllowReassociation and NetworkInterfaceId (its model's order).
        assertEquals(
                "Action=AssociateAddress&Version=2016-11-15&AllocationId=eipalloc-0a1b2c3d4e5f60001"
                        + "&AllowReassociation=true&DryRun=true&NetworkInterfaceId=eni-0f1e2d3c4b5a60002"
                        + "&PrivateIpAddress=10.0.1.12",
                signedRequest().getBody().utf8());
        assertTrue(response.dryRun());
        assertEquals(Optional.empty(), response.associationId());
    }

    @Test
    void disassociateAndDescribeSendWhatTheAwsCliSends() throws Exception {
        ec2.enqueue(
                412,
                Ec2TestServer.ec2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."));
        ec2.enqueue(200, describeAnswer());
        ec2.enqueue(200, describeAnswer());
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 disassociate-address --association-id … --dry-run
            client.disassociateAddress(DisassociateAddressRequest.builder()
                    .associationId("eipassoc-0a1b2c3d4e5f60001")
                    .dryRun(true)
                    .build());
            // aws ec2 describe-addresses --allocation-ids eipalloc-1 eipalloc-2 --public-ips 203.0.113.10
            //     --filters Name=domain,Values=vpc
            client.describeAddresses(DescribeAddressesRequest.builder()
                    .allocationIds(List.of("eipalloc-1", "eipalloc-2"))
                    .publicIps(List.of("203.0.113.10"))
                    .filter("domain", "vpc")
                    .build());
            // aws ec2 describe-addresses
            client.describeAddresses(DescribeAddressesRequest.builder().build());
        }
        assertEquals(
                "Action=DisassociateAddress&Version=2016-11-15&AssociationId=eipassoc-0a1b2c3d4e5f60001&DryRun=true",
                signedRequest().getBody().utf8());
        assertEquals(
                "Action=DescribeAddresses&Version=2016-11-15&Filter.1.Name=domain&Filter.1.Value.1=vpc"
                        + "&PublicIp.1=203.0.113.10&AllocationId.1=eipalloc-1&AllocationId.2=eipalloc-2",
                signedRequest().getBody().utf8());
        assertEquals(
                "Action=DescribeAddresses&Version=2016-11-15",
                signedRequest().getBody().utf8());
    }

    @Test
    void describeReadsEachAddressAndItsAssociation() {
        ec2.enqueue(
                200,
                describeAnswer(
                        address(on("eipassoc-0a1b2c3d4e5f60001", "eni-0f1e2d3c4b5a60003", "10.0.1.100")),
                        "<item><publicIp>203.0.113.20</publicIp><allocationId>eipalloc-0a1b2c3d4e5f60002"
                                + "</allocationId><domain>vpc</domain></item>"));
        DescribeAddressesResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            response =
                    client.describeAddresses(DescribeAddressesRequest.builder().build());
        }
        ElasticIpAddress service = response.addresses().get(0);
        assertEquals("203.0.113.10", service.publicIp());
        assertEquals(Optional.of("eipassoc-0a1b2c3d4e5f60001"), service.associationId());
        assertEquals(Optional.of("eni-0f1e2d3c4b5a60003"), service.networkInterfaceId());
        assertEquals(Optional.of("10.0.1.100"), service.privateIpAddress());
        assertEquals(Optional.of("i-0a1b2c3d4e5f60002"), service.instanceId());
        assertEquals(Map.of("Name", "service"), service.tags());
        assertTrue(service.associatedWith("eni-0f1e2d3c4b5a60003", "10.0.1.100"));
        ElasticIpAddress spare = response.find("eipalloc-0a1b2c3d4e5f60002").orElseThrow();
        assertEquals(Optional.empty(), spare.associationId());
        assertTrue(spare.describe().endsWith("not associated"), spare.describe());
        assertEquals(Optional.of("r-2"), response.requestId());
    }

    @Test
    void anAnswerMissingWhatTheCallerNeedsIsAClearError() {
        ec2.enqueue(200, "<AssociateAddressResponse " + NS + "><requestId>r</requestId></AssociateAddressResponse>");
        ec2.enqueue(200, describeAnswer("<item><allocationId>eipalloc-1</allocationId></item>"));
        try (Ec2Client client = ec2.clientBuilder().build()) {
            Ec2ClientException noId = assertThrows(
                    Ec2ClientException.class,
                    () -> client.associateAddress(AssociateAddressRequest.builder()
                            .allocationId("eipalloc-1")
                            .instanceId("i-1")
                            .build()));
            assertTrue(noId.getMessage().contains("associationId"), noId.getMessage());
            Ec2ClientException noIp = assertThrows(
                    Ec2ClientException.class,
                    () -> client.describeAddresses(
                            DescribeAddressesRequest.builder().build()));
            assertTrue(noIp.getMessage().contains("publicIp"), noIp.getMessage());
        }
    }

    @Test
    void badInputFailsBeforeAnyRequestNamingTheField() {
        assertField(
                "allocationId",
                () -> AssociateAddressRequest.builder()
                        .allocationId("eipalloc 1")
                        .instanceId("i-1"));
        assertField("instanceId", () -> AssociateAddressRequest.builder().allocationId("eipalloc-1"));
        assertField(
                "instanceId",
                () -> AssociateAddressRequest.builder()
                        .allocationId("eipalloc-1")
                        .instanceId("i-1")
                        .networkInterfaceId("eni-1"));
        assertField(
                "privateIpAddress",
                () -> AssociateAddressRequest.builder()
                        .allocationId("eipalloc-1")
                        .networkInterfaceId("eni-1")
                        .privateIpAddress("10.0.1"));
        assertField("associationId", () -> DisassociateAddressRequest.builder().associationId(" "));
        assertField("publicIps", () -> DescribeAddressesRequest.builder().publicIps(List.of("203.0.113.300")));
        assertField("allocationIds", () -> DescribeAddressesRequest.builder().allocationIds(List.of("")));
        assertEquals(0, ec2.server.getRequestCount());
    }

    private static void assertField(String field, java.util.function.Supplier<Object> builder) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            Object b = builder.get();
            if (b instanceof AssociateAddressRequest.Builder a) {
                a.build();
            } else if (b instanceof DisassociateAddressRequest.Builder d) {
                d.build();
            } else {
                ((DescribeAddressesRequest.Builder) b).build();
            }
        });
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void theMoveDescribesAgainUntilEc2ShowsTheNewAssociation() throws Exception {
        String old = address(on("eipassoc-0a1b2c3d4e5f60001", "eni-0f1e2d3c4b5a60003", "10.0.1.100"));
        String moved = address(on("eipassoc-0a1b2c3d4e5f60002", "eni-0f1e2d3c4b5a60002", "10.0.1.12"));
        ec2.enqueue(200, describeAnswer(old)); // look-up
        ec2.enqueue(200, ASSOCIATED);
        ec2.enqueue(200, describeAnswer(old)); // not propagated yet
        ec2.enqueue(200, describeAnswer(moved));
        MoveAddressResponse response;
        try (Ec2Client client = ec2.clientBuilder().build()) {
            response = client.moveAddress(
                    MoveAddressRequest.builder()
                            .allocationId("eipalloc-0a1b2c3d4e5f60001")
                            .networkInterfaceId("eni-0f1e2d3c4b5a60002")
                            .verifyTarget(false)
                            .waiting(new WaiterConfig(Duration.ofSeconds(1), 5, null))
                            .build(),
                    null);
        }
        assertEquals("eipassoc-0a1b2c3d4e5f60002", response.associationId());
        assertEquals("eipassoc-0a1b2c3d4e5f60001", response.previousAssociationId());
        assertEquals(4, ec2.server.getRequestCount());
        signedRequest();
        assertEquals(
                "Action=AssociateAddress&Version=2016-11-15&AllocationId=eipalloc-0a1b2c3d4e5f60001"
                        + "&AllowReassociation=true&NetworkInterfaceId=eni-0f1e2d3c4b5a60002",
                signedRequest().getBody().utf8());
    }

    @Test
    void aMoveThatNeverShowsFailsAtVerificationSayingWhatItLastSaw() {
        String old = address(on("eipassoc-0a1b2c3d4e5f60001", "eni-0f1e2d3c4b5a60003", "10.0.1.100"));
        ec2.enqueue(200, describeAnswer(old));
        ec2.enqueue(200, ASSOCIATED);
        for (int i = 0; i < 3; i++) {
            ec2.enqueue(200, describeAnswer(old));
        }
        try (Ec2Client client = ec2.clientBuilder().build()) {
            MoveException e = assertThrows(
                    MoveException.class,
                    () -> client.moveAddress(
                            MoveAddressRequest.builder()
                                    .allocationId("eipalloc-0a1b2c3d4e5f60001")
                                    .networkInterfaceId("eni-0f1e2d3c4b5a60002")
                                    .verifyTarget(false)
                                    .waiting(new WaiterConfig(Duration.ofSeconds(1), 3, null))
                                    .build(),
                            null));
            assertEquals("VERIFY_RESULT", e.step());
            assertInstanceOf(Ec2WaiterException.class, e.getCause());
            assertTrue(e.stateLeft().contains("eipassoc-0a1b2c3d4e5f60001"), e.stateLeft());
        }
        assertEquals(5, ec2.server.getRequestCount(), "look-up, association, three polls and no more");
    }
}
