package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.TransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Arguments the AWS CLI reads its own way, and its exit codes for bad input and unreachable sources. */
class CliArgumentsTest {
    @Test
    void shorthandFiltersKeepValueListsAndNames() {
        assertEquals(
                Map.of("status", List.of("available", "in-use"), "attachment.device-index", List.of("1")),
                FilterArguments.parse(
                        List.of("Name=status,Values=available,in-use", "Name=attachment.device-index,Values=1")));
        assertEquals(
                Map.of("status", List.of("available")),
                FilterArguments.parse(List.of("[{\"Name\":\"status\",\"Values\":[\"available\"]}]")));
    }

    @Test
    void badFiltersNameTheParameter() {
        for (String bad : List.of("Name=status,Oops=1", "status", "Values=a", "[{\"Name\": 1}]", "[{\"Name\":\"x\"")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> FilterArguments.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("Error parsing parameter '--filters'"), e.getMessage());
        }
    }

    @Test
    void paginationTokensRoundTripInTheAwsCliEncoding() {
        // What AWS CLI v2 printed for --max-items 3 on a first page of 7 (see cli-golden/max-items-json.out).
        String aws = "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ==";
        assertEquals(new PaginationToken(Optional.empty(), 3), PaginationToken.decode(aws));
        assertEquals(aws, new PaginationToken(Optional.empty(), 3).encode());
        PaginationToken withService = new PaginationToken(Optional.of("next:\"x\""), 0);
        assertEquals(withService, PaginationToken.decode(withService.encode()));
        assertThrows(IllegalArgumentException.class, () -> PaginationToken.decode("%%%"));
        assertThrows(IllegalArgumentException.class, () -> PaginationToken.decode("eyJhIjogMX0="));
    }

    @Test
    void aMalformedEndpointUrlExits252BeforeAnyCall() {
        for (String url : List.of("not-a-url", "ftp://example.com", "http://", "http://exa mple")) {
            CliRun run = CliRun.run(
                    Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "x", "AWS_REGION", "us-east-1"),
                    "describe-network-interfaces",
                    "--endpoint-url",
                    url);
            assertEquals(252, run.exitCode(), url + ": " + run.err());
            assertTrue(run.err().contains("--endpoint-url"), run.err());
        }
    }

    @Test
    void aBadQueryExits252() {
        CliRun run =
                CliRun.run("describe-network-interfaces", "--query", "NetworkInterfaces[", "--region", "us-east-1");
        assertEquals(252, run.exitCode(), run.err());
        assertTrue(run.err().contains("--query"), run.err());
    }

    @Test
    void anUnreachableCredentialSourceIs255AndNoCredentialsAtAllIs253() throws Exception {
        StringWriter text = new StringWriter();
        Ec2ConfigurationException none = new Ec2ConfigurationException("no usable credentials: none found");
        assertEquals(253, ErrorReporter.report(none, "X", new PrintWriter(text)));

        dev.ec2lite.error.Ec2ClientException chain = new dev.ec2lite.error.Ec2ClientException("no source answered");
        chain.addSuppressed(new dev.ec2lite.error.Ec2ClientException(
                "STS: read timed out",
                new TransportException(TransportException.Kind.TIMEOUT, true, "read timed out", null)));
        Ec2ConfigurationException unreachable = new Ec2ConfigurationException("no usable credentials", chain);
        assertEquals(255, ErrorReporter.report(unreachable, "X", new PrintWriter(text)));

        // End to end: a web-identity profile whose STS endpoint is a closed port on this machine.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ec2lite-cli");
        java.nio.file.Path token = java.nio.file.Files.writeString(dir.resolve("token"), "header.payload.signature");
        CliRun run = CliRun.run(
                Map.of(
                        "AWS_WEB_IDENTITY_TOKEN_FILE",
                        token.toString(),
                        "AWS_ROLE_ARN",
                        "arn:aws:iam::123456789012:role/example",
                        "AWS_ENDPOINT_URL_STS",
                        "http://127.0.0.1:" + closedPort,
                        "AWS_CONFIG_FILE",
                        dir.resolve("none").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        dir.resolve("none").toString(),
                        "AWS_EC2_METADATA_DISABLED",
                        "true",
                        "AWS_REGION",
                        "us-east-1",
                        "HOME",
                        dir.toString()),
                "describe-network-interfaces",
                "--endpoint-url",
                "http://127.0.0.1:" + closedPort,
                "--cli-connect-timeout",
                "2");
        assertEquals(255, run.exitCode(), run.err());
    }
}
