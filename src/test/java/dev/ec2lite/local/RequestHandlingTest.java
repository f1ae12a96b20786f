package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestHandlingTest {
    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.start();
        client = Ec2TestClient.of(ec2);
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void requestWithoutActionIsMissingAction() {
        client.call(null).assertError(400, "MissingAction");
    }

    @Test
    void unknownActionIsInvalidAction() {
        String message =
                client.call("TerminateInstances", "InstanceId.1", "i-1").assertError(400, "InvalidAction");

        assertEquals("The action TerminateInstances is not valid for this web service.", message);
    }

    @Test
    void requestWithoutVersionIsMissingParameter() {
        byte[] body = "Action=DescribeNetworkInterfaces".getBytes(StandardCharsets.UTF_8);

        String message = client.callWithBody(body).assertError(400, "MissingParameter");

        assertEquals("The request must contain the parameter Version", message);
    }

    @Test
    void formValuesAreDecodedWithPlusAsSpaceAndPercentEscapes() {
        byte[] body = "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=a+b%26c%3Cd%3E%C3%A9"
                .getBytes(StandardCharsets.UTF_8);

        String message = client.callWithBody(body).assertError(400, "InvalidAttachmentID.NotFound");

        assertEquals("The attachment ID 'a b&c<d>é' does not exist", message);
    }

    @Test
    void errorTextIsXmlEscaped() {
        Ec2Answer answer = client.call("DetachNetworkInterface", "AttachmentId", "<x>&\"'");

        assertTrue(answer.body().contains("&lt;x&gt;&amp;&quot;&apos;"), answer.body());
        assertEquals(
                "The attachment ID '<x>&\"'' does not exist", answer.assertError(400, "InvalidAttachmentID.NotFound"));
    }

    @Test
    void errorShapeIsEc2sResponseErrorsError() {
        Ec2Answer answer = client.call("Nope");

        assertTrue(
                answer.body()
                        .matches("(?s)<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\\s*<Response><Errors><Error>"
                                + "<Code>InvalidAction</Code><Message>[^<]+</Message></Error></Errors>"
                                + "<RequestID>[0-9a-f-]{36}</RequestID></Response>"),
                answer.body());
    }

    @Test
    void everyAnswerHasADateHeaderAndAnXmlContentType() {
        for (Ec2Answer answer : new Ec2Answer[] {client.call("DescribeNetworkInterfaces"), client.call("Nope")}) {
            assertTrue(answer.headers().firstValue("Date").isPresent());
            assertEquals(
                    "text/xml;charset=UTF-8",
                    answer.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void bodyLargerThanOneMebibyteIsRefusedWith413() {
        byte[] body = new byte[EndpointHandler.MAX_BODY_BYTES + 1];
        Arrays.fill(body, (byte) 'a');

        client.callWithBody(body).assertError(413, "RequestEntityTooLarge");
    }

    @Test
    void bodyOfExactlyOneMebibyteIsRead() {
        String form = "Action=DescribeNetworkInterfaces&Version=2016-11-15&Padding=";
        byte[] body = new byte[EndpointHandler.MAX_BODY_BYTES];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(form.getBytes(StandardCharsets.UTF_8), 0, body, 0, form.length());

        client.callWithBody(body).assertOk();
    }
}
