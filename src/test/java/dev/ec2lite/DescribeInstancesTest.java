package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_INTERFACE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code DescribeInstances} end to end: the typed call against the embedded endpoint. */
class DescribeInstancesTest {
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
                .maxAttempts(1)
                .build();
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    @Test
    void anInstanceCarriesWhatAFailOverNeeds() {
        DescribeInstancesResponse response = ec2.describeInstances(DescribeInstancesRequest.byId(PRIMARY_INSTANCE_ID));
        assertEquals(1, response.reservations().size());
        assertTrue(response.nextToken().isEmpty());
        assertTrue(response.requestId().isPresent());
        Instance primary = response.find(PRIMARY_INSTANCE_ID).orElseThrow();
        LocalEc2State.Instance truth =
                endpoint.state().instance(PRIMARY_INSTANCE_ID).orElseThrow();

        assertEquals(new Instance.State(16, "running"), primary.state());
        assertEquals(truth.availabilityZone(), primary.availabilityZone().orElseThrow());
        assertEquals(truth.subnetId(), primary.subnetId().orElseThrow());
        assertEquals(truth.vpcId(), primary.vpcId().orElseThrow());
        assertEquals(truth.privateIpAddress(), primary.privateIpAddress());
        assertEquals(truth.instanceType(), primary.instanceType());
        assertEquals(Map.of("Name", "primary"), primary.tags());
        assertEquals("primary", primary.tag("Name").orElseThrow());

        assertEquals(2, primary.networkInterfaces().size());
        Instance.InstanceNetworkInterface floating = primary.interfaceAt(1, 0).orElseThrow();
        LocalEc2State.NetworkInterface floatingTruth =
                endpoint.state().networkInterface(FLOATING_INTERFACE_ID).orElseThrow();
        assertEquals(FLOATING_INTERFACE_ID, floating.networkInterfaceId());
        assertEquals(floatingTruth.macAddress(), floating.macAddress().orElseThrow());
        assertEquals(
                floatingTruth.privateIpAddress(), floating.privateIpAddress().orElseThrow());
        assertEquals(floatingTruth.attachment().orElseThrow().attachmentId(), floating.attachmentId());
        assertEquals("attached", floating.attachmentStatus());
        assertTrue(primary.interfaceAt(2, 0).isEmpty());
        assertTrue(primary.interfaceAt(1, 1).isEmpty());
    }

    @Test
    void instancesLiveInTheirZone() {
        String other = endpoint.addInstance("elsewhere", "us-east-1b");
        Instance instance = ec2.describeInstances(DescribeInstancesRequest.byId(other))
                .find(other)
                .orElseThrow();
        assertEquals("us-east-1b", instance.availabilityZone().orElseThrow());
        Instance primary = ec2.describeInstances(DescribeInstancesRequest.byId(PRIMARY_INSTANCE_ID))
                .find(PRIMARY_INSTANCE_ID)
                .orElseThrow();
        assertFalse(instance.subnetId().equals(primary.subnetId()), "each zone has its own subnet");

        DescribeInstancesResponse inB = ec2.describeInstances(DescribeInstancesRequest.builder()
                .filter("availability-zone", "us-east-1b")
                .build());
        assertEquals(List.of(other), ids(inB));
    }

    @Test
    void statesAndCodesFollowTheInstance() {
        endpoint.stopInstance(STANDBY_INSTANCE_ID);
        DescribeInstancesResponse stopped = ec2.describeInstances(DescribeInstancesRequest.builder()
                .filter("instance-state-name", "stopped", "stopping")
                .build());
        assertEquals(List.of(STANDBY_INSTANCE_ID), ids(stopped));
        assertEquals(
                new Instance.State(80, "stopped"), stopped.instances().get(0).state());

        endpoint.terminateInstance(STANDBY_INSTANCE_ID);
        Instance gone = ec2.describeInstances(DescribeInstancesRequest.byId(STANDBY_INSTANCE_ID))
                .find(STANDBY_INSTANCE_ID)
                .orElseThrow();
        assertEquals(new Instance.State(48, "terminated"), gone.state());
        assertFalse(gone.state().acceptsAttachment());
        assertTrue(gone.networkInterfaces().isEmpty());
        assertTrue(gone.subnetId().isEmpty());
    }

    @Test
    void anUnknownIdIsNotFoundAndABadOneMalformed() {
        Ec2ServiceException missing = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeInstances(DescribeInstancesRequest.byId("i-0a1b2c3d4e5f6ffff")));
        assertEquals("InvalidInstanceID.NotFound", missing.errorCode());
        assertTrue(missing.errorMessage().contains("i-0a1b2c3d4e5f6ffff"), missing.errorMessage());

