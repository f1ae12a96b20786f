package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.NetworkInterfaceMoveException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.RecordedRequest;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client over real HTTP against the embedded endpoint, which checks every signature. One
 * fake time drives both, so the 20-second waiter polls and the endpoint's state changes take no real
 * time.
 */
class LocalEndpointEndToEndTest {
    private static final Duration STATE_DELAY = Duration.ofSeconds(30);
    private static final WaiterConfig WAITING = new WaiterConfig(Duration.ofSeconds(20), 10, null);

    /**
     * Starts at the real time: the JDK's HTTP server stamps every answer's {@code Date} header with the
     * real clock, and the client corrects its clock from that header after an {@code AuthFailure}.
     */
    private final MutableClock time = new MutableClock(Instant.now());

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.builder()
                .clock(time)
                .attachDelay(STATE_DELAY)
                .detachDelay(STATE_DELAY)
                .start();
        ec2 = clientWith(endpoint.credentials());
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private Ec2Client clientWith(AwsCredentials credentials) {
        return Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(credentials))
                .clock(time)
                .nanoTime(time::nanoTime)
                .sleeper(time::advance)
                .build();
    }

    @Test
    void detachThenWaitUntilAvailable() {
        DetachNetworkInterfaceResponse detached = ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        assertTrue(detached.requestId().isPresent());
        assertEquals(
                "detaching",
                ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId(FLOATING_INTERFACE_ID))
                        .find(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .attachment()
                        .orElseThrow()
                        .status());

        NetworkInterface available = ec2.waitUntilNetworkInterfaceAvailable(FLOATING_INTERFACE_ID, WAITING);
        assertEquals("available", available.status());
        assertFalse(available.attachment().isPresent());
        assertEquals(2, time.advances(), "30 s of detaching is two 20 s polls");
        assertTrue(endpoint.requests().stream().allMatch(RecordedRequest::signatureVerified));
    }

    @Test
    void dryRunBothWaysAndTheSecondDetachIsNotFound() {
        DetachNetworkInterfaceResponse dry = ec2.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                .attachmentId(FLOATING_ATTACHMENT_ID)
                .dryRun(true)
                .build());
        assertTrue(dry.dryRun());
        ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        ec2.waitUntilNetworkInterfaceAvailable(FLOATING_INTERFACE_ID, WAITING);
        Ec2ServiceException again =
                assertThrows(Ec2ServiceException.class, () -> ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID));
        assertEquals("InvalidAttachmentID.NotFound", again.errorCode());
        assertTrue(again.requestId().isPresent());
    }

    @Test
    void thePrimaryInterfaceCannotBeDetached() {
        String primaryAttachment = ec2
                .describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byInstanceId(PRIMARY_INSTANCE_ID))
                .networkInterfaces()
                .stream()
                .flatMap(eni -> eni.attachment().stream())
                .filter(a -> a.deviceIndex() == 0)
                .findFirst()
                .orElseThrow()
                .attachmentId();
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> ec2.detachNetworkInterface(primaryAttachment));
        assertEquals("OperationNotPermitted", e.errorCode());
    }

    @Test
    void aWrongSecretIsRejectedAsAuthFailure() {
        try (Ec2Client wrong =
                clientWith(AwsCredentials.of(endpoint.credentials().accessKeyId(), "not-the-secret-key-EXAMPLE"))) {
            Ec2ServiceException e =
                    assertThrows(Ec2ServiceException.class, () -> wrong.detachNetworkInterface(FLOATING_ATTACHMENT_ID));
            assertEquals("AuthFailure", e.errorCode());
            assertEquals(401, e.statusCode());
        }
        assertEquals(
                "in-use",
                endpoint.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .status());
    }

    @Test
    void attachReturnsTheNewAttachmentAndTheInUseWaiterSeesIt() {
        ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        ec2.waitUntilNetworkInterfaceAvailable(FLOATING_INTERFACE_ID, WAITING);
        AttachNetworkInterfaceResponse attached =
                ec2.attachNetworkInterface(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, 1);
        String attachmentId = attached.attachmentId().orElseThrow();
        NetworkInterface inUse =
                ec2.waitUntilNetworkInterfaceInUse(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, WAITING);
        assertEquals(attachmentId, inUse.attachment().orElseThrow().attachmentId());
        assertEquals(
                List.of(FLOATING_INTERFACE_ID),
                ec2
                        .describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byAttachmentId(attachmentId))
                        .networkInterfaces()
                        .stream()
                        .map(NetworkInterface::networkInterfaceId)
                        .toList());
    }

    @Test
    void theMoveReportsEveryStepAndEndsInUseOnTheTarget() {
        List<String> steps = new ArrayList<>();
        MoveNetworkInterfaceResponse moved = ec2.moveNetworkInterface(
                FLOATING_INTERFACE_ID,
                STANDBY_INSTANCE_ID,
                1,
                false,
                WAITING,
                (step, detail) -> steps.add(step.name()));
        assertEquals(
                List.of("LOOK_UP", "VERIFY_TARGET", "DETACH", "WAIT_AVAILABLE", "ATTACH", "WAIT_IN_USE", "DONE"),
                steps);
        assertEquals(FLOATING_ATTACHMENT_ID, moved.detachedAttachmentId());
        assertEquals(
                STANDBY_INSTANCE_ID,
                endpoint.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .attachment()
                        .orElseThrow()
                        .instanceId());
    }

    @Test
    void aDeadInstanceNeedsAForcedDetach() {
        endpoint.stopInstance(PRIMARY_INSTANCE_ID);
        NetworkInterfaceMoveException stuck = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, 1, false, WAITING, null));
        assertEquals("WAIT_AVAILABLE", stuck.step());
        assertTrue(stuck.interfaceState().contains("detaching"), stuck.interfaceState());
        assertTrue(stuck.getCause() instanceof Ec2WaiterException);

        MoveNetworkInterfaceResponse moved =
                ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, 1, true, WAITING, null);
        assertEquals("in-use", moved.networkInterface().status());
        assertEquals(
                STANDBY_INSTANCE_ID,
                moved.networkInterface().attachment().orElseThrow().instanceId());
    }

    @Test
    void aThrottledApiIsRetriedThroughTheMove() {
        endpoint.throttleNext(2);
        MoveNetworkInterfaceResponse moved =
                ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, 1, false, WAITING, null);
        assertEquals(STANDBY_INSTANCE_ID, moved.instanceId());
        assertEquals(
                2,
                endpoint.requests().stream()
                        .filter(r -> r.errorCode()
                                .filter("RequestLimitExceeded"::equals)
                                .isPresent())
                        .count());
    }

    @Test
    void aMoveToAnInstanceThatDoesNotExistNamesTheStepAndTheStateLeft() {
        NetworkInterfaceMoveException e = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, "i-0000000000000dead", 1, false, WAITING, null));
        assertEquals("VERIFY_TARGET", e.step());
        assertTrue(e.interfaceState().contains("in-use"), e.interfaceState());
        assertTrue(e.getMessage().contains("InvalidInstanceID"), e.getMessage());
    }

    @Test
    void aDetachAlreadyUnderWayIsWaitedForNotRepeated() {
        ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        List<String> details = new ArrayList<>();
        ec2.moveNetworkInterface(
                FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, 1, false, WAITING, (step, detail) -> details.add(detail));
        assertTrue(details.contains(FLOATING_ATTACHMENT_ID + " is already detaching"), details.toString());
        assertEquals(
                1,
                endpoint.requests().stream()
                        .filter(r -> r.action().equals("DetachNetworkInterface"))
                        .count());
    }

    @Test
    void aMoveToWhereItAlreadyIsChangesNothing() {
        MoveNetworkInterfaceResponse moved =
                ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, PRIMARY_INSTANCE_ID, 1, false, WAITING, null);
        assertEquals(FLOATING_ATTACHMENT_ID, moved.attachmentId());
        assertTrue(endpoint.requests().stream().noneMatch(r -> r.action().equals("DetachNetworkInterface")));
    }

    @Test
    void theWaiterGivesUpAfterItsAttemptsWithTheLastState() {
        endpoint.stopInstance(PRIMARY_INSTANCE_ID);
        ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        Ec2WaiterException e = assertThrows(
                Ec2WaiterException.class,
                () -> ec2.waitUntilNetworkInterfaceAvailable(
                        FLOATING_INTERFACE_ID, new WaiterConfig(Duration.ofSeconds(20), 3, null)));
        assertTrue(e.lastState().contains("detaching"), e.lastState());
        assertTrue(e.getMessage().contains("after 3 polls"), e.getMessage());
    }

    @Test
    void theWaiterStopsAtItsMaximumWait() {
        endpoint.stopInstance(PRIMARY_INSTANCE_ID);
        ec2.detachNetworkInterface(FLOATING_ATTACHMENT_ID);
        assertThrows(
                Ec2WaiterException.class,
                () -> ec2.waitUntilNetworkInterfaceAvailable(
                        FLOATING_INTERFACE_ID, new WaiterConfig(Duration.ofSeconds(20), 100, Duration.ofSeconds(90))));
        assertTrue(time.advances() <= 4, "no more than 90 s of 20 s polls: " + time.advances());
    }

    @Test
    void theWaiterFailsAtOnceForAnInterfaceThatDoesNotExist() {
        Ec2WaiterException e = assertThrows(
                Ec2WaiterException.class,
                () -> ec2.waitUntilNetworkInterfaceAvailable("eni-00000000000000000", WAITING));
        assertEquals("not found", e.lastState());
        assertEquals(0, time.advances());
    }

    @Test
    void moveInputIsCheckedBeforeAnyRequest() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ec2.moveNetworkInterface(FLOATING_INTERFACE_ID, STANDBY_INSTANCE_ID, -1, false));
        assertThrows(
                IllegalArgumentException.class, () -> ec2.moveNetworkInterface(" ", STANDBY_INSTANCE_ID, 1, false));
        assertTrue(endpoint.requests().isEmpty());
    }
}
