package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_PRIVATE_IP;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_ASSOCIATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SERVICE_PUBLIC_IP;
import static dev.ec2lite.local.LocalEc2Endpoint.SPARE_ALLOCATION_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.SPARE_PUBLIC_IP;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Elastic IP calls through the real client against the embedded endpoint: the answers, EC2's
 * errors, and the state each call leaves, as {@code endpoint.state()} and the interface views show it.
 */
class ElasticIpCallsTest {
    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;
    private String standbyEni;

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
        standbyEni = primaryInterfaceOf(STANDBY_INSTANCE_ID);
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private String primaryInterfaceOf(String instanceId) {
        return endpoint.state().instance(instanceId).orElseThrow().networkInterfaces().stream()
                .filter(eni -> eni.attachment().orElseThrow().deviceIndex() == 0)
                .findFirst()
                .orElseThrow()
                .networkInterfaceId();
    }

    private LocalEc2State.Address stateOf(String allocationId) {
        return endpoint.state().address(allocationId).orElseThrow();
    }

    private Optional<LocalEc2State.ElasticIp> elasticIpOn(String eni, String privateIp) {
        return endpoint.state().networkInterface(eni).orElseThrow().privateIpAddresses().stream()
                .filter(ip -> ip.address().equals(privateIp))
                .findFirst()
                .orElseThrow()
                .elasticIp();
    }

    private AssociateAddressRequest.Builder associate(String allocationId) {
        return AssociateAddressRequest.builder().allocationId(allocationId);
    }

    @Test
    void theScenarioHasTheServiceAddressOnTheFloatingInterfaceAndASpareOne() {
        DescribeAddressesResponse all =
                ec2.describeAddresses(DescribeAddressesRequest.builder().build());

        assertEquals(2, all.addresses().size());
        ElasticIpAddress service = all.find(SERVICE_ALLOCATION_ID).orElseThrow();
        assertEquals(SERVICE_PUBLIC_IP, service.publicIp());
        assertEquals(Optional.of(SERVICE_ASSOCIATION_ID), service.associationId());
        assertEquals(Optional.of(FLOATING_INTERFACE_ID), service.networkInterfaceId());
        assertEquals(Optional.of(FLOATING_PRIVATE_IP), service.privateIpAddress());
        assertEquals(Optional.of(PRIMARY_INSTANCE_ID), service.instanceId());
        assertEquals("vpc", service.domain());
        ElasticIpAddress spare = all.find(SPARE_ALLOCATION_ID).orElseThrow();
        assertEquals(SPARE_PUBLIC_IP, spare.publicIp());
        assertFalse(spare.associated());
        assertEquals(Optional.empty(), spare.networkInterfaceId());
        // The interface view shows the table's association, as it did before the table existed.
        NetworkInterface floating = ec2.describeNetworkInterfaces(
                        DescribeNetworkInterfacesRequest.byId(FLOATING_INTERFACE_ID))
                .find(FLOATING_INTERFACE_ID)
                .orElseThrow();
        NetworkInterface.IpAssociation shown = floating.privateIpAddresses().stream()
                .filter(ip -> ip.privateIpAddress().equals(FLOATING_PRIVATE_IP))
                .findFirst()
                .orElseThrow()
                .association()
                .orElseThrow();
        assertEquals(SERVICE_PUBLIC_IP, shown.publicIp());
        assertEquals(SERVICE_ASSOCIATION_ID, shown.associationId());
    }

