package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.ACCESS_KEY;
import static dev.ec2lite.Ec2TestServer.SECRET_KEY;
import static dev.ec2lite.Ec2TestServer.SESSION_TOKEN;
import static dev.ec2lite.Ec2TestServer.ec2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of answer EC2 (or something in front of it) can give, and what the caller gets. */
class Ec2ClientAnswersTest {
    private static final String UNAUTHORIZED_MESSAGE = "You are not authorized to perform this operation."
            + " Encoded authorization failure message: 4GIOHlTkIaWHQD0Q0m6XSnuUMCm-abcDEF_ghi"
            + "JKLmno-PQRstuVWXyz0123456789ABCDEFghijKLMNopqr_stuVWxyZ-0123456789abcdefGHIJklmnOPQRstuv";

    private Ec2TestServer ec2;
    private Ec2Client client;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
        client = ec2.clientBuilder().maxAttempts(1).build();
    }

    @AfterEach
    void stop() {
        client.close();
        ec2.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId><return>true</return></DetachNetworkInterfaceResponse>",
                "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2014-06-15/\"><requestId>r-1</requestId><return>true</return></DetachNetworkInterfaceResponse>",
                "<DetachNetworkInterfaceResponse><requestId>r-1</requestId><return>true</return></DetachNetworkInterfaceResponse>",
                "<?xml version=\"1.0\"?>\n<ec2:DetachNetworkInterfaceResponse xmlns:ec2=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n  <ec2:requestId>r-1</ec2:requestId>\n  <ec2:return>true</ec2:return>\n</ec2:DetachNetworkInterfaceResponse>\n"
            })
    void successIsReadWhateverTheNamespace(String body) {
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html") // as some emulators send it
                .body(body)
                .build());
        assertEquals(
                "r-1", client.detachNetworkInterface("eni-attach-1").requestId().orElseThrow());
    }

    @Test
    void anEc2ErrorCarriesStatusCodeMessageAndRequestId() {
        ec2.enqueue(400, ec2Error("InvalidAttachmentID.NotFound", "The attachment ID 'eni-attach-1' does not exist"));
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertEquals(400, e.statusCode());
        assertEquals("InvalidAttachmentID.NotFound", e.errorCode());
        assertEquals("The attachment ID 'eni-attach-1' does not exist", e.errorMessage());
        assertEquals("9b0f5ddc-7d5f-4b6e-8b5e-0f4d1e2a3b4c", e.requestId().orElseThrow());
        assertEquals("DetachNetworkInterface", e.operation().orElseThrow());
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "An error occurred (InvalidAttachmentID.NotFound) when calling the DetachNetworkInterface operation:"),
                e.getMessage());
    }

    @Test
    void everyErrorOfAnAnswerIsKeptInOrder() {
        ec2.enqueue(
                400,
                "<Response><Errors><Error><Code>InvalidParameterValue</Code><Message>first</Message></Error>"
                        + "<Error><Code>MissingParameter</Code><Message>second</Message></Error></Errors>"
                        + "<RequestID>r-2</RequestID></Response>");
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertEquals(
                List.of("InvalidParameterValue", "MissingParameter"),
                e.errors().stream().map(x -> x.code()).toList());
    }

    @Test
    void theGenericErrorShapeWithCdataIsReadAndTheRequestIdHeaderIsTheFallback() {
        ec2.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("x-amzn-RequestId", "hdr-1")
                .body("<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code>"
                        + "<Message><![CDATA[The action <Frobnicate> is not valid]]></Message></Error></ErrorResponse>")
                .build());
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertEquals("InvalidAction", e.errorCode());
        assertEquals("The action <Frobnicate> is not valid", e.errorMessage());
        assertEquals("hdr-1", e.requestId().orElseThrow());
    }

    @Test
    void aPermittedDryRunIsASuccessThatSaysSo() {
        ec2.enqueue(412, ec2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."));
        DetachNetworkInterfaceResponse response = client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                .attachmentId("eni-attach-1")
                .dryRun(true)
                .build());
        assertTrue(response.dryRun());
        assertEquals(412, response.statusCode());
        assertEquals(
                "9b0f5ddc-7d5f-4b6e-8b5e-0f4d1e2a3b4c", response.requestId().orElseThrow());
    }

    @Test
    void aForbiddenDryRunIsAnErrorWithTheEncodedMessageIntact() {
        ec2.enqueue(403, ec2Error("UnauthorizedOperation", UNAUTHORIZED_MESSAGE));
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                        .attachmentId("eni-attach-1")
                        .dryRun(true)
                        .build()));
        assertEquals("UnauthorizedOperation", e.errorCode());
        assertEquals(403, e.statusCode());
        assertEquals(UNAUTHORIZED_MESSAGE, e.errorMessage());
    }

    @Test
    void dryRunOperationForACallThatWasNotADryRunStaysAnError() {
        ec2.enqueue(412, ec2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set."));
        assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
    }

    @Test
    void anHtmlPageFromAProxyIsAServiceErrorNamingTheStatus() {
        ec2.enqueue(new MockResponse.Builder()
                .code(502)
                .addHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                .build());
        Ec2ServiceException e =
                assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertEquals(502, e.statusCode());
        assertEquals("Http502", e.errorCode());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    }

    @Test
    void aSuccessThatIsNotXmlIsAClientErrorWithASnippet() {
        ec2.enqueue(200, "this is not xml \u0001\u0002");
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertEquals(200, e.statusCode().orElseThrow());
        assertFalse(e.getMessage().contains("\u0001"), e.getMessage());
        assertFalse(e.getClass().getName().contains("jackson"));
        assertFalse(String.valueOf(e.getCause()).contains("com.fasterxml"), "no Jackson type reaches the caller");
    }

    @Test
    void emptyAndTruncatedBodiesAreClearErrors() {
        ec2.enqueue(200, "");
        ec2.enqueue(200, "<DetachNetworkInterfaceResponse><requestId>r-1</req");
        assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
    }

    @Test
    void aDoctypeTrickIsRejectedWithoutReadingAnyFile() {
        ec2.enqueue(
                200,
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<DetachNetworkInterfaceResponse><requestId>&x;</requestId></DetachNetworkInterfaceResponse>");
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void anAnswerLargerThanTheCapIsNotReadWhole() {
        Buffer huge = new Buffer();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 9 * 16; i++) { // 9 MiB, past the 8 MiB cap
            huge.write(chunk);
        }
        ec2.enqueue(new MockResponse.Builder().code(200).body(huge).build());
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
        assertEquals(200, e.statusCode().orElseThrow());
    }

    @Test
    void aConnectionClosedMidBodyIsAClientError() {
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .body(Ec2TestServer.DETACH_OK)
                .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
                .build());
        Ec2ClientException e =
                assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        assertTrue(e.getMessage().contains("DetachNetworkInterface"), e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        ec2.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        try (Ec2Client impatient = ec2.clientBuilder()
                .maxAttempts(1)
                .readTimeout(Duration.ofMillis(300))
                .build()) {
            long start = System.nanoTime();
            Ec2ClientException e =
                    assertThrows(Ec2ClientException.class, () -> impatient.detachNetworkInterface("eni-attach-1"));
            assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("timeout"), e.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "gave up within bounds");
        }
    }

    @Test
    void theHeadersThatAreCredentialsPrintAsRedacted() {
        dev.ec2lite.http.HttpCall call = new dev.ec2lite.http.HttpCall(
                "POST",
                java.net.URI.create("https://ec2.us-east-1.amazonaws.com/"),
                List.of(
                        new dev.ec2lite.signing.Header("Authorization", "AWS4-HMAC-SHA256 Signature=0123abcd"),
                        new dev.ec2lite.signing.Header("X-Amz-Security-Token", SESSION_TOKEN),
                        new dev.ec2lite.signing.Header("Host", "ec2.us-east-1.amazonaws.com")),
                "application/x-www-form-urlencoded",
                new byte[12]);
        String text = call.toString();
        assertFalse(text.contains("0123abcd") || text.contains(SESSION_TOKEN), text);
        assertTrue(text.contains("Host: ec2.us-east-1.amazonaws.com") && text.contains("12 bytes"), text);
    }

    @Test
    void noSecretAppearsInAnyMessageOrString() {
        AwsCredentials temporary = AwsCredentials.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        StringBuilder debug = new StringBuilder();
        try (Ec2Client withToken = ec2.clientBuilder()
                .maxAttempts(1)
                .credentialsProvider(CredentialsProvider.of(temporary))
                .debug(line -> debug.append(line).append('\n'))
                .build()) {
            ec2.enqueue(403, ec2Error("AuthFailure", "AWS was not able to validate the provided access credentials"));
            Ec2Exception e = assertThrows(Ec2Exception.class, () -> withToken.detachNetworkInterface("eni-attach-1"));
            String signature;
            try {
                signature = ec2.server
                        .takeRequest()
                        .getHeaders()
                        .get("Authorization")
                        .replaceAll(".*Signature=", "");
            } catch (InterruptedException interrupted) {
                throw new AssertionError(interrupted);
            }
            for (String text : List.of(
                    e.getMessage(),
                    e.toString(),
                    withToken.toString(),
                    withToken.describeConfiguration(),
                    temporary.toString(),
                    debug.toString())) {
                assertFalse(text.contains(SECRET_KEY), text);
                assertFalse(text.contains(SESSION_TOKEN), text);
                assertFalse(text.contains(signature), text);
            }
            assertTrue(debug.toString().contains("x-amz-security-token:<redacted>"), debug.toString());
            assertTrue(debug.toString().contains("AWS4-HMAC-SHA256\n20261126T100000Z"), debug.toString());
        }
    }
}