        Ec2ServiceException malformed = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeInstances(DescribeInstancesRequest.byId("i-0000000000000000")));
        assertEquals("InvalidInstanceID.Malformed", malformed.errorCode());
    }

    @Test
    void pagesFollowTheNextTokenWithoutRepeatsOrGaps() {
        Set<String> expected = new HashSet<>(List.of(PRIMARY_INSTANCE_ID, STANDBY_INSTANCE_ID));
        for (int i = 0; i < 9; i++) {
            expected.add(endpoint.addInstance("worker-" + i));
        }
        DescribeInstancesRequest request =
                DescribeInstancesRequest.builder().maxResults(5).build();
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            DescribeInstancesResponse response = ec2.describeInstances(request);
            seen.addAll(ids(response));
            pageSizes.add(response.instances().size());
            if (response.nextToken().isEmpty()) {
                break;
            }
            request = request.withNextToken(response.nextToken().get());
        }
        assertEquals(List.of(5, 5, 1), pageSizes);
        assertEquals(expected, new HashSet<>(seen));
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void pagesAreFetchedOnlyWhenReachedAndEndAtTheLastOne() {
        Set<String> expected = new HashSet<>(List.of(PRIMARY_INSTANCE_ID, STANDBY_INSTANCE_ID));
        for (int i = 0; i < 9; i++) {
            expected.add(endpoint.addInstance("worker-" + i));
        }
        Paginated<DescribeInstancesResponse> pages = ec2.describeInstancePages(
                DescribeInstancesRequest.builder().maxResults(5).build());
        assertTrue(endpoint.requests().isEmpty(), "nothing fetched before iterating");

        DescribeInstancesResponse first = pages.iterator().next();
        assertEquals(5, first.instances().size());
        assertEquals(1, endpoint.requests().size(), "only the first page fetched");

        List<String> seen = pages.items(DescribeInstancesResponse::instances)
                .map(Instance::instanceId)
                .toList();
        assertEquals(expected, new HashSet<>(seen));
        assertEquals(seen.size(), expected.size());
        assertEquals(1 + 3, endpoint.requests().size(), "three pages of 5, 5 and 1");
    }

    @Test
    void aForgedTokenIsRefused() {
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeInstances(DescribeInstancesRequest.builder()
                        .nextToken("not-a-token")
                        .build()));
        assertEquals("InvalidPaginationToken", e.errorCode());
    }

    @Test
    void aDeniedActionIsUnauthorized() {
        endpoint.denyActions("DescribeInstances");
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> ec2.describeInstances(DescribeInstancesRequest.byId()));
        assertEquals("UnauthorizedOperation", e.errorCode());
        assertEquals(403, e.statusCode());
        assertTrue(e.errorMessage().contains("ec2:DescribeInstances"), e.errorMessage());

        endpoint.allowAllActions();
        assertEquals(
                2,
                ec2.describeInstances(DescribeInstancesRequest.byId())
                        .instances()
                        .size());
    }

    @Test
    void badRequestsAreRefusedBeforeAnyCall() {
        IllegalArgumentException tooFew = assertThrows(
                IllegalArgumentException.class,
                () -> DescribeInstancesRequest.builder().maxResults(4).build());
        assertTrue(tooFew.getMessage().contains("maxResults"), tooFew.getMessage());
        IllegalArgumentException both = assertThrows(
                IllegalArgumentException.class,
                () -> DescribeInstancesRequest.builder()
                        .instanceIds(PRIMARY_INSTANCE_ID)
                        .maxResults(5)
                        .build());
        assertTrue(both.getMessage().contains("instanceIds"), both.getMessage());
        IllegalArgumentException blank =
                assertThrows(IllegalArgumentException.class, () -> DescribeInstancesRequest.byId(" "));
        assertTrue(blank.getMessage().contains("instanceIds"), blank.getMessage());
        IllegalArgumentException noValues = assertThrows(
                IllegalArgumentException.class,
                () -> DescribeInstancesRequest.builder().filter("instance-state-name", List.of()));
        assertTrue(noValues.getMessage().contains("instance-state-name"), noValues.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> DescribeInstancesRequest.builder().nextToken("").build());
        assertTrue(endpoint.requests().isEmpty());
    }

    private static List<String> ids(DescribeInstancesResponse response) {
        return response.instances().stream().map(Instance::instanceId).toList();
    }
}
