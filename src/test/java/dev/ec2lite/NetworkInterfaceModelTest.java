package dev.ec2lite;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every field a fail-over agent reads, from the embedded endpoint's XML through the client's parser. */
class NetworkInterfaceModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.builder()
                .resourceClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .start();
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

    @Test
    void theFloatingInterfaceCarriesEveryFailoverField() {
        NetworkInterface eni = ec2.describeNetworkInterfaces(
                        DescribeNetworkInterfacesRequest.byId(FLOATING_INTERFACE_ID))
                .find(FLOATING_INTERFACE_ID)
                .orElseThrow();

        assertEquals("in-use", eni.status());
        assertEquals("interface", eni.interfaceType());
        assertEquals("floating service address", eni.description());
        assertEquals("subnet-0a1b2c3d4e5f60001", eni.subnetId());
        assertEquals("vpc-0a1b2c3d4e5f60001", eni.vpcId());
        assertEquals(endpoint.region() + "a", eni.availabilityZone());
        assertEquals(
                endpoint.state()
                        .networkInterface(FLOATING_INTERFACE_ID)
                        .orElseThrow()
                        .macAddress(),
                eni.macAddress());
        assertEquals(2, eni.privateIpAddresses().size());
        NetworkInterface.PrivateIpAddress primary = eni.privateIpAddresses().get(0);
        assertTrue(primary.primary());
        assertEquals(eni.privateIpAddress(), primary.privateIpAddress());
        assertTrue(primary.association().isEmpty());
        NetworkInterface.PrivateIpAddress secondary = eni.privateIpAddresses().get(1);
        assertFalse(secondary.primary());
        assertEquals("10.0.1.100", secondary.privateIpAddress());
        NetworkInterface.IpAssociation eip = secondary.association().orElseThrow();
        assertEquals("203.0.113.10", eip.publicIp());
        assertEquals("eipalloc-0a1b2c3d4e5f60001", eip.allocationId());
        assertEquals("eipassoc-0a1b2c3d4e5f60001", eip.associationId());
        assertEquals("123456789012", eip.ipOwnerId());
        assertTrue(eni.primaryAssociation().isEmpty());
        assertEquals(List.of("2001:db8::10"), eni.ipv6Addresses());
        assertEquals(
                List.of(
                        new NetworkInterface.SecurityGroup("sg-0a1b2c3d4e5f60001", "default"),
                        new NetworkInterface.SecurityGroup("sg-0a1b2c3d4e5f60002", "failover-service")),
                eni.groups());
        assertEquals(Map.of("Name", "floating-service", "Role", "failover"), eni.tags());
        assertEquals(List.of("Name", "Role"), List.copyOf(eni.tags().keySet()));
        assertTrue(eni.sourceDestCheck());
        NetworkInterface.Attachment attachment = eni.attachment().orElseThrow();
        assertEquals(FLOATING_ATTACHMENT_ID, attachment.attachmentId());
        assertEquals(PRIMARY_INSTANCE_ID, attachment.instanceId());
        assertEquals(1, attachment.deviceIndex());
        assertEquals(0, attachment.networkCardIndex());
        assertEquals("attached", attachment.status());
        assertFalse(attachment.deleteOnTermination());
        assertEquals(
                endpoint.state()
                        .attachment(FLOATING_ATTACHMENT_ID)
                        .orElseThrow()
                        .attachTime(),
                attachment.attachTime().orElseThrow());
    }

    @Test
    void aPrimaryInterfaceIsDeletedWithItsInstanceAndHasOneAddress() {
        NetworkInterface eni = ec2.describeNetworkInterfaces(
                        DescribeNetworkInterfacesRequest.byInstanceId(STANDBY_INSTANCE_ID))
                .networkInterfaces()
                .get(0);

        assertEquals(1, eni.privateIpAddresses().size());
        assertTrue(eni.attachment().orElseThrow().deleteOnTermination());
        assertEquals(0, eni.attachment().orElseThrow().deviceIndex());
        assertTrue(eni.tags().isEmpty());
        assertTrue(eni.ipv6Addresses().isEmpty());
    }

    @Test
    void attachReportsTheNetworkCardAndSendsTheOneAsked() {
        String spare = endpoint.addNetworkInterface("spare");

        AttachNetworkInterfaceResponse attached =
                ec2.attachNetworkInterface(AttachNetworkInterfaceRequest.of(spare, STANDBY_INSTANCE_ID, 2).toBuilder()
                        .networkCardIndex(0)
                        .build());

        assertEquals(OptionalInt.of(0), attached.networkCardIndex());
        // The endpoint's instances have one card: asking for card 1 reaches it and is refused.
        Ec2ServiceException refused = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.attachNetworkInterface(
                        AttachNetworkInterfaceRequest.of(endpoint.addNetworkInterface("other"), STANDBY_INSTANCE_ID, 3)
                                .toBuilder()
                                .networkCardIndex(1)
                                .build()));
        assertEquals("InvalidParameterValue", refused.errorCode());
        assertTrue(refused.errorMessage().contains("networkCardIndex"), refused.errorMessage());
    }
}
