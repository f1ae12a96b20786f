package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.OVERLAY_CIDR;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import dev.ec2lite.error.RouteMoveException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route move against the embedded endpoint: it points the overlay route at the standby in every
 * table, checks everything it can before the first change, leaves tables already done alone, and on a
 * failure says which tables it changed; each test asserts the endpoint's route tables afterwards.
 */
class RouteMoveTest {
    /** The standby's own (primary) interface: the usual target of a route fail-over. */
    private static final String STANDBY_INTERFACE_ID = "eni-0f1e2d3c4b5a60002";

    private static final WaiterConfig WAITING = new WaiterConfig(Duration.ofSeconds(5), 4, null);

    private final MutableClock time = new MutableClock(Instant.now());
    private final List<String> heard = new ArrayList<>();
    private final MoveListener listener = (step, detail) -> heard.add(step + ": " + detail);
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
                .maxAttempts(1)
                .build();
    }

    /** A second table of the main VPC holding the overlay route to the floating interface too. */
    private String secondTable() {
        String table = endpoint.addRouteTable();
        endpoint.addRoute(table, OVERLAY_CIDR, FLOATING_INTERFACE_ID);
        return table;
    }

    private static MoveRouteRequest.Builder move(String... tables) {
        return MoveRouteRequest.builder()
                .routeTableIds(tables)
                .destinationCidrBlock(OVERLAY_CIDR)
                .networkInterfaceId(STANDBY_INTERFACE_ID)
                .waiting(WAITING);
    }

    private LocalEc2State.Route overlayRoute(String table) {
        return endpoint.state()
                .routeTable(table)
                .orElseThrow()
                .route(OVERLAY_CIDR)
                .orElseThrow();
    }

    private void pointsAtFloating(String... tables) {
        for (String table : tables) {
            assertEquals(FLOATING_INTERFACE_ID, overlayRoute(table).networkInterfaceId(), table);
            assertEquals(PRIMARY_INSTANCE_ID, overlayRoute(table).instanceId(), table);
        }
    }

    private void pointsAtStandby(String... tables) {
        for (String table : tables) {
            LocalEc2State.Route route = overlayRoute(table);
            assertEquals(STANDBY_INTERFACE_ID, route.networkInterfaceId(), table);
            assertEquals(STANDBY_INSTANCE_ID, route.instanceId(), table);
            assertEquals("active", route.state(), table);
        }
    }

    private long count(String action) {
        return endpoint.requests().stream()
                .filter(r -> r.action().equals(action))
                .count();
    }

    private List<String> stepsHeard() {
        return heard.stream().map(line -> line.substring(0, line.indexOf(':'))).toList();
    }

    private RouteMoveException fails(String step, MoveRouteRequest request) {
        RouteMoveException e = assertThrows(RouteMoveException.class, () -> ec2.moveRoute(request, listener));
        assertEquals(step, e.step(), e.getMessage());
        return e;
    }

    private MoveTargetException checkFails(String step, Check check, MoveRouteRequest request) {
        RouteMoveException e = fails(step, request);
        MoveTargetException cause = assertInstanceOf(MoveTargetException.class, e.getCause(), e.getMessage());
        assertEquals(check, cause.check(), cause.getMessage());
        assertEquals(List.of(), e.changedRouteTableIds());
        assertEquals(0, count("ReplaceRoute"));
        return cause;
    }

    @Test
    void theOverlayRouteMovesToTheStandbyInEveryTable() {
        String second = secondTable();

        MoveRouteResponse moved = ec2.moveRoute(
                move(MAIN_ROUTE_TABLE_ID, second).disableSourceDestCheck(true).build(), listener);

        assertEquals(List.of(MAIN_ROUTE_TABLE_ID, second), moved.changedRouteTableIds());
        assertEquals(List.of(), moved.alreadyDoneRouteTableIds());
        assertTrue(moved.sourceDestCheckDisabled());
        assertEquals(2, moved.routeTables().size());
        assertTrue(moved.routeTables().stream()
                .allMatch(t -> t.route(OVERLAY_CIDR).orElseThrow().pointsAt(moved.target())));
        pointsAtStandby(MAIN_ROUTE_TABLE_ID, second);
        assertFalse(endpoint.state()
                .networkInterface(STANDBY_INTERFACE_ID)
                .orElseThrow()
                .sourceDestCheck());
        assertEquals(
                List.of(
                        "LOOK_UP",
                        "VERIFY_TARGET",
                        "DISABLE_SOURCE_DEST_CHECK",
                        "REPLACE_ROUTE",
                        "REPLACE_ROUTE",
                        "VERIFY_RESULT",
                        "DONE"),
                stepsHeard());
        assertEquals(2, count("ReplaceRoute"));
        assertEquals(1, count("ModifyNetworkInterfaceAttribute"));
        // The local route of each table is untouched.
        assertEquals(
                "local",
                endpoint.state()
                        .routeTable(second)
                        .orElseThrow()
                        .route("10.0.0.0/16")
                        .orElseThrow()
                        .gatewayId());
    }

    @Test
    void anInstanceTargetIsItsOnlyInterfaceAndItsSourceDestCheckGoesOff() {
        MoveRouteResponse moved = ec2.moveRoute(
                move(MAIN_ROUTE_TABLE_ID)
                        .instanceId(STANDBY_INSTANCE_ID)
                        .disableSourceDestCheck(true)
                        .build(),
                listener);

        assertEquals(RouteTarget.instance(STANDBY_INSTANCE_ID), moved.target());
        pointsAtStandby(MAIN_ROUTE_TABLE_ID);
        assertEquals(1, count("ModifyInstanceAttribute"));
        assertFalse(endpoint.state()
                .networkInterface(STANDBY_INTERFACE_ID)
                .orElseThrow()
                .sourceDestCheck());
        // The primary's interfaces keep their check.
        assertTrue(endpoint.state()
                .networkInterface(FLOATING_INTERFACE_ID)
                .orElseThrow()
                .sourceDestCheck());
    }

    @Test
    void routesAlreadyAtTheTargetAreDoneAndNothingIsSent() {
        String second = secondTable();
        endpoint.addRoute(MAIN_ROUTE_TABLE_ID, OVERLAY_CIDR, STANDBY_INTERFACE_ID);
        endpoint.addRoute(second, OVERLAY_CIDR, STANDBY_INTERFACE_ID);

        MoveRouteResponse moved =
                ec2.moveRoute(move(MAIN_ROUTE_TABLE_ID, second).build(), listener);

        assertEquals(List.of(), moved.changedRouteTableIds());
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID, second), moved.alreadyDoneRouteTableIds());
        assertEquals(List.of("LOOK_UP", "DONE"), stepsHeard());
        assertEquals(0, count("ReplaceRoute"));
        pointsAtStandby(MAIN_ROUTE_TABLE_ID, second);
    }

    @Test
    void onlyTheTablesNotYetAtTheTargetAreChanged() {
        String second = secondTable();
        endpoint.addRoute(MAIN_ROUTE_TABLE_ID, OVERLAY_CIDR, STANDBY_INTERFACE_ID);

        MoveRouteResponse moved =
                ec2.moveRoute(move(MAIN_ROUTE_TABLE_ID, second).build(), listener);

        assertEquals(List.of(second), moved.changedRouteTableIds());
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), moved.alreadyDoneRouteTableIds());
        assertEquals(1, count("ReplaceRoute"));
        pointsAtStandby(MAIN_ROUTE_TABLE_ID, second);
    }

    @Test
    void anUnknownRouteTableChangesNothing() {
        MoveTargetException e = checkFails(
                "LOOK_UP",
                Check.SOURCE_EXISTS,
                move(MAIN_ROUTE_TABLE_ID, "rtb-0a1b2c3d4e5f6dead").build());
        assertTrue(e.getMessage().contains("rtb-0a1b2c3d4e5f6dead"), e.getMessage());
        assertTrue(e.getMessage().contains("InvalidRouteTableID.NotFound"), e.getMessage());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void aTableWithoutTheRouteChangesNothing() {
        String bare = endpoint.addRouteTable();
        MoveTargetException e = checkFails(
                "LOOK_UP", Check.SOURCE_EXISTS, move(MAIN_ROUTE_TABLE_ID, bare).build());
        assertTrue(e.getMessage().contains(bare + " has no route for " + OVERLAY_CIDR), e.getMessage());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void anUnknownInterfaceOrInstanceChangesNothing() {
        checkFails(
                "VERIFY_TARGET",
                Check.INTERFACE_EXISTS,
                move(MAIN_ROUTE_TABLE_ID)
                        .networkInterfaceId("eni-0f1e2d3c4b5a6dead")
                        .build());
        checkFails(
                "VERIFY_TARGET",
                Check.INSTANCE_EXISTS,
                move(MAIN_ROUTE_TABLE_ID).instanceId("i-0a1b2c3d4e5f6dead").build());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void anInstanceWithTwoInterfacesIsRefusedBeforeAnyChange() {
        endpoint.addRoute(MAIN_ROUTE_TABLE_ID, OVERLAY_CIDR, STANDBY_INTERFACE_ID);
        MoveTargetException e = checkFails(
                "VERIFY_TARGET",
                Check.INTERFACE_EXISTS,
                move(MAIN_ROUTE_TABLE_ID).instanceId(PRIMARY_INSTANCE_ID).build());
        assertTrue(e.getMessage().contains("has 2 network interfaces"), e.getMessage());
        pointsAtStandby(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void aTargetInAnotherVpcChangesNothing() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other VPC's interface");
        MoveTargetException e = checkFails(
                "VERIFY_TARGET",
                Check.SAME_VPC,
                move(MAIN_ROUTE_TABLE_ID).networkInterfaceId(elsewhere).build());
        assertTrue(e.getMessage().contains(LocalEc2Endpoint.OTHER_VPC_ID), e.getMessage());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void aTableInAnotherVpcChangesNothingEvenWhenTheOtherTablesWouldDo() {
        String otherTable = endpoint.addRouteTableInOtherVpc();
        String otherInterface = endpoint.addNetworkInterfaceInOtherVpc("other VPC's interface");
        endpoint.addRoute(otherTable, OVERLAY_CIDR, otherInterface);
        checkFails(
                "VERIFY_TARGET",
                Check.SAME_VPC,
                move(MAIN_ROUTE_TABLE_ID, otherTable).build());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void withoutTheChecksEc2RefusesATargetInAnotherVpcAtTheFirstTable() {
        String elsewhere = endpoint.addNetworkInterfaceInOtherVpc("other VPC's interface");
        RouteMoveException e = fails(
                "REPLACE_ROUTE",
                move(MAIN_ROUTE_TABLE_ID)
                        .networkInterfaceId(elsewhere)
                        .verifyTarget(false)
                        .build());
        Ec2ServiceException refused = assertInstanceOf(Ec2ServiceException.class, e.getCause());
        assertEquals("InvalidParameterValue", refused.errorCode());
        assertTrue(refused.errorMessage().contains("belong to different networks"), refused.errorMessage());
        assertEquals(List.of(), e.changedRouteTableIds());
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), e.unchangedRouteTableIds());
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void aRefusalAtTheSecondOfThreeTablesSaysWhichWereChanged() {
        String second = secondTable();
        String third = secondTable();
        endpoint.refuseReplaceRouteIn(second);

        RouteMoveException e =
                fails("REPLACE_ROUTE", move(MAIN_ROUTE_TABLE_ID, second, third).build());

        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), e.changedRouteTableIds());
        assertEquals(List.of(second, third), e.unchangedRouteTableIds());
        Ec2ServiceException refused = assertInstanceOf(Ec2ServiceException.class, e.getCause());
        assertEquals("UnauthorizedOperation", refused.errorCode());
        assertTrue(
                e.getMessage()
                        .contains("route tables changed: " + MAIN_ROUTE_TABLE_ID + "; not changed: " + second + ", "
                                + third),
                e.getMessage());
        // The state left, described after the failure, shows the split.
        assertTrue(
                e.stateLeft().contains(MAIN_ROUTE_TABLE_ID + ": " + OVERLAY_CIDR + " -> " + STANDBY_INTERFACE_ID),
                e.stateLeft());
        assertTrue(
                e.stateLeft().contains(second + ": " + OVERLAY_CIDR + " -> " + FLOATING_INTERFACE_ID), e.stateLeft());
        pointsAtStandby(MAIN_ROUTE_TABLE_ID);
        pointsAtFloating(second, third);
        assertEquals(2, count("ReplaceRoute"));
    }

    @Test
    void theDeadlinePassingDuringTheLookUpChangesNothing() {
        // A silent endpoint and the real clock: the look-up call itself is cut off by the deadline.
        try (Ec2Client realTime = client(System::nanoTime)) {
            endpoint.delayAnswers(Duration.ofSeconds(1));
            RouteMoveException e = assertThrows(
                    RouteMoveException.class,
                    () -> realTime.moveRoute(
                            move(MAIN_ROUTE_TABLE_ID)
                                    .deadline(Duration.ofMillis(200))
                                    .build(),
                            null));
            assertEquals("LOOK_UP", e.step(), e.getMessage());
            MoveDeadlineException deadline = assertInstanceOf(MoveDeadlineException.class, e.getCause());
            assertTrue(deadline.getMessage().contains("during step LOOK_UP"), deadline.getMessage());
            assertEquals(List.of(MAIN_ROUTE_TABLE_ID), e.unchangedRouteTableIds());
        } finally {
            endpoint.delayAnswers(Duration.ZERO);
        }
        assertEquals(0, count("ReplaceRoute"));
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void theDeadlinePassingBetweenTablesStopsWithTheFirstChanged() {
        String second = secondTable();
        MoveListener slow = (step, detail) -> {
            if (step == Step.REPLACE_ROUTE) {
                time.advance(Duration.ofMinutes(2));
            }
        };
        RouteMoveException e = assertThrows(
                RouteMoveException.class,
                () -> ec2.moveRoute(
                        move(MAIN_ROUTE_TABLE_ID, second)
                                .deadline(Duration.ofMinutes(1))
                                .build(),
                        slow));
        assertEquals("REPLACE_ROUTE", e.step());
        assertInstanceOf(MoveDeadlineException.class, e.getCause());
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), e.changedRouteTableIds());
        assertEquals(List.of(second), e.unchangedRouteTableIds());
        pointsAtStandby(MAIN_ROUTE_TABLE_ID);
        pointsAtFloating(second);
    }

    @Test
    void aRouteTurnedBackByOthersFailsTheVerificationWithTheStateSeen() {
        // Another agent points the route back as soon as ours is replaced: the verification never sees it.
        MoveListener meddler = (step, detail) -> {
            if (step == Step.REPLACE_ROUTE) {
                endpoint.addRoute(MAIN_ROUTE_TABLE_ID, OVERLAY_CIDR, FLOATING_INTERFACE_ID);
            }
        };
        RouteMoveException e = assertThrows(
                RouteMoveException.class,
                () -> ec2.moveRoute(move(MAIN_ROUTE_TABLE_ID).build(), meddler));
        assertEquals("VERIFY_RESULT", e.step());
        assertInstanceOf(Ec2WaiterException.class, e.getCause());
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), e.changedRouteTableIds());
        assertTrue(e.stateLeft().contains(FLOATING_INTERFACE_ID), e.stateLeft());
        assertEquals(WAITING.maxAttempts(), count("DescribeRouteTables") - 1);
        pointsAtFloating(MAIN_ROUTE_TABLE_ID);
    }

    @Test
    void aRouteToTheInterfaceOnAnInstanceAlreadyRoutesToThatInstance() {
        // The overlay route goes to the floating interface, which is on the primary: already there.
        MoveRouteResponse moved = ec2.moveRoute(
                move(MAIN_ROUTE_TABLE_ID).instanceId(PRIMARY_INSTANCE_ID).build(), listener);
        assertEquals(List.of(MAIN_ROUTE_TABLE_ID), moved.alreadyDoneRouteTableIds());
        assertEquals(0, count("ReplaceRoute"));
    }

    @Test
    void aRouteToAStoppedStandbyIsABlackhole() {
        ec2.moveRoute(move(MAIN_ROUTE_TABLE_ID).build(), listener);
        endpoint.stopInstance(STANDBY_INSTANCE_ID);
        assertEquals("blackhole", overlayRoute(MAIN_ROUTE_TABLE_ID).state());
        endpoint.startInstance(STANDBY_INSTANCE_ID);
        assertEquals("active", overlayRoute(MAIN_ROUTE_TABLE_ID).state());
    }
}
