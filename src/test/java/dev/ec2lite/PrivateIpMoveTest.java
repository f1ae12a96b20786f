package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.MoveException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.local.RecordedRequest;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code moveSecondaryPrivateIp} against the embedded endpoint: the scenario's 10.0.1.100 (with its
 * Elastic IP) moves from the floating interface to the standby's own interface; every check refuses a
 * wrong move before anything changes, and EC2's state afterwards is what each case expects.
 */
class PrivateIpMoveTest {
    private static final String IP = "10.0.1.100";
    /** The standby instance's primary interface, in the same subnet as the floating one. */
    private static final String STANDBY_ENI = "eni-0f1e2d3c4b5a60002";

    private static final WaiterConfig WAITING = new WaiterConfig(Duration.ofSeconds(2), 5, null);

    private final MutableClock time = new MutableClock(Instant.now());
    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.builder().clock(time).start();
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

    private static MovePrivateIpRequest.Builder moveTo(String networkInterfaceId) {
        return MovePrivateIpRequest.builder()
                .privateIpAddress(IP)
                .networkInterfaceId(networkInterfaceId)
                .waiting(WAITING);
    }

    private MoveException failsAt(String step, MovePrivateIpRequest request, MoveListener listener) {
        MoveException e = assertThrows(MoveException.class, () -> ec2.moveSecondaryPrivateIp(request, listener));
        assertEquals(step, e.step(), e.getMessage());
        return e;
    }

    private MoveTargetException checkFails(String step, Check check, MovePrivateIpRequest request) {
        MoveException e = failsAt(step, request, null);
        MoveTargetException refused = assertInstanceOf(MoveTargetException.class, e.getCause(), e.getMessage());
        assertEquals(check, refused.check(), refused.getMessage());
        return refused;
    }

    private Optional<LocalEc2State.PrivateIp> address(String networkInterfaceId, String ip) {
        return endpoint.state().networkInterface(networkInterfaceId).orElseThrow().privateIpAddresses().stream()
                .filter(p -> p.address().equals(ip))
                .findFirst();
    }

    /** 10.0.1.100 is still the floating interface's, with its Elastic IP, and no reassignment was sent. */
    private void leftWhereItWas() {
        LocalEc2State.PrivateIp ip = address(FLOATING_INTERFACE_ID, IP).orElseThrow();
        assertFalse(ip.primary());
        assertEquals("203.0.113.10", ip.elasticIp().orElseThrow().publicIp());
        assertEquals(0, count("AssignPrivateIpAddresses"));
    }

    private long count(String action) {
        return endpoint.requests().stream()
                .filter(r -> r.action().equals(action))
                .count();
    }

    @Test
    void theAddressMovesWithItsElasticIpAndEachStepIsHeard() {
        List<Step> steps = new ArrayList<>();
        MovePrivateIpResponse moved =
                ec2.moveSecondaryPrivateIp(moveTo(STANDBY_ENI).build(), (step, detail) -> steps.add(step));

        assertEquals(
                List.of(Step.LOOK_UP, Step.VERIFY_TARGET, Step.ASSIGN_PRIVATE_IP, Step.VERIFY_RESULT, Step.DONE),
                steps);
        assertEquals(Optional.of(FLOATING_INTERFACE_ID), moved.previousNetworkInterfaceId());
        assertFalse(moved.alreadyThere());
        assertEquals(STANDBY_ENI, moved.networkInterface().networkInterfaceId());
        assertEquals(
                "eipalloc-0a1b2c3d4e5f60001", moved.elasticIp().orElseThrow().allocationId());

        LocalEc2State.PrivateIp there = address(STANDBY_ENI, IP).orElseThrow();
        assertFalse(there.primary());
        assertEquals(
                "eipassoc-0a1b2c3d4e5f60001", there.elasticIp().orElseThrow().associationId());
        assertTrue(address(FLOATING_INTERFACE_ID, IP).isEmpty());
        assertEquals(1, count("AssignPrivateIpAddresses"));
        assertTrue(endpoint.requests().stream().allMatch(RecordedRequest::signatureVerified));
    }

    @Test
    void anAddressAlreadyOnTheTargetIsLeftAsItIs() {
        List<String> heard = new ArrayList<>();
        MovePrivateIpResponse moved = ec2.moveSecondaryPrivateIp(
                moveTo(FLOATING_INTERFACE_ID).build(), (step, detail) -> heard.add(step + ": " + detail));

        assertTrue(moved.alreadyThere());
        assertTrue(heard.get(heard.size() - 1).startsWith("DONE: " + IP + " is already on"), heard.toString());
        leftWhereItWas();
    }

