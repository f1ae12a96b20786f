package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_PRIVATE_IP;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ASSOCIATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SPARE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Elastic IP move against the embedded endpoint: it lands where asked, every check stops it before
 * anything changes, "already there" changes nothing, and a deadline stops it, each leaving the state
 * {@code endpoint.state()} shows.
 */
class MoveAddressTest {
    private static final WaiterConfig WAITING = new WaiterConfig(Duration.ofMillis(20), 20, Duration.ofSeconds(10));

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;
    private final List<String> steps = new ArrayList<>();
    private final MoveListener listener = (step, detail) -> steps.add(step + ": " + detail);

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

    private static MoveAddressRequest.Builder move(String allocationId) {
        return MoveAddressRequest.builder().allocationId(allocationId).waiting(WAITING);
    }

    private String primaryInterfaceOf(String instanceId) {
        return endpoint.state().instance(instanceId).orElseThrow().networkInterfaces().stream()
                .filter(eni -> eni.attachment().orElseThrow().deviceIndex() == 0)
                .findFirst()
                .orElseThrow()
                .networkInterfaceId();
    }

    private LocalEc2State.Address service() {
        return endpoint.state().address(SERVICE_ALLOCATION_ID).orElseThrow();
    }

    private long count(String action) {
        return endpoint.requests().stream()
                .filter(r -> r.action().equals(action))
                .count();
    }

