package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
import static dev.ec2lite.local.LocalEc2Endpoint.STANDBY_INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded endpoint refuses, as EC2 does, the attaches that a move's checks are there to avoid. */
class LocalEndpointZoneRulesTest {
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
    void resourcesInTheSecondVpcHaveItsSubnetAndAddresses() {
        String instance = endpoint.addInstanceInOtherVpc("elsewhere");
        String eni = endpoint.addNetworkInterfaceInOtherVpc("elsewhere too");

        Instance described = ec2.describeInstances(DescribeInstancesRequest.byId(instance))
                .find(instance)
                .orElseThrow();
        NetworkInterface other = ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId(eni))
                .find(eni)
                .orElseThrow();
        NetworkInterface home = ec2.describeNetworkInterfaces(
                        DescribeNetworkInterfacesRequest.byId(LocalEc2Endpoint.FLOATING_INTERFACE_ID))
                .find(LocalEc2Endpoint.FLOATING_INTERFACE_ID)
                .orElseThrow();
        assertEquals(Optional.of(LocalEc2Endpoint.OTHER_VPC_ID), described.vpcId());
        assertEquals(LocalEc2Endpoint.OTHER_VPC_ID, other.vpcId());
        assertEquals(LocalEc2Endpoint.VPC_ID, home.vpcId());
        assertEquals(described.subnetId().orElseThrow(), other.subnetId());
        assertTrue(!other.subnetId().equals(home.subnetId()), other.subnetId());
        assertTrue(other.privateIpAddress().startsWith("10.1.1."), other.privateIpAddress());
    }

    @Test
    void anInterfaceIsAttachedOnlyInItsOwnZone() {
        String elsewhere = endpoint.addNetworkInterface("in zone b", "us-east-1b");
        assertEquals(
                "us-east-1b",
                ec2.describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byId(elsewhere))
                        .find(elsewhere)
                        .orElseThrow()
                        .availabilityZone());
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class, () -> ec2.attachNetworkInterface(elsewhere, PRIMARY_INSTANCE_ID, 2));
        assertEquals("InvalidParameterCombination", e.errorCode());
        assertTrue(endpoint.state()
                .networkInterface(elsewhere)
                .orElseThrow()
                .attachment()
                .isEmpty());

        String there = endpoint.addInstance("in zone b", "us-east-1b");
        assertTrue(
                ec2.attachNetworkInterface(elsewhere, there, 1).attachmentId().isPresent());
    }

    @Test
    void nothingIsAttachedToATerminatedInstance() {
        String spare = endpoint.addNetworkInterface("spare");
        endpoint.terminateInstance(STANDBY_INSTANCE_ID);
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class, () -> ec2.attachNetworkInterface(spare, STANDBY_INSTANCE_ID, 1));
        assertEquals("IncorrectInstanceState", e.errorCode());
        assertEquals(
                "terminated",
                endpoint.state().instance(STANDBY_INSTANCE_ID).orElseThrow().state());
    }

    @Test
    void aZoneOutsideTheRegionIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> endpoint.addInstance("lost", "eu-west-1a"));
        assertTrue(e.getMessage().contains("availabilityZone"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> endpoint.setInstanceState(PRIMARY_INSTANCE_ID, "asleep"));
    }
}
