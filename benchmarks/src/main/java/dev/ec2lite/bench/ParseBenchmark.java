package dev.ec2lite.bench;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.xml.internal.Ec2ResponseParser;
import dev.ec2lite.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading answers: ec2lite's response parser alone, on a small success (the benchmarked call's), a
 * DescribeNetworkInterfaces page of 50 interfaces, and an EC2 error with two errors. Used to compare
 * one parser implementation with the next; nothing of the SDK is measured here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
    private static final byte[] ERROR_XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Response><Errors>"
                    + "<Error><Code>InvalidAttachmentID.NotFound</Code><Message>The attachment ID"
                    + " 'eni-attach-0123456789abcdef0' does not exist</Message></Error>"
                    + "<Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error>"
                    + "</Errors><RequestID>" + Fixtures.REQUEST_ID + "</RequestID></Response>")
            .getBytes(StandardCharsets.UTF_8);

    private byte[] describePage;

    @Setup
    public void setUp() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<DescribeNetworkInterfacesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
                + "  <requestId>" + Fixtures.REQUEST_ID + "</requestId>\n  <networkInterfaceSet>\n");
        for (int i = 0; i < 50; i++) {
            String n = String.format("%017x", i);
            xml.append("    <item>\n      <networkInterfaceId>eni-")
                    .append(n)
                    .append("</networkInterfaceId>\n      <subnetId>subnet-0123456789abcdef0</subnetId>\n")
                    .append("      <vpcId>vpc-0123456789abcdef0</vpcId>\n")
                    .append("      <availabilityZone>us-east-1a</availabilityZone>\n")
                    .append("      <description>benchmark interface</description>\n")
                    .append("      <status>in-use</status>\n      <privateIpAddress>10.0.0.")
                    .append(i + 1)
                    .append("</privateIpAddress>\n      <attachment>\n        <attachmentId>eni-attach-")
                    .append(n)
                    .append("</attachmentId>\n        <instanceId>i-0123456789abcdef0</instanceId>\n")
                    .append("        <deviceIndex>1</deviceIndex>\n        <status>attached</status>\n")
                    .append("      </attachment>\n      <tagSet>\n        <item><key>Name</key><value>eni ")
                    .append(i)
                    .append("</value></item>\n      </tagSet>\n    </item>\n");
        }
        xml.append("  </networkInterfaceSet>\n</DescribeNetworkInterfacesResponse>");
        describePage = xml.toString().getBytes(StandardCharsets.UTF_8);
        if (Ec2ResponseParser.parseSuccess(describePage, 200)
                        .find("networkInterfaceSet")
                        .orElseThrow()
                        .children("item")
                        .size()
                != 50) {
            throw new IllegalStateException("the page did not parse into 50 items");
        }
        if (parseError().errors().size() != 2) {
            throw new IllegalStateException("the error body did not parse into two errors");
        }
    }

    @Benchmark
    public XmlElement smallSuccess() {
        return Ec2ResponseParser.parseSuccess(Fixtures.SUCCESS_XML, 200);
    }

    @Benchmark
    public XmlElement describePage() {
        return Ec2ResponseParser.parseSuccess(describePage, 200);
    }

    @Benchmark
    public Ec2ServiceException parseError() {
        return Ec2ResponseParser.parseError(ERROR_XML, 400, null, "DetachNetworkInterface");
    }
}
