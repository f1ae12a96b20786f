package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import dev.ec2lite.query.QueryResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The embedded endpoint's rules for secondary private IPs, through the client: EC2's error codes for
 * what EC2 refuses, and a refused request leaves every interface's addresses as they were.
 */
class PrivateIpEndpointRulesTest {
    private static final String STANDBY_ENI = "eni-0f1e2d3c4b5a60002";

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.start();
        ec2 = Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(endpoint.credentials()))
                .build();
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private List<String> addresses(String networkInterfaceId) {
        return endpoint.state().networkInterface(networkInterfaceId).orElseThrow().privateIpAddresses().stream()
                .map(LocalEc2State.PrivateIp::address)
                .toList();
    }

    /** The call fails with EC2's {@code code}, and no interface's addresses changed. */
    private Ec2ServiceException refused(String code, Executable call) {
        List<LocalEc2State.NetworkInterface> before = endpoint.state().networkInterfaces();
        Ec2ServiceException e = assertThrows(Ec2ServiceException.class, call);
        assertEquals(code, e.errorCode(), e.getMessage());
        assertEquals(before, endpoint.state().networkInterfaces());
        return e;
    }

    @Test
    void anAddressInUseMovesOnlyWithAllowReassignment() {
        Ec2ServiceException e = refused(
                "InvalidIPAddress.InUse",
                () -> ec2.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.builder()
                        .networkInterfaceId(STANDBY_ENI)
                        .privateIpAddresses("10.0.1.100")
                        .build()));
        assertEquals("Address 10.0.1.100 is in use.", e.errorMessage());

        AssignPrivateIpAddressesResponse moved =
                ec2.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.reassign(STANDBY_ENI, "10.0.1.100"));
        assertEquals(List.of("10.0.1.100"), moved.assignedPrivateIpAddresses());
        assertEquals(STANDBY_ENI, moved.networkInterfaceId().orElseThrow());
        assertEquals(List.of("10.0.1.12", "10.0.1.100"), addresses(STANDBY_ENI));
        assertEquals(List.of("10.0.1.13"), addresses(FLOATING_INTERFACE_ID));
    }

    @Test
    void aPrimaryAddressIsInUseEvenWithAllowReassignment() {
        refused(
                "InvalidIPAddress.InUse",
                () -> ec2.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.reassign(STANDBY_ENI, "10.0.1.13")));
    }

    @Test
    void anAddressOutsideTheSubnetOrReservedInItIsRefused() {
        Ec2ServiceException outside = refused(
                "InvalidParameterValue",
                () -> ec2.assignPrivateIpAddresses(
                        AssignPrivateIpAddressesRequest.reassign(STANDBY_ENI, "10.0.2.100")));
        assertTrue(outside.errorMessage().contains("does not fall within the subnet's address range"));
        refused(
                "InvalidParameterValue",
                () -> ec2.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.reassign(STANDBY_ENI, "10.0.1.3")));
    }

    @Test
    void aCountPicksFreeAddressesInTheSubnet() {
        AssignPrivateIpAddressesResponse picked = ec2.assignPrivateIpAddresses(AssignPrivateIpAddressesRequest.builder()
                .networkInterfaceId(STANDBY_ENI)
                .secondaryPrivateIpAddressCount(2)
                .build());
        assertEquals(List.of("10.0.1.4", "10.0.1.5"), picked.assignedPrivateIpAddresses());
        assertEquals(List.of("10.0.1.12", "10.0.1.4", "10.0.1.5"), addresses(STANDBY_ENI));
    }

    @Test
    void unassignReleasesASecondaryAddressAndItsElasticIp() {
        ec2.unassignPrivateIpAddresses(UnassignPrivateIpAddressesRequest.of(FLOATING_INTERFACE_ID, "10.0.1.100"));
        assertEquals(List.of("10.0.1.13"), addresses(FLOATING_INTERFACE_ID));
        assertTrue(endpoint.state().networkInterfaces().stream()
                .flatMap(eni -> eni.privateIpAddresses().stream())
                .allMatch(ip -> ip.elasticIp().isEmpty()));
    }

    @Test
    void unassignRefusesAnAddressTheInterfaceDoesNotHaveAndAPrimaryOne() {
        Ec2ServiceException notThere = refused(
                "InvalidParameterValue",
                () -> ec2.unassignPrivateIpAddresses(UnassignPrivateIpAddressesRequest.of(STANDBY_ENI, "10.0.1.100")));
        assertTrue(notThere.errorMessage().contains("not assigned to interface " + STANDBY_ENI));
        // All or nothing: the first address would have been releasable.
        refused(
                "InvalidParameterValue",
                () -> ec2.unassignPrivateIpAddresses(
                        UnassignPrivateIpAddressesRequest.of(FLOATING_INTERFACE_ID, "10.0.1.100", "10.0.1.13")));
    }

    @Test
    void anUnknownInterfaceIsNotFound() {
        refused(
                "InvalidNetworkInterfaceID.NotFound",
                () -> ec2.assignPrivateIpAddresses(
                        AssignPrivateIpAddressesRequest.reassign("eni-0f1e2d3c4b5a6dead", "10.0.1.100")));
        refused(
                "InvalidNetworkInterfaceID.NotFound",
                () -> ec2.unassignPrivateIpAddresses(
                        UnassignPrivateIpAddressesRequest.of("eni-0f1e2d3c4b5a6dead", "10.0.1.100")));
    }

    @Test
    void aDryRunIsRefusedAsEc2RefusesAParameterTheActionDoesNotHave() {
        refused(
                "UnknownParameter",
                () -> ec2.call(
                        "AssignPrivateIpAddresses",
                        Map.of(
                                "NetworkInterfaceId",
                                STANDBY_ENI,
                                "PrivateIpAddress",
                                List.of("10.0.1.100"),
                                "AllowReassignment",
                                true,
                                "DryRun",
                                true)));
    }

    @Test
    void theAddressFiltersFindPrimaryAndSecondaryAddresses() {
        for (String filter : new String[] {"addresses.private-ip-address", "private-ip-address"}) {
            for (String ip : new String[] {"10.0.1.100", "10.0.1.13"}) {
                DescribeNetworkInterfacesResponse found =
                        ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.builder()
                                .filter(filter, ip)
                                .build());
                assertEquals(
                        List.of(FLOATING_INTERFACE_ID),
                        found.networkInterfaces().stream()
                                .map(NetworkInterface::networkInterfaceId)
                                .toList(),
                        filter + "=" + ip);
            }
        }
        QueryResponse none = ec2.call(
                "DescribeNetworkInterfaces",
                Map.of("Filter", List.of(Map.of("Name", "private-ip-address", "Value", List.of("10.0.9.9")))));
        assertEquals(Optional.empty(), none.xml().find("networkInterfaceSet", "item"));
    }

    @Test
    void theSeedingMethodFollowsTheSameRules() {
        endpoint.addSecondaryPrivateIp(STANDBY_ENI, "10.0.1.101");
        assertEquals(List.of("10.0.1.12", "10.0.1.101"), addresses(STANDBY_ENI));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> endpoint.addSecondaryPrivateIp(STANDBY_ENI, "10.0.1.100"));
        assertTrue(e.getMessage().startsWith("InvalidIPAddress.InUse"), e.getMessage());
    }
}
