package dev.ec2lite.local;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DescribeNetworkInterfacesTest {
    private static final String ACTION = "DescribeNetworkInterfaces";
    private static final String PRIMARY_ENI = "eni-0f1e2d3c4b5a60001";
    private static final String STANDBY_ENI = "eni-0f1e2d3c4b5a60002";

    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.start();
        client = Ec2TestClient.of(ec2);
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void describingWithoutIdsListsEveryInterfaceOfTheScenario() {
        Ec2Answer answer = client.call(ACTION);

        answer.assertOk();
        assertEquals("DescribeNetworkInterfacesResponse", answer.root().getLocalName());
        assertEquals(Ec2Responses.NAMESPACE, answer.root().getNamespaceURI());
        assertEquals(List.of(PRIMARY_ENI, STANDBY_ENI, FLOATING_INTERFACE_ID), answer.texts("networkInterfaceId"));
        assertEquals(
                List.of("eni-attach-0a1b2c3d4e5f60001", "eni-attach-0a1b2c3d4e5f60002", FLOATING_ATTACHMENT_ID),
                answer.texts("attachmentId"));
    }

    @Test
    void floatingInterfaceCarriesItsAttachmentAndRealisticFields() {
        Ec2Answer answer = client.call(ACTION, "NetworkInterfaceId.1", FLOATING_INTERFACE_ID);

        answer.assertOk();
        assertEquals(FLOATING_INTERFACE_ID, answer.text("networkInterfaceId"));
        assertEquals(List.of("in-use", "attached"), answer.texts("status"));
        assertEquals(FLOATING_ATTACHMENT_ID, answer.text("attachmentId"));
        assertEquals(PRIMARY_INSTANCE_ID, answer.text("instanceId"));
        assertEquals("1", answer.text("deviceIndex"));
        assertEquals("false", answer.text("deleteOnTermination"));
        assertTrue(
                answer.text("attachTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                answer.text("attachTime"));
        assertTrue(Instant.parse(answer.text("attachTime")).isBefore(Instant.now()));
        assertTrue(answer.text("subnetId").startsWith("subnet-"));
        assertTrue(answer.text("vpcId").startsWith("vpc-"));
        // The primary address, then each address of privateIpAddressesSet: the primary and the secondary.
        List<String> addresses = answer.texts("privateIpAddress");
        assertEquals(3, addresses.size(), addresses::toString);
        assertTrue(addresses.get(0).matches("10\\.0\\.1\\.\\d+"));
        assertEquals(List.of(addresses.get(0), addresses.get(0), "10.0.1.100"), addresses);
        assertEquals(List.of("true", "false"), answer.texts("primary"));
        assertEquals("203.0.113.10", answer.text("publicIp"));
        assertEquals(List.of("default", "failover-service"), answer.texts("groupName"));
        assertEquals(List.of("Name", "Role"), answer.texts("key"));
        assertTrue(answer.text("macAddress").matches("02(:[0-9a-f]{2}){5}"));
        assertEquals("floating service address", answer.text("description"));
        assertEquals("us-east-1a", answer.text("availabilityZone"));
    }

    @Test
    void availableInterfaceHasNoAttachmentElement() {
        String spare = ec2.addNetworkInterface("spare");

        Ec2Answer answer = client.call(ACTION, "NetworkInterfaceId.1", spare);

        assertEquals(List.of("available"), answer.texts("status"));
        assertTrue(answer.texts("attachment").isEmpty());
    }

    @Test
    void unknownIdIsNotFoundNamingIt() {
        String message = client.call(
                        ACTION, "NetworkInterfaceId.1", FLOATING_INTERFACE_ID, "NetworkInterfaceId.2", "eni-1")
                .assertError(400, "InvalidNetworkInterfaceID.NotFound");

        assertEquals("The networkInterface ID 'eni-1' does not exist", message);
    }

    @Test
    void severalUnknownIdsAreAllNamed() {
        String message = client.call(ACTION, "NetworkInterfaceId.1", "eni-1", "NetworkInterfaceId.2", "eni-2")
                .assertError(400, "InvalidNetworkInterfaceID.NotFound");

        assertEquals("The networkInterface IDs 'eni-1, eni-2' do not exist", message);
    }

    @Test
    void filterByAttachmentIdFindsTheFloatingInterface() {
        Ec2Answer answer = client.call(
                ACTION, "Filter.1.Name", "attachment.attachment-id", "Filter.1.Value.1", FLOATING_ATTACHMENT_ID);

        assertEquals(List.of(FLOATING_INTERFACE_ID), answer.texts("networkInterfaceId"));
    }

    @Test
    void filterByInstanceIdFindsEveryInterfaceOfThatInstance() {
        Ec2Answer answer =
                client.call(ACTION, "Filter.1.Name", "attachment.instance-id", "Filter.1.Value.1", PRIMARY_INSTANCE_ID);

        assertEquals(List.of(PRIMARY_ENI, FLOATING_INTERFACE_ID), answer.texts("networkInterfaceId"));
    }

    @Test
    void valuesOfOneFilterAreAlternatives() {
        Ec2Answer answer = client.call(
                ACTION,
                "Filter.1.Name",
                "network-interface-id",
                "Filter.1.Value.1",
                STANDBY_ENI,
                "Filter.1.Value.2",
                FLOATING_INTERFACE_ID);

        assertEquals(List.of(STANDBY_ENI, FLOATING_INTERFACE_ID), answer.texts("networkInterfaceId"));
    }

    @Test
    void severalFiltersMustAllMatch() {
        Ec2Answer answer = client.call(
                ACTION,
                "Filter.1.Name",
                "attachment.instance-id",
                "Filter.1.Value.1",
                PRIMARY_INSTANCE_ID,
                "Filter.1.Value.2",
                STANDBY_INSTANCE_ID,
                "Filter.2.Name",
                "attachment.device-index",
                "Filter.2.Value.1",
                "0");

        assertEquals(List.of(PRIMARY_ENI, STANDBY_ENI), answer.texts("networkInterfaceId"));
    }

    @Test
    void filterByStatusAvailableFindsOnlyFreeInterfaces() {
        String spare = ec2.addNetworkInterface("spare");

        Ec2Answer answer = client.call(ACTION, "Filter.1.Name", "status", "Filter.1.Value.1", "available");

        assertEquals(List.of(spare), answer.texts("networkInterfaceId"));
    }

    @Test
    void filterThatMatchesNothingAnswersAnEmptySet() {
        Ec2Answer answer = client.call(ACTION, "Filter.1.Name", "attachment.instance-id", "Filter.1.Value.1", "i-none");

        answer.assertOk();
        assertEquals(List.of(""), answer.texts("networkInterfaceSet"));
        assertTrue(answer.texts("item").isEmpty());
    }

    @Test
    void unknownFilterIsInvalidParameterValue() {
        String message = client.call(ACTION, "Filter.1.Name", "colour", "Filter.1.Value.1", "blue")
                .assertError(400, "InvalidParameterValue");

        assertEquals("The filter 'colour' is invalid", message);
    }

    @Test
    void dryRunIsDryRunOperation() {
        client.call(ACTION, "DryRun", "true").assertError(412, "DryRunOperation");
    }
}
