package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line, run in-process against MockWebServer: output, errors and exit codes. */
class DetachNetworkInterfaceCommandTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN";
    private static final String OK =
            "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return></DetachNetworkInterfaceResponse>";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", SECRET);
        env.put("AWS_SESSION_TOKEN", TOKEN);
        env.put("AWS_REGION", "us-east-1");
        env.put("HOME", "/nonexistent-home");
        env.put("AWS_EC2_METADATA_DISABLED", "true"); // never reach for the real metadata address
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun detach(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "detach-network-interface";
        args[1] = "--endpoint-url";
        args[2] = "http://127.0.0.1:" + server.getPort();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return CliRun.run(env, args);
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    }

    @Test
    void successPrintsBoto3ShapedJson() throws Exception {
        answer(200, OK);
        CliRun run = detach("--attachment-id", "eni-attach-0123456789abcdef0");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(
                "5bd0a2f9-1b1c-4c4f-9a8e-example",
                json.at("/ResponseMetadata/RequestId").asText());
        assertEquals(200, json.at("/ResponseMetadata/HTTPStatusCode").asInt());
        assertEquals(0, json.at("/ResponseMetadata/RetryAttempts").asInt());
        assertTrue(json.path("DryRun").isMissingNode());
        assertEquals("", run.err());
        assertTrue(server.takeRequest().getBody().utf8().endsWith("AttachmentId=eni-attach-0123456789abcdef0"));
    }

    @Test
    void forceAndDryRunFlagsReachTheWire() throws Exception {
        answer(
                412,
                "<Response><Errors><Error><Code>DryRunOperation</Code><Message>Request would have succeeded,"
                        + " but DryRun flag is set.</Message></Error></Errors><RequestID>r-dry</RequestID></Response>");
        CliRun run = detach("--attachment-id", "eni-attach-1", "--force", "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("DryRun").asBoolean());
        assertEquals(412, json.at("/ResponseMetadata/HTTPStatusCode").asInt());
        assertTrue(server.takeRequest().getBody().utf8().endsWith("AttachmentId=eni-attach-1&DryRun=true&Force=true"));
    }

    @Test
    void noForceSendsForceFalse() throws Exception {
        answer(200, OK);
        assertEquals(0, detach("--attachment-id", "eni-attach-1", "--no-force").exitCode());
        assertTrue(server.takeRequest().getBody().utf8().endsWith("&Force=false"));
    }

    @Test
    void textOutputIsTabSeparated() {
        answer(200, OK);
        CliRun run = detach("--attachment-id", "eni-attach-1", "--output", "text");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "RESPONSEMETADATA\t200\t5bd0a2f9-1b1c-4c4f-9a8e-example\t0",
                run.out().strip());
    }

    @Test
    void aServiceErrorIsPrintedInTheAwsCliWordsWithExit254() {
        answer(
                400,
                "<Response><Errors><Error><Code>InvalidAttachmentID.NotFound</Code><Message>The attachment ID"
                        + " 'eni-attach-1' does not exist</Message></Error></Errors><RequestID>r-404</RequestID></Response>");
        CliRun run = detach("--attachment-id", "eni-attach-1", "--cli-read-timeout", "5");
        assertEquals(254, run.exitCode());
        assertTrue(
                run.err()
                        .contains("An error occurred (InvalidAttachmentID.NotFound) when calling the"
                                + " DetachNetworkInterface operation: The attachment ID 'eni-attach-1' does not exist"),
                run.err());
        assertTrue(run.err().contains("r-404"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingCredentialsExit253BeforeAnyRequest() {
        env.remove("AWS_SECRET_ACCESS_KEY");
        CliRun run = detach("--attachment-id", "eni-attach-1");
        assertEquals(253, run.exitCode(), run.err());
        assertTrue(run.err().contains("credentials"), run.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void missingRegionExits253() {
        env.remove("AWS_REGION");
        CliRun run = detach("--attachment-id", "eni-attach-1");
        assertEquals(253, run.exitCode(), run.err());
        assertTrue(run.err().contains("no region"), run.err());
    }

    @Test
    void theRegionOptionWinsOverTheEnvironment() throws Exception {
        answer(200, OK);
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        assertEquals(
                0,
                detach("--attachment-id", "eni-attach-1", "--region", "sa-east-1")
                        .exitCode());
        assertTrue(server.takeRequest().getHeaders().get("Authorization").contains("/sa-east-1/ec2/"));
    }

    @Test
    void badInputExits252WithoutARequest() {
        assertEquals(252, detach().exitCode());
        CliRun blank = detach("--attachment-id", " ");
        assertEquals(252, blank.exitCode());
        assertTrue(blank.err().contains("attachmentId"), blank.err());
        assertEquals(252, detach("--attachment-id", "x", "--output", "xml").exitCode());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUnreachableEndpointExits255() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = CliRun.run(
                env,
                "detach-network-interface",
                "--attachment-id",
                "eni-attach-1",
                "--endpoint-url",
                "http://127.0.0.1:" + closedPort);
        assertEquals(255, run.exitCode(), run.err());
        assertTrue(run.err().contains("could not connect"), run.err());
    }

    @Test
    void debugShowsWhatWasSignedButNoSecret() throws Exception {
        answer(200, OK);
        CliRun run = detach("--attachment-id", "eni-attach-1", "--debug");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("endpoint http://127.0.0.1:" + server.getPort()), run.err());
        assertTrue(run.err().contains("canonical request:\nPOST\n/\n"), run.err());
        assertTrue(run.err().contains("string to sign:\nAWS4-HMAC-SHA256"), run.err());
        assertTrue(run.err().contains("region us-east-1 (environment variable AWS_REGION)"), run.err());
        assertTrue(run.err().contains("credentials from "), run.err());
        String signature =
                server.takeRequest().getHeaders().get("Authorization").replaceAll(".*Signature=", "");
        for (String secret : new String[] {SECRET, TOKEN, signature}) {
            assertFalse(run.err().contains(secret), "debug output leaks a secret");
            assertFalse(run.out().contains(secret), "output leaks a secret");
        }
    }

    @Test
    void hostileServiceErrorTextReachesStderrAndDebugBoundedAndPrintable() {
        StringBuilder body = new StringBuilder("<Response><Errors>");
        for (int i = 0; i < 100; i++) {
            body.append("<Error><Code>Bad\u202ECode")
                    .append("C".repeat(3000))
                    .append("</Code><Message>")
                    .append("first&#10;ec2lite: forged line \u0085\u2067")
                    .append("m".repeat(30_000))
                    .append("</Message></Error>");
        }
        body.append("</Errors><RequestID>req\u202E").append("1".repeat(10_000)).append("</RequestID></Response>");
        answer(400, body.toString());

        CliRun run = detach("--attachment-id", "eni-attach-1", "--debug");

        assertEquals(254, run.exitCode(), run.err());
        assertTrue(run.err().contains("An error occurred (Bad?Code"), run.err());
        assertFalse(run.err().contains("\nec2lite: forged line"), "a service message forged a stderr line");
        assertTrue(
                run.err()
                        .chars()
                        .noneMatch(c -> (c >= 0x7f && c <= 0x9f)
                                || (c >= 0x202a && c <= 0x202e)
                                || (c >= 0x2066 && c <= 0x2069)),
                "unsafe characters on stderr");
        // Debug lines (endpoint, canonical request, string to sign) take about 2 KB; the service text a few KB.
        assertTrue(run.err().length() < 16 * 1024, "stderr length " + run.err().length());
    }
}
