package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shape of EC2's own {@code DescribeInstances} answer, as its API reference shows it, read into the model. */
class DescribeInstancesParsingTest {
    /** An answer in the API reference's shape, with fields ec2lite does not type left in. */
    private static final String PAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
            + "  <requestId>8f7724cf-496f-496e-8fe3-example</requestId>\n"
            + "  <reservationSet>\n"
            + "    <item>\n"
            + "      <reservationId>r-1234567890abcdef0</reservationId>\n"
            + "      <ownerId>123456789012</ownerId>\n"
            + "      <groupSet/>\n"
            + "      <instancesSet>\n"
            + "        <item>\n"
            + "          <instanceId>i-1234567890abcdef0</instanceId>\n"
            + "          <imageId>ami-bff32ccc</imageId>\n"
            + "          <instanceState><code>272</code><name>running</name></instanceState>\n"
            + "          <instanceType>t2.micro</instanceType>\n"
            + "          <placement><availabilityZone>eu-west-1c</availabilityZone><tenancy>default</tenancy></placement>\n"
            + "          <subnetId>subnet-56f5f633</subnetId>\n"
            + "          <vpcId>vpc-11112222</vpcId>\n"
            + "          <privateIpAddress>192.168.1.88</privateIpAddress>\n"
            + "          <tagSet><item><key>Name</key><value>Server_1</value></item>"
            + "<item><key>role</key><value></value></item></tagSet>\n"
            + "          <networkInterfaceSet>\n"
            + "            <item>\n"
            + "              <networkInterfaceId>eni-551ba033</networkInterfaceId>\n"
            + "              <status>in-use</status>\n"
            + "              <macAddress>02:dd:2c:5e:01:69</macAddress>\n"
            + "              <privateIpAddress>192.168.1.88</privateIpAddress>\n"
            + "              <attachment><attachmentId>eni-attach-39697adc</attachmentId><deviceIndex>0</deviceIndex>"
            + "<status>attached</status><deleteOnTermination>true</deleteOnTermination></attachment>\n"
            + "            </item>\n"
            + "            <item>\n"
            + "              <networkInterfaceId>eni-0f0e0d0c0b0a09080</networkInterfaceId>\n"
            + "              <status>in-use</status>\n"
            + "              <attachment><attachmentId>eni-attach-0a0b</attachmentId><deviceIndex>1</deviceIndex>"
            + "<status>attaching</status><networkCardIndex>1</networkCardIndex></attachment>\n"
            + "            </item>\n"
            + "          </networkInterfaceSet>\n"
            + "        </item>\n"
            + "        <item>\n"
            + "          <instanceId>i-0fedcba9876543210</instanceId>\n"
            + "          <instanceState><code>48</code><name>terminated</name></instanceState>\n"
            + "          <instanceType>t2.micro</instanceType>\n"
            + "          <placement><availabilityZone>eu-west-1a</availabilityZone></placement>\n"
            + "        </item>\n"
            + "      </instancesSet>\n"
            + "    </item>\n"
            + "  </reservationSet>\n"
            + "  <nextToken>eyJ2IjoiMiIsImMiOiJ0b2tlbiJ9</nextToken>\n"
            + "</DescribeInstancesResponse>";

    private Ec2TestServer server;
    private Ec2Client ec2;

    @BeforeEach
    void start() throws Exception {
        server = new Ec2TestServer();
        ec2 = server.clientBuilder().maxAttempts(1).build();
    }

    @AfterEach
    void stop() {
        ec2.close();
        server.close();
    }

    @Test
    void everyTypedFieldIsRead() throws Exception {
        server.enqueue(200, PAGE);
        DescribeInstancesResponse page = ec2.describeInstances(
                DescribeInstancesRequest.builder().maxResults(5).build());

        assertEquals(Optional.of("eyJ2IjoiMiIsImMiOiJ0b2tlbiJ9"), page.nextToken());
        assertEquals(Optional.of("8f7724cf-496f-496e-8fe3-example"), page.requestId());
        assertEquals("r-1234567890abcdef0", page.reservations().get(0).reservationId());
        assertEquals(2, page.instances().size());

        Instance running = page.instances().get(0);
        assertEquals(new Instance.State(16, "running"), running.state(), "EC2's high byte is its own");
        assertEquals(Optional.of("eu-west-1c"), running.availabilityZone());
        assertEquals(Optional.of("subnet-56f5f633"), running.subnetId());
        assertEquals(Optional.of("vpc-11112222"), running.vpcId());
        assertEquals(Optional.of("192.168.1.88"), running.privateIpAddress());
        assertEquals("t2.micro", running.instanceType());
        assertEquals(Map.of("Name", "Server_1", "role", ""), running.tags());
        assertEquals(List.of("Name", "role"), List.copyOf(running.tags().keySet()));

        Instance.InstanceNetworkInterface primary = running.interfaceAt(0, 0).orElseThrow();
        assertEquals("eni-551ba033", primary.networkInterfaceId());
        assertEquals(Optional.of("02:dd:2c:5e:01:69"), primary.macAddress());
        assertEquals("eni-attach-39697adc", primary.attachmentId());
        Instance.InstanceNetworkInterface second = running.interfaceAt(1, 1).orElseThrow();
        assertEquals("attaching", second.attachmentStatus());
        assertTrue(second.macAddress().isEmpty());
        assertTrue(running.interfaceAt(1, 0).isEmpty());

        Instance terminated = page.instances().get(1);
        assertEquals(new Instance.State(48, "terminated"), terminated.state());
        assertTrue(terminated.subnetId().isEmpty());
        assertTrue(terminated.networkInterfaces().isEmpty());

        String sent = server.server.takeRequest().getBody().utf8();
        assertTrue(sent.contains("Action=DescribeInstances"), sent);
        assertTrue(sent.contains("MaxResults=5"), sent);
    }

    @Test
    void idsAndFiltersAreFlattenedAsEc2Expects() throws Exception {
        server.enqueue(
                200,
                "<DescribeInstancesResponse><requestId>r</requestId><reservationSet/></DescribeInstancesResponse>");
        DescribeInstancesResponse page = ec2.describeInstances(DescribeInstancesRequest.builder()
                .instanceIds("i-1234567890abcdef0", "i-0fedcba9876543210")
                .filter("instance-state-name", "running", "stopped")
                .filter("tag:Name", "web")
                .nextToken("abc")
                .build());
        assertTrue(page.instances().isEmpty());
        assertTrue(page.nextToken().isEmpty());
        String sent = server.server.takeRequest().getBody().utf8();
        for (String expected : new String[] {
            "InstanceId.1=i-1234567890abcdef0",
            "InstanceId.2=i-0fedcba9876543210",
            "Filter.1.Name=instance-state-name",
            "Filter.1.Value.1=running",
            "Filter.1.Value.2=stopped",
            "Filter.2.Name=tag%3AName",
            "Filter.2.Value.1=web",
            "NextToken=abc"
        }) {
            assertTrue(sent.contains(expected), expected + " in " + sent);
        }
    }
}
