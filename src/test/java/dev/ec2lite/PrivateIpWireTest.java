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
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secondary private IP calls on the wire: each form body exactly as the AWS CLI v2 (2.9.19) sent
 * it for the same command line (recorded against a capture server), signed so that the signature
 * checks out; EC2's answers read; and the move's verification polling until the answer shows the
 * address where it was sent.
 */
class PrivateIpWireTest {
    private static final String ASSIGN_OK = "<AssignPrivateIpAddressesResponse"
            + " xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>5d1f2a40-0c1e-4f59-9b1e-3a0e7c2b9d11"
            + "</requestId><networkInterfaceId>eni-0f1e2d3c4b5a60002</networkInterfaceId>"
            + "<assignedPrivateIpAddressesSet><item><privateIpAddress>10.0.1.100</privateIpAddress></item>"
            + "<item><privateIpAddress>10.0.1.101</privateIpAddress></item></assignedPrivateIpAddressesSet>"
            + "<return>true</return></AssignPrivateIpAddressesResponse>";
    private static final String UNASSIGN_OK = "<UnassignPrivateIpAddressesResponse"
            + " xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>7a0c9e55-4d0b-4a43-8f0e-2b1f6c3d8e22"
            + "</requestId><return>true</return></UnassignPrivateIpAddressesResponse>";

    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = ec2.server.takeRequest();
        assertEquals(
                request.getHeaders().get("Authorization"),
                ServerSignature.authorizationFor(
                        request, AwsCredentials.of(ACCESS_KEY, SECRET_KEY), "us-east-1", "ec2", NOW));
        return request;
    }

    @Test
    void assignSendsWhatTheAwsCliSends() throws Exception {
        ec2.enqueue(200, ASSIGN_OK);
        ec2.enqueue(200, ASSIGN_OK);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 assign-private-ip-addresses --network-interface-id eni-0f1e2d3c4b5a60002
            //     --private-ip-addresses 10.0.1.100 --allow-reassignment
            AssignPrivateIpAddressesResponse response = client.assignPrivateIpAddresses(
                    AssignPrivateIpAddressesRequest.reassign("eni-0f1e2d3c4b5a60002", "10.0.1.100"));
            assertEquals(List.of("10.0.1.100", "10.0.1.101"), response.assignedPrivateIpAddresses());
            assertEquals("eni-0f1e2d3c4b5a60002", response.networkInterfaceId().orElseThrow());
            assertEquals(
                    "5d1f2a40-0c1e-4f59-9b1e-3a0e7c2b9d11", response.requestId().orElseThrow());
            // aws ec2 assign-private-ip-addresses --network-interface-id eni-0f1e2d3c4b5a60002
            //     --secondary-private-ip-address-count 2
            client.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.builder()
                    .networkInterfaceId("eni-0f1e2d3c4b5a60002")
                    .secondaryPrivateIpAddressCount(2)
                    .build());
        }
        assertEquals(
                "Action=AssignPrivateIpAddresses&Version=2016-11-15&AllowReassignment=true"
                        + "&NetworkInterfaceId=eni-0f1e2d3c4b5a60002&PrivateIpAddress.1=10.0.1.100",
                take().getBody().utf8());
        assertEquals(
                "Action=AssignPrivateIpAddresses&Version=2016-11-15&NetworkInterfaceId=eni-0f1e2d3c4b5a60002"
                        + "&SecondaryPrivateIpAddressCount=2",
                take().getBody().utf8());
    }

    @Test
    void unassignSendsWhatTheAwsCliSends() throws Exception {
        ec2.enqueue(200, UNASSIGN_OK);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 unassign-private-ip-addresses --network-interface-id eni-0f1e2d3c4b5a60003
            //     --private-ip-addresses 10.0.1.100
            UnassignPrivateIpAddressesResponse response = client.unassignPrivateIpAddresses(
                    UnassignPrivateIpAddressesRequest.of("eni-0f1e2d3c4b5a60003", "10.0.1.100"));
            assertEquals(
                    "7a0c9e55-4d0b-4a43-8f0e-2b1f6c3d8e22", response.requestId().orElseThrow());
            assertEquals(1, response.attempts());
        }
        assertEquals(
                "Action=UnassignPrivateIpAddresses&Version=2016-11-15&NetworkInterfaceId=eni-0f1e2d3c4b5a60003"
                        + "&PrivateIpAddress.1=10.0.1.100",
                take().getBody().utf8());
    }

    @Test
    void theAddressLookUpSendsTheAwsCliFilter() throws Exception {
        ec2.enqueue(200, interfaces());
        try (Ec2Client client = ec2.clientBuilder().build()) {
            // aws ec2 describe-network-interfaces --filters Name=addresses.private-ip-address,Values=10.0.1.100
            client.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.builder()
                    .filter(PrivateIpMover.ADDRESS_FILTER, "10.0.1.100")
                    .build());
        }
        assertEquals(
                "Action=DescribeNetworkInterfaces&Version=2016-11-15&Filter.1.Name=addresses.private-ip-address"
                        + "&Filter.1.Value.1=10.0.1.100",
                take().getBody().utf8());
    }

    @Test
    void anAssignedItemWithoutItsAddressIsAnErrorNamingIt() {
        ec2.enqueue(
                200,
                "<AssignPrivateIpAddressesResponse><requestId>r</requestId><assignedPrivateIpAddressesSet>"
                        + "<item><privateIpAddress></privateIpAddress></item></assignedPrivateIpAddressesSet>"
                        + "</AssignPrivateIpAddressesResponse>");
        try (Ec2Client client = ec2.clientBuilder().build()) {
            Ec2ClientException e = assertThrows(
                    Ec2ClientException.class,
                    () -> client.assignPrivateIpAddresses(
                            AssignPrivateIpAddressesRequest.reassign("eni-0f1e2d3c4b5a60002", "10.0.1.100")));
            assertTrue(e.getMessage().contains("privateIpAddress"), e.getMessage());
        }
    }

    @Test
    void badRequestsFailBeforeAnyCall() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AssignPrivateIpAddressesRequest.builder()
                        .networkInterfaceId("eni-1")
                        .build());
        IllegalArgumentException both = assertThrows(
                IllegalArgumentException.class,
                () -> AssignPrivateIpAddressesRequest.builder()
                        .networkInterfaceId("eni-1")
                        .privateIpAddresses("10.0.1.100")
                        .secondaryPrivateIpAddressCount(1)
                        .build());
        assertTrue(both.getMessage().contains("secondaryPrivateIpAddressCount"), both.getMessage());
        IllegalArgumentException twice = assertThrows(
                IllegalArgumentException.class,
                () -> AssignPrivateIpAddressesRequest.builder()
                        .networkInterfaceId("eni-1")
                        .privateIpAddresses("10.0.1.100", "10.0.1.100")
                        .build());
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AssignPrivateIpAddressesRequest.builder()
                        .networkInterfaceId("eni-1")
                        .secondaryPrivateIpAddressCount(0)
                        .build());
        IllegalArgumentException badIp = assertThrows(
                IllegalArgumentException.class, () -> UnassignPrivateIpAddressesRequest.of("eni-1", "10.0.1.x"));
        assertTrue(badIp.getMessage().startsWith("privateIpAddresses"), badIp.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UnassignPrivateIpAddressesRequest.of("eni-1"));
        assertThrows(
                IllegalArgumentException.class, () -> UnassignPrivateIpAddressesRequest.of(" eni-1", "10.0.1.100"));
        assertEquals(0, ec2.server.getRequestCount());
    }

    /** A {@code DescribeNetworkInterfaces} answer: each interface given as id and its secondary address. */
    private static String interfaces(String... idAndAddress) {
        StringBuilder xml = new StringBuilder(
                "<DescribeNetworkInterfacesResponse><requestId>d</requestId>" + "<networkInterfaceSet>");
        for (int i = 0; i < idAndAddress.length; i += 2) {
            xml.append("<item><networkInterfaceId>")
                    .append(idAndAddress[i])
                    .append("</networkInterfaceId><subnetId>subnet-1</subnetId><vpcId>vpc-1</vpcId>"
                            + "<status>in-use</status><privateIpAddress>10.0.1.1")
                    .append(i)
                    .append("</privateIpAddress><privateIpAddressesSet><item><privateIpAddress>10.0.1.1")
                    .append(i)
                    .append("</privateIpAddress><primary>true</primary></item><item><privateIpAddress>")
                    .append(idAndAddress[i + 1])
                    .append("</privateIpAddress><primary>false</primary></item></privateIpAddressesSet></item>");
        }
        return xml.append("</networkInterfaceSet></DescribeNetworkInterfacesResponse>")
                .toString();
    }

    @Test
    void theMoveDescribesAgainUntilTheAddressHasMoved() {
        ec2.enqueue(200, interfaces("eni-source", "10.0.1.100")); // look-up
        ec2.enqueue(200, interfaces("eni-target", "10.0.1.50")); // the target
        ec2.enqueue(200, ASSIGN_OK);
        ec2.enqueue(200, interfaces("eni-source", "10.0.1.100")); // not moved yet
        ec2.enqueue(200, interfaces("eni-source", "10.0.1.100", "eni-target", "10.0.1.100")); // on both
        ec2.enqueue(200, interfaces("eni-target", "10.0.1.100")); // moved
        try (Ec2Client client = ec2.clientBuilder().build()) {
            MovePrivateIpResponse moved = client.moveSecondaryPrivateIp(
                    MovePrivateIpRequest.builder()
                            .privateIpAddress("10.0.1.100")
                            .networkInterfaceId("eni-target")
                            .waiting(new WaiterConfig(Duration.ofSeconds(1), 10, null))
                            .build(),
                    null);
            assertEquals("eni-target", moved.networkInterfaceId());
            assertEquals("eni-source", moved.previousNetworkInterfaceId().orElseThrow());
        }
        assertEquals(6, ec2.server.getRequestCount());
    }

    @Test
    void aMoveThatNeverShowsGivesUpAfterItsPollsAndSaysWhereTheAddressIs() {
        ec2.enqueue(200, interfaces("eni-source", "10.0.1.100"));
        ec2.enqueue(200, interfaces("eni-target", "10.0.1.50"));
        ec2.enqueue(200, ASSIGN_OK);
        for (int i = 0; i < 3; i++) {
            ec2.enqueue(200, interfaces("eni-source", "10.0.1.100"));
        }
        try (Ec2Client client = ec2.clientBuilder().build()) {
            MoveException e = assertThrows(
                    MoveException.class,
                    () -> client.moveSecondaryPrivateIp(
                            MovePrivateIpRequest.builder()
                                    .privateIpAddress("10.0.1.100")
                                    .networkInterfaceId("eni-target")
                                    .waiting(new WaiterConfig(Duration.ofSeconds(1), 3, null))
                                    .build(),
                            null));
            assertEquals("VERIFY_RESULT", e.step());
            assertInstanceOf(Ec2WaiterException.class, e.getCause());
            assertEquals("10.0.1.100 on eni-source (secondary, subnet-1)", e.stateLeft());
        }
        assertEquals(6, ec2.server.getRequestCount());
    }
}
