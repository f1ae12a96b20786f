package dev.ec2lite.local;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetachNetworkInterfaceTest {
    private static final String ACTION = "DetachNetworkInterface";

    private final MutableClock clock = new MutableClock(Instant.now());
    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.builder()
                .clock(clock)
                .detachDelay(Duration.ofSeconds(2))
                .start();
        client = Ec2TestClient.of(ec2).withTime(clock::instant);
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private String floatingAttachmentStatus() {
        return ec2.state().attachment(FLOATING_ATTACHMENT_ID).orElseThrow().status();
    }

    @Test
    void detachingTheFloatingInterfaceAnswersTrueInEc2Shape() {
        Ec2Answer answer = client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID);

        answer.assertOk();
        assertEquals("DetachNetworkInterfaceResponse", answer.root().getLocalName());
        assertEquals(Ec2Responses.NAMESPACE, answer.root().getNamespaceURI());
        assertEquals("true", answer.text("return"));
        assertTrue(answer.text("requestId").matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals("detaching", floatingAttachmentStatus());
    }

    @Test
    void attachmentGoesFromDetachingToDetachedOverTheDetachDelayOnTheEndpointClock() {
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();

        clock.advance(Duration.ofMillis(1999));
        Ec2Answer during = client.call("DescribeNetworkInterfaces", "NetworkInterfaceId.1", FLOATING_INTERFACE_ID);
        assertEquals(List.of("in-use", "detaching"), during.texts("status"));

        clock.advance(Duration.ofMillis(1));
        Ec2Answer after = client.call("DescribeNetworkInterfaces", "NetworkInterfaceId.1", FLOATING_INTERFACE_ID);
        assertEquals(List.of("available"), after.texts("status"));
        assertTrue(after.texts("attachment").isEmpty(), after.body());
        assertEquals("detached", floatingAttachmentStatus());
        assertTrue(ec2.state()
                .networkInterface(FLOATING_INTERFACE_ID)
                .orElseThrow()
                .attachment()
                .isEmpty());
    }

    @Test
    void missingAttachmentIdIsMissingParameter() {
        String message = client.call(ACTION).assertError(400, "MissingParameter");

        assertEquals("The request must contain the parameter AttachmentId", message);
    }

    @Test
    void unknownAttachmentIsNotFoundNamingTheId() {
        String message = client.call(ACTION, "AttachmentId", "eni-attach-0000000000000dead")
                .assertError(400, "InvalidAttachmentID.NotFound");

        assertEquals("The attachment ID 'eni-attach-0000000000000dead' does not exist", message);
    }

    @Test
    void primaryInterfaceAtDeviceIndexZeroCannotBeDetached() {
        String message = client.call(ACTION, "AttachmentId", "eni-attach-0a1b2c3d4e5f60001")
                .assertError(400, "OperationNotPermitted");

        assertTrue(message.startsWith("The network interface at device index 0"), message);
        assertEquals(
                "attached",
                ec2.state()
                        .attachment("eni-attach-0a1b2c3d4e5f60001")
                        .orElseThrow()
                        .status());
    }

    @Test
    void dryRunThatWouldSucceedIsDryRunOperationAndChangesNothing() {
        String message = client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID, "DryRun", "true")
                .assertError(412, "DryRunOperation");

        assertEquals("Request would have succeeded, but DryRun flag is set.", message);
        assertEquals("attached", floatingAttachmentStatus());
    }

    @Test
    void dryRunThatWouldFailAnswersTheRealError() {
        client.call(ACTION, "AttachmentId", "eni-attach-0000000000000dead", "DryRun", "true")
                .assertError(400, "InvalidAttachmentID.NotFound");
        client.call(ACTION, "AttachmentId", "eni-attach-0a1b2c3d4e5f60001", "DryRun", "true")
                .assertError(400, "OperationNotPermitted");
    }

    @Test
    void dryRunFalseDetaches() {
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID, "DryRun", "false", "Force", "false")
                .assertOk();

        assertEquals("detaching", floatingAttachmentStatus());
    }

    @Test
    void flagThatIsNotABooleanIsInvalidParameterValue() {
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID, "Force", "yes")
                .assertError(400, "InvalidParameterValue");

        assertEquals("attached", floatingAttachmentStatus());
    }

    @Test
    void detachFromStoppedInstanceWithoutForceStaysDetaching() {
        ec2.stopInstance(PRIMARY_INSTANCE_ID);

        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();
        clock.advance(Duration.ofMinutes(10));

        assertEquals("detaching", floatingAttachmentStatus());
        assertEquals(
                "in-use",
                ec2.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .status());
    }

    @Test
    void forceDetachFromStoppedInstanceCompletesAfterTheDelay() {
        ec2.stopInstance(PRIMARY_INSTANCE_ID);

        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID, "Force", "true")
                .assertOk();
        assertEquals("detaching", floatingAttachmentStatus());
        clock.advance(Duration.ofSeconds(2));

        assertEquals("detached", floatingAttachmentStatus());
        assertEquals(
                "available",
                ec2.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .status());
    }

    @Test
    void forceUnsticksADetachThatIsStuckOnAStoppedInstance() {
        ec2.stopInstance(PRIMARY_INSTANCE_ID);
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();
        clock.advance(Duration.ofMinutes(1));

        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID, "Force", "true")
                .assertOk();
        clock.advance(Duration.ofSeconds(2));

        assertEquals("detached", floatingAttachmentStatus());
    }

    @Test
    void startingTheStoppedInstanceLetsItsStuckDetachFinish() {
        ec2.stopInstance(PRIMARY_INSTANCE_ID);
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();

        ec2.startInstance(PRIMARY_INSTANCE_ID);
        clock.advance(Duration.ofSeconds(2));

        assertEquals("detached", floatingAttachmentStatus());
        assertEquals(
                "running",
                ec2.state().instance(PRIMARY_INSTANCE_ID).orElseThrow().state());
    }

    @Test
    void detachingAgainWhileDetachingSucceedsWithoutRestartingTheDelay() {
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();
        clock.advance(Duration.ofSeconds(1));

        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();
        clock.advance(Duration.ofSeconds(1));

        assertEquals("detached", floatingAttachmentStatus());
    }

    @Test
    void detachedAttachmentNoLongerExists() {
        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertOk();
        clock.advance(Duration.ofSeconds(2));

        client.call(ACTION, "AttachmentId", FLOATING_ATTACHMENT_ID).assertError(400, "InvalidAttachmentID.NotFound");
        assertFalse(ec2.requests().isEmpty());
    }
}
