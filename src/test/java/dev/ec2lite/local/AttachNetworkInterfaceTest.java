package dev.ec2lite.local;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachNetworkInterfaceTest {
    private static final String ACTION = "AttachNetworkInterface";

    private final MutableClock clock = new MutableClock(Instant.now());
    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;
    private String spare;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.builder()
                .clock(clock)
                .attachDelay(Duration.ofSeconds(3))
                .detachDelay(Duration.ofSeconds(2))
                .start();
        client = Ec2TestClient.of(ec2).withTime(clock::instant);
        spare = ec2.addNetworkInterface("spare");
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private Ec2Answer attach(String interfaceId, String instanceId, String deviceIndex, String... more) {
        List<String> parameters = new ArrayList<>(
                List.of("NetworkInterfaceId", interfaceId, "InstanceId", instanceId, "DeviceIndex", deviceIndex));
        parameters.addAll(List.of(more));
        return client.call(ACTION, parameters.toArray(String[]::new));
    }

    @Test
    void attachingAnAvailableInterfaceAnswersANewDeterministicAttachmentId() {
        Ec2Answer answer = attach(spare, STANDBY_INSTANCE_ID, "1");

        answer.assertOk();
        assertEquals("AttachNetworkInterfaceResponse", answer.root().getLocalName());
        assertEquals(Ec2Responses.NAMESPACE, answer.root().getNamespaceURI());
        assertEquals("eni-attach-0a1b2c3d4e5f60004", answer.text("attachmentId"));
        assertEquals(1, answer.texts("requestId").size());
        LocalEc2State.NetworkInterface eni = ec2.state().networkInterface(spare).orElseThrow();
        assertEquals("in-use", eni.status());
        assertEquals("attaching", eni.attachment().orElseThrow().status());
        assertEquals(1, eni.attachment().orElseThrow().deviceIndex());
    }

    @Test
    void attachmentGoesFromAttachingToAttachedOverTheAttachDelay() {
        String attachmentId = attach(spare, STANDBY_INSTANCE_ID, "1").text("attachmentId");

        clock.advance(Duration.ofMillis(2999));
        assertEquals(
                "attaching", ec2.state().attachment(attachmentId).orElseThrow().status());
        clock.advance(Duration.ofMillis(1));
        assertEquals(
                "attached", ec2.state().attachment(attachmentId).orElseThrow().status());
    }

    @Test
    void floatingInterfaceMovesFromPrimaryToStandby() {
        client.call("DetachNetworkInterface", "AttachmentId", FLOATING_ATTACHMENT_ID)
                .assertOk();
        attach(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, "1").assertError(400, "InvalidNetworkInterface.InUse");
        clock.advance(Duration.ofSeconds(2));

        String attachmentId =
                attach(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, "1").text("attachmentId");
        clock.advance(Duration.ofSeconds(3));

        LocalEc2State.Attachment moved = ec2.state()
                .networkInterface(FLOATING_INTERFACE_ID)
                .orElseThrow()
                .attachment()
                .orElseThrow();
        assertEquals(attachmentId, moved.attachmentId());
        assertEquals(STANDBY_INSTANCE_ID, moved.instanceId());
        assertEquals("attached", moved.status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NetworkInterfaceId", "InstanceId", "DeviceIndex"})
    void eachRequiredParameterIsMissingParameterWhenAbsent(String missing) {
        List<String> parameters = new ArrayList<>();
        for (String[] pair :
                new String[][] {{"NetworkInterfaceId", spare}, {"InstanceId", STANDBY_INSTANCE_ID}, {"DeviceIndex", "1"}
                }) {
            if (!pair[0].equals(missing)) {
                parameters.addAll(List.of(pair));
            }
        }

        String message = client.call(ACTION, parameters.toArray(String[]::new)).assertError(400, "MissingParameter");

        assertEquals("The request must contain the parameter " + missing, message);
    }

    @Test
    void unknownInterfaceIsNotFound() {
        String message = attach("eni-00000000000000bad", STANDBY_INSTANCE_ID, "1")
                .assertError(400, "InvalidNetworkInterfaceID.NotFound");

        assertEquals("The networkInterface ID 'eni-00000000000000bad' does not exist", message);
    }

    @Test
    void unknownInstanceIsNotFound() {
        String message = attach(spare, "i-00000000000000bad", "1").assertError(400, "InvalidInstanceID.NotFound");

        assertEquals("The instance ID 'i-00000000000000bad' does not exist", message);
    }

    @ParameterizedTest(name = "DeviceIndex={0}")
    @ValueSource(strings = {"-1", "one", "1.5", "99999999999"})
    void deviceIndexThatIsNotANonNegativeIntegerIsInvalidParameterValue(String deviceIndex) {
        attach(spare, STANDBY_INSTANCE_ID, deviceIndex).assertError(400, "InvalidParameterValue");

        assertEquals(
                "available", ec2.state().networkInterface(spare).orElseThrow().status());
    }

    @Test
    void interfaceAlreadyAttachedIsInUse() {
        String message = attach(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, "1")
                .assertError(400, "InvalidNetworkInterface.InUse");

        assertEquals("Interface: [" + FLOATING_INTERFACE_ID + "] in use.", message);
    }

    @Test
    void deviceIndexTakenOnTheInstanceIsInvalidParameterValue() {
        String message = attach(spare, PRIMARY_INSTANCE_ID, "1").assertError(400, "InvalidParameterValue");

        assertEquals(
                "Instance '" + PRIMARY_INSTANCE_ID + "' already has an interface attached at device index '1'.",
                message);
    }

    @Test
    void dryRunThatWouldSucceedIsDryRunOperationAndAttachesNothing() {
        attach(spare, STANDBY_INSTANCE_ID, "1", "DryRun", "true").assertError(412, "DryRunOperation");

        assertEquals(
                "available", ec2.state().networkInterface(spare).orElseThrow().status());
        assertEquals(
                "eni-attach-0a1b2c3d4e5f60004",
                attach(spare, STANDBY_INSTANCE_ID, "1").text("attachmentId"));
    }

    @Test
    void dryRunThatWouldFailAnswersTheRealError() {
        attach(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, "1", "DryRun", "true")
                .assertError(400, "InvalidNetworkInterface.InUse");
    }

    @Test
    void attachingToAStoppedInstanceIsAllowed() {
        ec2.stopInstance(STANDBY_INSTANCE_ID);

        attach(spare, STANDBY_INSTANCE_ID, "2").assertOk();
        clock.advance(Duration.ofSeconds(3));

        assertTrue(
                ec2.state().networkInterface(spare).orElseThrow().attachment().isPresent());
    }
}