    @Test
    void anUnknownTargetChangesNothing() {
        MoveTargetException e = checkFails(
                "VERIFY_TARGET",
                Check.INTERFACE_EXISTS,
                moveTo("eni-0f1e2d3c4b5a6dead").build());
        assertTrue(e.getMessage().contains("InvalidNetworkInterfaceID.NotFound"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTargetInAnotherSubnetChangesNothing() {
        String otherZone = endpoint.addNetworkInterface("zone b", endpoint.region() + "b");
        MoveTargetException e =
                checkFails("VERIFY_TARGET", Check.SAME_SUBNET, moveTo(otherZone).build());
        assertTrue(e.getMessage().contains("subnet-0a1b2c3d4e5f60002"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTargetInAnotherVpcChangesNothing() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other vpc");
        MoveTargetException e =
                checkFails("VERIFY_TARGET", Check.SAME_VPC, moveTo(elsewhere).build());
        assertTrue(e.getMessage().contains(LocalEc2Endpoint.OTHER_VPC_ID), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void anAddressOnNoInterfaceIsRefusedAtTheLookUp() {
        MoveTargetException e = checkFails(
                "LOOK_UP",
                Check.SOURCE_EXISTS,
                moveTo(STANDBY_ENI).privateIpAddress("10.0.1.200").build());
        assertTrue(e.getMessage().contains("10.0.1.200 is on no interface"), e.getMessage());
        assertEquals(0, count("AssignPrivateIpAddresses"));
    }

    @Test
    void aPrimaryAddressIsNeverMovedEvenWithTheChecksOff() {
        String primaryOfFloating = endpoint.state()
                .networkInterface(FLOATING_INTERFACE_ID)
                .orElseThrow()
                .privateIpAddress();
        for (boolean verify : new boolean[] {true, false}) {
            MoveTargetException e = checkFails(
                    "VERIFY_TARGET",
                    Check.SECONDARY_ADDRESS,
                    moveTo(STANDBY_ENI)
                            .privateIpAddress(primaryOfFloating)
                            .verifyTarget(verify)
                            .build());
            assertTrue(e.getMessage().contains("primary private IP of " + FLOATING_INTERFACE_ID), e.getMessage());
        }
        assertTrue(
                address(FLOATING_INTERFACE_ID, primaryOfFloating).orElseThrow().primary());
        leftWhereItWas();
    }

    @Test
    void withTheChecksOffEc2RefusesAWrongTargetAndTheFailureSaysWhereTheAddressIs() {
        String otherZone = endpoint.addNetworkInterface("zone b", endpoint.region() + "b");
        MoveException e = failsAt(
                "ASSIGN_PRIVATE_IP", moveTo(otherZone).verifyTarget(false).build(), null);
        Ec2ServiceException refused = assertInstanceOf(Ec2ServiceException.class, e.getCause());
        assertEquals("InvalidParameterValue", refused.errorCode());
        assertTrue(e.stateLeft().startsWith(IP + " on " + FLOATING_INTERFACE_ID + " (secondary"), e.stateLeft());
        assertEquals(IP, address(FLOATING_INTERFACE_ID, IP).orElseThrow().address());
    }

    @Test
    void aDeniedReassignmentFailsAtItsStepAndLeavesTheAddress() {
        endpoint.denyActions("AssignPrivateIpAddresses");
        MoveException e = failsAt("ASSIGN_PRIVATE_IP", moveTo(STANDBY_ENI).build(), null);
        Ec2ServiceException refused = assertInstanceOf(Ec2ServiceException.class, e.getCause());
        assertEquals("UnauthorizedOperation", refused.errorCode());
        assertTrue(e.getMessage().contains("left: " + IP + " on " + FLOATING_INTERFACE_ID), e.getMessage());
        assertTrue(address(STANDBY_ENI, IP).isEmpty());
        assertTrue(address(FLOATING_INTERFACE_ID, IP).isPresent());
    }

    @Test
    void theDeadlinePassingDuringTheLookUpChangesNothing() {
        // A slow endpoint and the real clock: the look-up call itself is cut off by the deadline.
        try (Ec2Client realTime = client(System::nanoTime)) {
            endpoint.delayAnswers(Duration.ofSeconds(1));
            MoveException e = assertThrows(
                    MoveException.class,
                    () -> realTime.moveSecondaryPrivateIp(
                            moveTo(STANDBY_ENI).deadline(Duration.ofMillis(200)).build(), null));
            assertEquals("LOOK_UP", e.step(), e.getMessage());
            MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
            assertTrue(deadline.getMessage().contains("during step LOOK_UP"), deadline.getMessage());
        } finally {
            endpoint.delayAnswers(Duration.ZERO);
        }
        leftWhereItWas();
    }

    @Test
    void theDeadlinePassingBeforeTheReassignmentChangesNothing() {
        MoveException e = failsAt(
                "ASSIGN_PRIVATE_IP",
                moveTo(STANDBY_ENI).deadline(Duration.ofMinutes(1)).build(),
                (step, detail) -> {
                    if (step == Step.VERIFY_TARGET) {
                        time.advance(Duration.ofMinutes(2));
                    }
                });
        MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
        assertTrue(deadline.getMessage().contains("before step ASSIGN_PRIVATE_IP"), deadline.getMessage());
        assertTrue(e.stateLeft().startsWith(IP + " on " + FLOATING_INTERFACE_ID), e.stateLeft());
        leftWhereItWas();
    }

    @Test
    void aMoveWithinItsDeadlineSucceeds() {
        MovePrivateIpResponse moved = ec2.moveSecondaryPrivateIp(
                moveTo(STANDBY_ENI).deadline(Duration.ofSeconds(30)).build(), null);
        assertEquals(STANDBY_ENI, moved.networkInterfaceId());
        assertTrue(address(STANDBY_ENI, IP).isPresent());
    }

    @Test
    void badInputIsRefusedBeforeAnyCall() {
        for (String bad : new String[] {"10.0.1", "10.0.1.256", "10.0.01.1", "not-an-ip", "10.0.1.100 "}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> moveTo(STANDBY_ENI).privateIpAddress(bad).build());
            assertTrue(e.getMessage().contains("privateIpAddress"), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> moveTo(null).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> moveTo(STANDBY_ENI).deadline(Duration.ZERO).build());
        assertTrue(endpoint.requests().isEmpty());
    }
}
