package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input to the route requests fails in build(), naming the field, before any network I/O. */
class RouteRequestValidationTest {
    private static void failsNaming(String field, Executable build) {
        RuntimeException e = assertThrows(RuntimeException.class, build);
        assertTrue(
                e instanceof IllegalArgumentException || e instanceof NullPointerException,
                e.getClass().getName());
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "192.168.100.10",
                "192.168.100/32",
                "192.168.100.256/32",
                "10.0.0.0/33",
                "a.b.c.d/8",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "1.2.3.4.5/32",
                "10.0.0.0 /8"
            })
    void aBadCidrBlockIsRefused(String cidr) {
        failsNaming("destinationCidrBlock", () -> ReplaceRouteRequest.of("rtb-1", cidr, RouteTarget.instance("i-1")));
        failsNaming(
                "destinationCidrBlock",
                () -> MoveRouteRequest.builder()
                        .routeTableIds("rtb-1")
                        .destinationCidrBlock(cidr)
                        .instanceId("i-1")
                        .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "192.168.100.10/32", "10.1.0.0/16", "255.255.255.255/32"})
    void aGoodCidrBlockIsKept(String cidr) {
        assertEquals(
                cidr,
                ReplaceRouteRequest.of("rtb-1", cidr, RouteTarget.instance("i-1"))
                        .destinationCidrBlock());
    }

    @Test
    void everyRequiredPartIsNamed() {
        failsNaming(
                "routeTableId",
                () -> ReplaceRouteRequest.builder()
                        .destinationCidrBlock("1.2.3.4/32")
                        .instanceId("i-1")
                        .build());
        failsNaming(
                "target",
                () -> ReplaceRouteRequest.builder()
                        .routeTableId("rtb-1")
                        .destinationCidrBlock("1.2.3.4/32")
                        .build());
        failsNaming("networkInterfaceId", () -> RouteTarget.networkInterface("eni 1"));
        failsNaming("instanceId", () -> RouteTarget.instance(""));
        failsNaming(
                "sourceDestCheck",
                () -> ModifyInstanceAttributeRequest.builder().instanceId("i-1").build());
        failsNaming(
                "instanceId",
                () -> ModifyInstanceAttributeRequest.builder()
                        .sourceDestCheck(false)
                        .build());
        failsNaming(
                "networkInterfaceId",
                () -> ModifyNetworkInterfaceAttributeRequest.builder()
                        .sourceDestCheck(false)
                        .build());
        failsNaming(
                "maxResults",
                () -> DescribeRouteTablesRequest.builder().maxResults(101).build());
        failsNaming(
                "maxResults",
                () -> DescribeRouteTablesRequest.builder()
                        .routeTableIds("rtb-1")
                        .maxResults(5)
                        .build());
    }

    private static MoveRouteRequest.Builder move() {
        return MoveRouteRequest.builder()
                .routeTableIds("rtb-1", "rtb-2")
                .destinationCidrBlock("192.168.100.10/32")
                .networkInterfaceId("eni-1");
    }

    @Test
    void aMoveNeedsDistinctTablesOneTargetAndAPositiveDeadline() {
        failsNaming("routeTableIds", () -> move().routeTableIds(List.of()).build());
        failsNaming(
                "routeTableIds", () -> move().routeTableIds("rtb-1", "rtb-1").build());
        String[] tooMany = new String[MoveRouteRequest.MAX_ROUTE_TABLES + 1];
        Arrays.setAll(tooMany, i -> "rtb-" + i);
        failsNaming("routeTableIds", () -> move().routeTableIds(tooMany).build());
        failsNaming("target", () -> move().target(null).build());
        failsNaming("deadline", () -> move().deadline(Duration.ZERO).build());
        failsNaming("networkInterfaceId or instanceId", () -> RouteTarget.exactlyOne("eni-1", "i-1"));
        failsNaming("networkInterfaceId or instanceId", () -> RouteTarget.exactlyOne(null, null));
        MoveRouteRequest request = move().build();
        assertEquals(WaiterConfig.DEFAULT, request.waiting());
        assertTrue(request.verifyTarget());
        assertEquals(request, move().build());
        assertTrue(request.toString().contains("network interface eni-1"), request.toString());
    }
}