    @Test
    void describeSelectsByAllocationIdPublicIpAndFilters() {
        assertEquals(
                List.of(SPARE_ALLOCATION_ID),
                ids(DescribeAddressesRequest.builder()
                        .publicIps(List.of(SPARE_PUBLIC_IP))
                        .build()));
        assertEquals(
                List.of(SERVICE_ALLOCATION_ID), ids(DescribeAddressesRequest.byAllocationId(SERVICE_ALLOCATION_ID)));
        assertEquals(
                List.of(SERVICE_ALLOCATION_ID),
                ids(DescribeAddressesRequest.builder()
                        .filter("instance-id", PRIMARY_INSTANCE_ID)
                        .build()));
        assertEquals(
                List.of(),
                ids(DescribeAddressesRequest.builder()
                        .filter("network-interface-id", standbyEni)
                        .build()));
        Ec2ServiceException unknown = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeAddresses(DescribeAddressesRequest.byAllocationId("eipalloc-0a1b2c3d4e5f6ffff")));
        assertEquals("InvalidAllocationID.NotFound", unknown.errorCode());
        Ec2ServiceException badFilter = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeAddresses(DescribeAddressesRequest.builder()
                        .filter("colour", "blue")
                        .build()));
        assertEquals("InvalidParameterValue", badFilter.errorCode());
    }

    private List<String> ids(DescribeAddressesRequest request) {
        return ec2.describeAddresses(request).addresses().stream()
                .map(ElasticIpAddress::allocationId)
                .toList();
    }

    @Test
    void aFreeAddressIsAssociatedWithAnInstancesOnlyInterfaceOnItsPrimaryAddress() {
        AssociateAddressResponse response = ec2.associateAddress(
                associate(SPARE_ALLOCATION_ID).instanceId(STANDBY_INSTANCE_ID).build());

        String associationId = response.associationId().orElseThrow();
        assertTrue(associationId.startsWith("eipassoc-"), associationId);
        assertFalse(associationId.equals(SERVICE_ASSOCIATION_ID));
        LocalEc2State.Address after = stateOf(SPARE_ALLOCATION_ID);
        assertEquals(Optional.of(associationId), after.associationId());
        assertEquals(Optional.of(standbyEni), after.networkInterfaceId());
        String standbyIp =
                endpoint.state().networkInterface(standbyEni).orElseThrow().privateIpAddress();
        assertEquals(Optional.of(standbyIp), after.privateIpAddress());
        assertEquals(Optional.of(STANDBY_INSTANCE_ID), after.instanceId());
        assertEquals(
                SPARE_PUBLIC_IP,
                elasticIpOn(standbyEni, standbyIp).orElseThrow().publicIp());
    }

    @Test
    void anAssociatedAddressMovesOnlyWithAllowReassociation() {
        for (Boolean allow : new Boolean[] {null, false}) {
            Ec2ServiceException e = assertThrows(
                    Ec2ServiceException.class,
                    () -> ec2.associateAddress(associate(SERVICE_ALLOCATION_ID)
                            .networkInterfaceId(standbyEni)
                            .allowReassociation(allow)
                            .build()));
            assertEquals("Resource.AlreadyAssociated", e.errorCode());
            assertTrue(e.errorMessage().contains(SERVICE_ASSOCIATION_ID), e.errorMessage());
            assertEquals(
                    Optional.of(SERVICE_ASSOCIATION_ID),
                    stateOf(SERVICE_ALLOCATION_ID).associationId());
        }

        String moved = ec2.associateAddress(associate(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(standbyEni)
                        .allowReassociation(true)
                        .build())
                .associationId()
                .orElseThrow();

        assertEquals(Optional.of(standbyEni), stateOf(SERVICE_ALLOCATION_ID).networkInterfaceId());
        assertEquals(Optional.of(moved), stateOf(SERVICE_ALLOCATION_ID).associationId());
        assertEquals(Optional.empty(), elasticIpOn(FLOATING_INTERFACE_ID, FLOATING_PRIVATE_IP));
    }

    @Test
    void anInstanceWithSeveralInterfacesNeedsTheInterfaceNamed() {
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.associateAddress(associate(SPARE_ALLOCATION_ID)
                        .instanceId(PRIMARY_INSTANCE_ID)
                        .build()));
        assertEquals("InvalidInstanceID", e.errorCode());
        assertTrue(e.errorMessage().contains("multiple interfaces"), e.errorMessage());
        assertFalse(stateOf(SPARE_ALLOCATION_ID).associationId().isPresent());
    }

    @Test
    void unknownAllocationsTargetsAndForeignAddressesAreRefusedAndChangeNothing() {
        assertCode(
                "InvalidAllocationID.NotFound",
                associate("eipalloc-0a1b2c3d4e5f6ffff").instanceId(STANDBY_INSTANCE_ID));
        assertCode("InvalidInstanceID.NotFound", associate(SPARE_ALLOCATION_ID).instanceId("i-0a1b2c3d4e5f6ffff"));
        assertCode(
                "InvalidNetworkInterfaceID.NotFound",
                associate(SPARE_ALLOCATION_ID).networkInterfaceId("eni-0f1e2d3c4b5a6ffff"));
        assertCode(
                "InvalidParameterValue",
                associate(SPARE_ALLOCATION_ID).networkInterfaceId(standbyEni).privateIpAddress(FLOATING_PRIVATE_IP));
        assertEquals(2, endpoint.state().addresses().size());
        assertFalse(stateOf(SPARE_ALLOCATION_ID).associationId().isPresent());
        assertEquals(
                Optional.of(SERVICE_ASSOCIATION_ID),
                stateOf(SERVICE_ALLOCATION_ID).associationId());
    }

    private void assertCode(String code, AssociateAddressRequest.Builder request) {
        Ec2ServiceException e = assertThrows(Ec2ServiceException.class, () -> ec2.associateAddress(request.build()));
        assertEquals(code, e.errorCode(), e.getMessage());
    }

    @Test
    void dryRunsChangeNothingAndAreAnsweredAsPermitted() {
        AssociateAddressResponse associate = ec2.associateAddress(associate(SERVICE_ALLOCATION_ID)
                .networkInterfaceId(standbyEni)
                .allowReassociation(true)
                .dryRun(true)
                .build());
        DisassociateAddressResponse disassociate = ec2.disassociateAddress(DisassociateAddressRequest.builder()
                .associationId(SERVICE_ASSOCIATION_ID)
                .dryRun(true)
                .build());
        DescribeAddressesResponse describe = ec2.describeAddresses(
                DescribeAddressesRequest.builder().dryRun(true).build());

        assertTrue(associate.dryRun());
        assertEquals(Optional.empty(), associate.associationId());
        assertEquals(412, associate.statusCode());
        assertTrue(disassociate.dryRun());
        assertTrue(describe.dryRun());
        assertEquals(List.of(), describe.addresses());
        assertEquals(
                Optional.of(FLOATING_INTERFACE_ID),
                stateOf(SERVICE_ALLOCATION_ID).networkInterfaceId());
        // A dry run checks its input first, as the real call would.
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.disassociateAddress(DisassociateAddressRequest.builder()
                        .associationId("eipassoc-0a1b2c3d4e5f6ffff")
                        .dryRun(true)
                        .build()));
        assertEquals("InvalidAssociationID.NotFound", e.errorCode());
    }

    @Test
    void disassociatingFreesTheAddressAndIsIdempotent() {
        DisassociateAddressResponse response =
                ec2.disassociateAddress(DisassociateAddressRequest.of(SERVICE_ASSOCIATION_ID));

        assertFalse(response.dryRun());
        assertEquals(200, response.statusCode());
        LocalEc2State.Address after = stateOf(SERVICE_ALLOCATION_ID);
        assertEquals(Optional.empty(), after.associationId());
        assertEquals(Optional.empty(), after.networkInterfaceId());
        assertEquals(Optional.empty(), elasticIpOn(FLOATING_INTERFACE_ID, FLOATING_PRIVATE_IP));
        // EC2 calls the action idempotent: the same association again is no error; one never made is.
        ec2.disassociateAddress(DisassociateAddressRequest.of(SERVICE_ASSOCIATION_ID));
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.disassociateAddress(DisassociateAddressRequest.of("eipassoc-0a1b2c3d4e5f6ffff")));
        assertEquals("InvalidAssociationID.NotFound", e.errorCode());
    }

    @Test
    void associatingAgainWithTheSameTargetKeepsTheAssociation() {
        String again = ec2.associateAddress(associate(SERVICE_ALLOCATION_ID)
                        .networkInterfaceId(FLOATING_INTERFACE_ID)
                        .privateIpAddress(FLOATING_PRIVATE_IP)
                        .build())
                .associationId()
                .orElseThrow();
        assertEquals(SERVICE_ASSOCIATION_ID, again);
    }

    @Test
    void anotherAddressOnAnAddressThatHasOneIsRefusedUnlessReassociationIsAllowed() {
        assertCode(
                "Resource.AlreadyAssociated",
                associate(SPARE_ALLOCATION_ID)
                        .networkInterfaceId(FLOATING_INTERFACE_ID)
                        .privateIpAddress(FLOATING_PRIVATE_IP));

        ec2.associateAddress(associate(SPARE_ALLOCATION_ID)
                .networkInterfaceId(FLOATING_INTERFACE_ID)
                .privateIpAddress(FLOATING_PRIVATE_IP)
                .allowReassociation(true)
                .build());

        assertEquals(
                SPARE_PUBLIC_IP,
                elasticIpOn(FLOATING_INTERFACE_ID, FLOATING_PRIVATE_IP)
                        .orElseThrow()
                        .publicIp());
        assertEquals(Optional.empty(), stateOf(SERVICE_ALLOCATION_ID).associationId());
    }

    @Test
    void addressesAllocatedByATestAreFree() {
        String allocated = endpoint.allocateAddress("203.0.113.30");
        assertEquals("203.0.113.30", stateOf(allocated).publicIp());
        assertFalse(stateOf(allocated).associationId().isPresent());
        assertThrows(IllegalArgumentException.class, () -> endpoint.allocateAddress(SPARE_PUBLIC_IP));
        assertTrue(
                endpoint.state().toString().contains("203.0.113.30"),
                endpoint.state().toString());
    }
}