    /** The service address is where the scenario put it, and no association was asked for. */
    private void leftWhereItWas() {
        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service().associationId());
        assertEquals(Optional.of(FLOATING_INTERFACE_ID), service().networkInterfaceId());
        assertEquals(Optional.of(FLOATING_PRIVATE_IP), service().privateIpAddress());
        assertEquals(0, count("AssociateAddress"));
    }

    private MoveTargetException refused(Check check, MoveAddressRequest request) {
        MoveException e = assertThrows(MoveException.class, () -> ec2.moveAddress(request, listener));
        MoveTargetException target = assertInstanceOf(MoveTargetException.class, e.getCause(), e.getMessage());
        assertEquals(check, target.check(), target.getMessage());
        assertTrue(e.stateLeft().contains(SERVICE_ASSOCIATION_ID), e.stateLeft());
        return target;
    }

    @Test
    void theServiceAddressMovesToTheStandbyAndTheResultIsDescribedAgain() {
        MoveAddressResponse moved = ec2.moveAddress(
                move(SERVICE_ALLOCATION_ID).instanceId(STANDBY_INSTANCE_ID).build(), listener);

        String standbyEni = primaryInterfaceOf(STANDBY_INSTANCE_ID);
        String standbyIp =
                endpoint.state().networkInterface(standbyEni).orElseThrow().privateIpAddress();
        assertFalse(moved.alreadyThere());
        assertEquals(SERVICE_ASSOCIATION_ID, moved.previousAssociationId());
        assertEquals(Optional.of(moved.associationId()), service().associationId());
        assertEquals(Optional.of(standbyEni), service().networkInterfaceId());
        assertEquals(Optional.of(standbyIp), service().privateIpAddress());
        assertEquals(Optional.of(STANDBY_INSTANCE_ID), service().instanceId());
        assertEquals(Optional.of(STANDBY_INSTANCE_ID), moved.address().instanceId());
        assertEquals(
                List.of("LOOK_UP", "VERIFY_TARGET", "ASSOCIATE_ADDRESS", "VERIFY_RESULT", "DONE"),
                steps.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertTrue(steps.get(1).contains("the VPC the address serves now"), steps.get(1));
        // Associated by interface and address, which works for an instance with several interfaces too.
        assertEquals(1, count("AssociateAddress"));
        assertEquals(2, count("DescribeAddresses"), "look-up, verification, and nothing more");
    }

    @Test
    void anInstanceWithTwoInterfacesGetsItOnItsPrimaryInterface() {
        String primaryEni = primaryInterfaceOf(PRIMARY_INSTANCE_ID);
        ec2.moveAddress(
                move(SPARE_ALLOCATION_ID).instanceId(PRIMARY_INSTANCE_ID).build(), listener);
        LocalEc2State.Address spare =
                endpoint.state().address(SPARE_ALLOCATION_ID).orElseThrow();
        assertEquals(Optional.of(primaryEni), spare.networkInterfaceId());
        assertTrue(steps.get(1).contains("no VPC to compare"), steps.get(1));
    }

    @Test
    void itMovesToAChosenSecondaryAddressOfAnInterface() {
        String standbyEni = primaryInterfaceOf(STANDBY_INSTANCE_ID);
        String standbyIp =
                endpoint.state().networkInterface(standbyEni).orElseThrow().privateIpAddress();
        MoveAddressResponse moved = ec2.moveAddress(
                move(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(standbyEni)
                        .privateIpAddress(standbyIp)
                        .build(),
                null);
        assertEquals(Optional.of(standbyIp), moved.address().privateIpAddress());
        assertEquals(Optional.of(standbyEni), service().networkInterfaceId());
    }

    @Test
    void anAddressAlreadyOnTheTargetIsLeftAlone() {
        MoveAddressResponse done = ec2.moveAddress(
                move(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(FLOATING_INTERFACE_ID)
                        .privateIpAddress(FLOATING_PRIVATE_IP)
                        .build(),
                listener);

        assertTrue(done.alreadyThere());
        assertEquals(SERVICE_ASSOCIATION_ID, done.associationId());
        assertNull(done.previousAssociationId());
        assertTrue(steps.get(steps.size() - 1).startsWith("DONE: already associated"), steps.toString());
        leftWhereItWas();
    }

    @Test
    void anUnknownAllocationIsTheSourceCheck() {
        MoveException e = assertThrows(
                MoveException.class,
                () -> ec2.moveAddress(
                        move("eipalloc-0a1b2c3d4e5f6ffff")
                                .instanceId(STANDBY_INSTANCE_ID)
                                .build(),
                        listener));
        assertEquals("LOOK_UP", e.step());
        MoveTargetException target = assertInstanceOf(MoveTargetException.class, e.getCause());
        assertEquals(Check.SOURCE_EXISTS, target.check());
        assertTrue(e.stateLeft().contains("InvalidAllocationID.NotFound"), e.stateLeft());
        leftWhereItWas();
    }

    @Test
    void anUnknownInstanceOrInterfaceIsRefusedBeforeAnyChange() {
        refused(
                Check.INSTANCE_EXISTS,
                move(SERVICE_ALLOCATION_ID).instanceId("i-0a1b2c3d4e5f6ffff").build());
        refused(
                Check.INTERFACE_EXISTS,
                move(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId("eni-0f1e2d3c4b5a6ffff")
                        .build());
        leftWhereItWas();
    }

    @Test
    void aPrivateAddressThatIsNotTheTargetsIsRefused() {
        MoveTargetException e = refused(
                Check.INTERFACE_EXISTS,
                move(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(primaryInterfaceOf(STANDBY_INSTANCE_ID))
                        .privateIpAddress("10.0.1.222")
                        .build());
        assertTrue(e.getMessage().contains("10.0.1.222 is not a private address of"), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aTargetInAnotherVpcIsRefused() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other VPC");
        MoveTargetException e = refused(
                Check.SAME_VPC,
                move(SERVICE_ALLOCATION_ID).networkInterfaceId(elsewhere).build());
        assertTrue(e.getMessage().contains(LocalEc2Endpoint.OTHER_VPC_ID), e.getMessage());
        leftWhereItWas();
    }

    @Test
    void aFreeAddressHasNoVpcToCompareAndMayGoToAnyVpc() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other VPC");
        ec2.moveAddress(move(SPARE_ALLOCATION_ID).networkInterfaceId(elsewhere).build(), listener);
        assertEquals(
                Optional.of(elsewhere),
                endpoint.state().address(SPARE_ALLOCATION_ID).orElseThrow().networkInterfaceId());
    }

    @Test
    void withoutPermissionToDescribeTheTargetTheMoveStopsUnlessTheChecksAreOff() {
        endpoint.denyActions("DescribeNetworkInterfaces");
        refused(
                Check.PERMISSION,
                move(SERVICE_ALLOCATION_ID).instanceId(STANDBY_INSTANCE_ID).build());
        leftWhereItWas();

        MoveAddressResponse moved = ec2.moveAddress(
                move(SERVICE_ALLOCATION_ID)
                        .instanceId(STANDBY_INSTANCE_ID)
                        .verifyTarget(false)
                        .build(),
                listener);
        assertEquals(Optional.of(STANDBY_INSTANCE_ID), service().instanceId());
        assertEquals(Optional.of(moved.associationId()), service().associationId());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("VERIFY_TARGET: skipped")), steps.toString());
    }

    @Test
    void withTheChecksOffAWrongTargetIsFoundByEc2AtTheAssociation() {
        // The primary instance has two interfaces: EC2 refuses an association by instance id alone.
        MoveException e = assertThrows(
                MoveException.class,
                () -> ec2.moveAddress(
                        move(SPARE_ALLOCATION_ID)
                                .instanceId(PRIMARY_INSTANCE_ID)
                                .verifyTarget(false)
                                .build(),
                        listener));
        assertEquals(Step.ASSOCIATE_ADDRESS.name(), e.step());
        assertEquals(
                "InvalidInstanceID",
                assertInstanceOf(Ec2ServiceException.class, e.getCause()).errorCode());
        assertTrue(e.stateLeft().endsWith("not associated"), e.stateLeft());
        assertFalse(endpoint.state()
                .address(SPARE_ALLOCATION_ID)
                .orElseThrow()
                .associationId()
                .isPresent());
        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service().associationId());
    }

    @Test
    void withTheChecksOffAnAddressAlreadyOnTheInstanceIsLeftAlone() {
        MoveAddressResponse done = ec2.moveAddress(
                move(SERVICE_ALLOCATION_ID)
                        .instanceId(PRIMARY_INSTANCE_ID)
                        .verifyTarget(false)
                        .build(),
                listener);
        assertTrue(done.alreadyThere());
        leftWhereItWas();
    }

    @Test
    void aSlowEndpointIsCutOffByTheDeadlineAndNothingChanges() {
        endpoint.delayAnswers(Duration.ofSeconds(1));
        try {
            long start = System.nanoTime();
            MoveException e = assertThrows(
                    MoveException.class,
                    () -> ec2.moveAddress(
                            move(SERVICE_ALLOCATION_ID)
                                    .instanceId(STANDBY_INSTANCE_ID)
                                    .deadline(Duration.ofMillis(200))
                                    .build(),
                            listener));
            assertEquals("LOOK_UP", e.step(), e.getMessage());
            MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
            assertTrue(deadline.getMessage().contains("during step LOOK_UP"), deadline.getMessage());
            // The look-up of the state left is bounded too (5 s), so the whole failure stays short.
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(8)) < 0);
        } finally {
            endpoint.delayAnswers(Duration.ZERO);
        }
        leftWhereItWas();
    }

    @Test
    void badInputFailsWhenTheRequestIsBuilt() {
        IllegalArgumentException none = assertThrows(
                IllegalArgumentException.class,
                () -> MoveAddressRequest.builder()
                        .allocationId(SERVICE_ALLOCATION_ID)
                        .build());
        assertTrue(none.getMessage().contains("instanceId"), none.getMessage());
        IllegalArgumentException ipWithInstance = assertThrows(
                IllegalArgumentException.class,
                () -> move(SERVICE_ALLOCATION_ID)
                        .instanceId(STANDBY_INSTANCE_ID)
                        .privateIpAddress("10.0.1.12")
                        .build());
        assertTrue(ipWithInstance.getMessage().contains("privateIpAddress"), ipWithInstance.getMessage());
        IllegalArgumentException badIp = assertThrows(
                IllegalArgumentException.class,
                () -> move(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(FLOATING_INTERFACE_ID)
                        .privateIpAddress("10.0.1.256")
                        .build());
        assertTrue(badIp.getMessage().startsWith("privateIpAddress"), badIp.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> move(SERVICE_ALLOCATION_ID)
                        .instanceId(STANDBY_INSTANCE_ID)
                        .deadline(Duration.ZERO)
                        .build());
        assertEquals(0, endpoint.requests().size());
    }
}
