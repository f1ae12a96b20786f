package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import dev.ec2lite.error.NetworkInterfaceMoveException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safety rules of a move, each against the embedded endpoint: a target check that fails, or a
 * deadline that passes before the detach, leaves the floating interface attached where it was; a
 * deadline that passes later stops the move and reports the state the interface is really in.
 */
class MoveSafetyTest {
    private static final Duration STATE_DELAY = Duration.ofSeconds(30);
    private static final WaiterConfig WAITING = new WaiterConfig(Duration.ofSeconds(20), 10, null);

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
        ec2 = client(time::nanoTime);
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private Ec2Client client(LongSupplier nanoTime) {
        return Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(endpoint.credentials()))
                .clock(time)
                .nanoTime(nanoTime)
                .sleeper(time::advance)
                .build();
    }

    private static MoveNetworkInterfaceRequest.Builder moveTo(String instanceId) {
        return MoveNetworkInterfaceRequest.builder()
                .networkInterfaceId(FLOATING_INTERFACE_ID)
                .instanceId(instanceId)
                .deviceIndex(1)
                .waiting(WAITING);
    }

    /** The move fails at {@code step} with a cause of type {@code cause}. */
    private <T extends Throwable> T failsAt(
            String step, Class<T> cause, MoveNetworkInterfaceRequest request, MoveListener listener) {
        NetworkInterfaceMoveException e =
                assertThrows(NetworkInterfaceMoveException.class, () -> ec2.moveNetworkInterface(request, listener));
        assertEquals(step, e.step(), e.getMessage());
        return assertInstanceOf(cause, e.getCause(), e.getMessage());
    }

    private MoveTargetException checkFails(Check check, MoveNetworkInterfaceRequest request) {
        MoveTargetException e = failsAt("VERIFY_TARGET", MoveTargetException.class, request, null);
        assertEquals(check, e.check(), e.getMessage());
        assertTrue(e.getMessage().contains(check.name()), e.getMessage());
        return e;
    }

    /** The floating interface is attached to the primary as before, and no detach was ever sent. */
    private void leftWhereItWas() {
        LocalEc2State.Attachment attachment = endpoint.state()
                .networkInterface(FLOATING_INTERFACE_ID)
                .orElseThrow()
                .attachment()
                .orElseThrow();
        assertEquals(FLOATING_ATTACHMENT_ID, attachment.attachmentId());
        assertEquals(PRIMARY_INSTANCE_ID, attachment.instanceId());
        assertEquals("attached", attachment.status());
        assertEquals(0, count("DetachNetworkInterface"));
        assertEquals(0, count("AttachNetworkInterface"));
    }

    private long count(String action) {
        return endpoint.requests().stream()
                .filter(r -> r.action().equals(action))
                .count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i-0a1b2c3d4e5f6dead", "i-0000000000000000"})
    void aWrongTargetIdDetachesNothing(String wrongId) {
        MoveTargetException e =
                checkFails(Check.INSTANCE_EXISTS, moveTo(wrongId).build());
        assertTrue(e.getMessage().contains(wrongId), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTargetInAnotherZoneDetachesNothing() {
        String far = endpoint.addInstance("far away", "us-east-1b");
        MoveTargetException e = checkFails(Check.AVAILABILITY_ZONE, moveTo(far).build());
        assertTrue(e.getMessage().contains("us-east-1a") && e.getMessage().contains("us-east-1b"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTakenDeviceIndexDetachesNothing() {
        String other = endpoint.addNetworkInterface("already on the standby");
        ec2.attachNetworkInterface(other, STANDBY_INSTANCE_ID, 1);
        endpoint.resetRequestsAndFaults();
        MoveTargetException e =
                checkFails(Check.DEVICE_INDEX_FREE, moveTo(STANDBY_INSTANCE_ID).build());
        assertTrue(e.getMessage().contains(other), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTerminatedTargetDetachesNothing() {
        endpoint.terminateInstance(STANDBY_INSTANCE_ID);
        MoveTargetException e =
                checkFails(Check.INSTANCE_STATE, moveTo(STANDBY_INSTANCE_ID).build());
        assertTrue(e.getMessage().contains("terminated"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTargetShuttingDownDetachesNothing() {
        endpoint.setInstanceState(STANDBY_INSTANCE_ID, "shutting-down");
        checkFails(Check.INSTANCE_STATE, moveTo(STANDBY_INSTANCE_ID).build());
        leftWhereItWas();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "running", "stopping", "stopped"})
    void statesThatAcceptAnAttachmentPassTheCheck(String state) {
        endpoint.setInstanceState(STANDBY_INSTANCE_ID, state);
        MoveNetworkInterfaceResponse moved =
                ec2.moveNetworkInterface(moveTo(STANDBY_INSTANCE_ID).build(), null);
        assertEquals(
                STANDBY_INSTANCE_ID,
                moved.networkInterface().attachment().orElseThrow().instanceId());
    }

    @Test
    void withoutDescribeInstancesPermissionTheMoveStopsAndSaysSo() {
        endpoint.denyActions("DescribeInstances");
        MoveTargetException e =
                checkFails(Check.PERMISSION, moveTo(STANDBY_INSTANCE_ID).build());
        assertTrue(e.getMessage().contains("ec2:DescribeInstances"), e.getMessage());
        assertTrue(e.getMessage().contains("--no-verify-target"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void turningTheChecksOffMovesWithoutDescribeInstances() {
        endpoint.denyActions("DescribeInstances");
        StringBuilder verify = new StringBuilder();
        MoveNetworkInterfaceResponse moved = ec2.moveNetworkInterface(
                moveTo(STANDBY_INSTANCE_ID).verifyTarget(false).build(), (step, detail) -> {
                    if (step == MoveListener.Step.VERIFY_TARGET) {
                        verify.append(detail);
                    }
                });
        assertEquals(
                STANDBY_INSTANCE_ID,
                moved.networkInterface().attachment().orElseThrow().instanceId());
        assertTrue(verify.toString().startsWith("skipped"), verify.toString());
        assertEquals(0, count("DescribeInstances"));
    }

    @Test
    void withTheChecksOffAWrongTargetIsOnlyFoundAtTheAttach() {
        NetworkInterfaceMoveException e = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(
                        moveTo("i-0a1b2c3d4e5f6dead").verifyTarget(false).build(), null));
        assertEquals("ATTACH", e.step());
        assertTrue(e.interfaceState().contains("available"), e.interfaceState());
    }

    @Test
    void theDeadlinePassingDuringTheLookUpDetachesNothing() {
        // A silent endpoint and the real clock: the look-up call itself is cut off by the deadline.
        try (Ec2Client realTime = client(System::nanoTime)) {
            endpoint.delayAnswers(Duration.ofSeconds(1));
            NetworkInterfaceMoveException e = assertThrows(
                    NetworkInterfaceMoveException.class,
                    () -> realTime.moveNetworkInterface(
                            moveTo(STANDBY_INSTANCE_ID)
                                    .deadline(Duration.ofMillis(200))
                                    .build(),
                            null));
            assertEquals("LOOK_UP", e.step(), e.getMessage());
            MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
            assertTrue(deadline.getMessage().contains("during step LOOK_UP"), deadline.getMessage());
            assertTrue(e.interfaceState().contains(FLOATING_ATTACHMENT_ID), e.interfaceState());
        } finally {
            endpoint.delayAnswers(Duration.ZERO);
        }
        leftWhereItWas();
    }

    /** A listener that makes {@code minutes} pass when it hears {@code after}. */
    private MoveListener timePassesAfter(MoveListener.Step after) {
        return (step, detail) -> {
            if (step == after) {
                time.advance(Duration.ofMinutes(2));
            }
        };
    }

    @Test
    void theDeadlinePassingBeforeTheTargetCheckDetachesNothing() {
        MoveDeadlineException e = failsAt(
                "VERIFY_TARGET",
                MoveDeadlineException.class,
                moveTo(STANDBY_INSTANCE_ID).deadline(Duration.ofMinutes(1)).build(),
                timePassesAfter(MoveListener.Step.LOOK_UP));
        assertTrue(e.getMessage().contains("before step VERIFY_TARGET"), e.getMessage());
        assertEquals(0, count("DescribeInstances"));
        leftWhereItWas();
    }

    @Test
    void theDeadlinePassingBeforeTheDetachDetachesNothing() {
        failsAt(
                "DETACH",
                MoveDeadlineException.class,
                moveTo(STANDBY_INSTANCE_ID).deadline(Duration.ofMinutes(1)).build(),
                timePassesAfter(MoveListener.Step.VERIFY_TARGET));
        leftWhereItWas();
    }

    @Test
    void theDeadlinePassingWhileDetachingStopsTheWaitAndReportsDetaching() {
        NetworkInterfaceMoveException e = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(
                        moveTo(STANDBY_INSTANCE_ID)
                                .deadline(Duration.ofSeconds(25))
                                .build(),
                        null));
        assertEquals("WAIT_AVAILABLE", e.step());
        assertInstanceOf(MoveDeadlineException.class, e.getCause());
        assertTrue(e.interfaceState().contains("detaching"), e.interfaceState());
        assertEquals(0, count("AttachNetworkInterface"));
        assertTrue(time.advances() <= 2, "no poll beyond the deadline: " + time.advances());
    }

    @Test
    void theDeadlinePassingBeforeTheAttachLeavesItAvailable() {
        NetworkInterfaceMoveException e = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(
                        moveTo(STANDBY_INSTANCE_ID)
                                .deadline(Duration.ofMinutes(5))
                                .build(),
                        (step, detail) -> {
                            if (step == MoveListener.Step.WAIT_AVAILABLE) {
                                time.advance(Duration.ofMinutes(5));
                            }
                        }));
        assertEquals("ATTACH", e.step());
        assertInstanceOf(MoveDeadlineException.class, e.getCause());
        assertTrue(e.interfaceState().contains("available"), e.interfaceState());
        assertEquals(
                "available",
                endpoint.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .status());
        assertEquals(0, count("AttachNetworkInterface"));
    }

    @Test
    void theDeadlinePassingWhileAttachingStopsTheLastWait() {
        NetworkInterfaceMoveException e = assertThrows(
                NetworkInterfaceMoveException.class,
                () -> ec2.moveNetworkInterface(
                        moveTo(STANDBY_INSTANCE_ID)
                                .deadline(Duration.ofSeconds(65))
                                .build(),
                        null));
        assertEquals("WAIT_IN_USE", e.step());
        MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
        assertEquals(Duration.ofSeconds(65), deadline.deadline());
        assertTrue(e.interfaceState().contains("attaching"), e.interfaceState());
        assertTrue(e.interfaceState().contains(STANDBY_INSTANCE_ID), e.interfaceState());
    }

    @Test
    void aMoveWithinItsDeadlineSucceeds() {
        MoveNetworkInterfaceResponse moved = ec2.moveNetworkInterface(
                moveTo(STANDBY_INSTANCE_ID).deadline(Duration.ofMinutes(3)).build(), null);
        assertEquals("in-use", moved.networkInterface().status());
    }

    @Test
    void aBadDeadlineIsRefusedBeforeAnyCall() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> moveTo(STANDBY_INSTANCE_ID).deadline(Duration.ZERO).build());
        assertTrue(e.getMessage().contains("deadline"), e.getMessage());
        assertTrue(endpoint.requests().isEmpty());
    }
}
