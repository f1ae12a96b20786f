package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2Error;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class Ec2ResponseParserTest {
    private static final String OP = "DetachNetworkInterface";
    private static final String HEADER_ID = "header-request-id";

    // ---- success bodies

    @Test
    void successBodyGivesItsRootWhateverTheNamespaceVersion() {
        for (String fixture : List.of(
                "detach-success-2016-11-15.xml",
                "detach-success-other-version.xml",
                "detach-success-no-namespace.xml")) {
            XmlElement root = Ec2ResponseParser.parseSuccess(Fixtures.bytes(fixture), 200);

            assertEquals("DetachNetworkInterfaceResponse", root.name(), fixture);
            assertEquals("true", root.childText("return").orElseThrow(), fixture);
            assertTrue(Ec2ResponseParser.requestIdOf(root).orElseThrow().endsWith("EXAMPLE"), fixture);
        }
    }

    @Test
    void ec2RequestIdIsReadFromTheTopLevel() {
        XmlElement root = Ec2ResponseParser.parseSuccess(Fixtures.bytes("detach-success-2016-11-15.xml"), 200);

        assertEquals(
                "59dbff89-35bd-4eac-99ed-be587EXAMPLE",
                Ec2ResponseParser.requestIdOf(root).orElseThrow());
    }

    @Test
    void stsAnswerIsReadWithItsRequestIdUnderResponseMetadata() {
        XmlElement root = Ec2ResponseParser.parseSuccess(Fixtures.bytes("sts-assume-role-success.xml"), 200);

        assertEquals(
                "ASIAIOSFODNN7EXAMPLE",
                root.find("AssumeRoleResult", "Credentials", "AccessKeyId")
                        .orElseThrow()
                        .text());
        assertEquals(
                "c6104cbe-af31-11e0-8154-cbc7ccf896c7",
                Ec2ResponseParser.requestIdOf(root).orElseThrow());
    }

    @Test
    void requestIdOfIsEmptyWhenThereIsNone() {
        XmlElement root =
                Ec2ResponseParser.parseSuccess(Fixtures.utf8("<XResponse><return>true</return></XResponse>"), 200);

        assertEquals(Optional.empty(), Ec2ResponseParser.requestIdOf(root));
    }

    @Test
    void parseReturnsTheRootForA2xxStatus() {
        XmlElement root = Ec2ResponseParser.parse(Fixtures.bytes("detach-success-2016-11-15.xml"), 200, HEADER_ID, OP);

        assertEquals("DetachNetworkInterfaceResponse", root.name());
    }

    // ---- error bodies

    @Test
    void ec2ErrorWithOneErrorGivesCodeMessageAndBodyRequestId() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.bytes("ec2-error-one.xml"), 400, HEADER_ID, OP);

        assertEquals(400, e.statusCode());
        assertEquals("InvalidAttachmentID.NotFound", e.errorCode());
        assertEquals("The attachment ID 'eni-attach-0123456789abcdef0' does not exist", e.errorMessage());
        assertEquals("2c9d6a7e-4b1f-4c3e-9a8d-7e6f5a4bEXAMPLE", e.requestId().orElseThrow());
        assertEquals(OP, e.operation().orElseThrow());
        assertTrue(e.getMessage()
                .startsWith("An error occurred (InvalidAttachmentID.NotFound) when calling the "
                        + "DetachNetworkInterface operation"));
    }

    @Test
    void ec2ErrorWithTwoErrorsKeepsBothInOrder() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.bytes("ec2-error-two.xml"), 400, null, OP);

        assertEquals(
                List.of(
                        new Ec2Error("MissingParameter", "The request must contain the parameter AttachmentId"),
                        new Ec2Error(
                                "InvalidParameterValue",
                                "Value (yes) for parameter Force is invalid. Expected: 'true' or 'false' & nothing else.")),
                e.errors());
        assertEquals("7a62c49f-347e-4fc4-9331-6e8eEXAMPLE", e.requestId().orElseThrow());
    }

    @Test
    void genericErrorResponseWithCdataMessageIsRead() {
        Ec2ServiceException e =
                Ec2ResponseParser.parseError(Fixtures.bytes("generic-error-cdata.xml"), 403, null, "AssumeRole");

        assertEquals("AccessDenied", e.errorCode());
        assertEquals(
                "User: arn:aws:iam::123456789012:user/example is not authorized to perform: sts:AssumeRole on "
                        + "resource: <arn:aws:iam::123456789012:role/demo> & more",
                e.errorMessage());
        assertEquals("c6104cbe-af31-11e0-8154-cbc7ccf896c7", e.requestId().orElseThrow());
    }

    @Test
    void unauthorizedOperationKeepsTheEncodedMessageIntact() {
        String expected = Fixtures.text("unauthorized-operation.message.txt").strip();

        Ec2ServiceException e =
                Ec2ResponseParser.parseError(Fixtures.bytes("unauthorized-operation.xml"), 403, null, OP);

        assertEquals("UnauthorizedOperation", e.errorCode());
        assertEquals(expected, e.errorMessage());
        assertTrue(e.errorMessage().length() > 1500);
    }

    /** Every character a message must not carry: C0, DEL, C1, bidi overrides and isolates. */
    static boolean hasUnsafeCharacter(String text) {
        return text.chars()
                .anyMatch(c -> c < 0x20
                        || (c >= 0x7f && c <= 0x9f)
                        || (c >= 0x202a && c <= 0x202e)
                        || (c >= 0x2066 && c <= 0x2069));
    }

    @Test
    void hostileErrorTextIsMadePrintableAndBoundedInAll() {
        StringBuilder body = new StringBuilder("<Response><Errors>");
        for (int i = 0; i < 200; i++) {
            body.append("<Error><Code>Evil\u202ECode\u0085")
                    .append("C".repeat(5000))
                    .append("</Code>")
                    .append("<Message>line one&#13;&#10;forged line \u009b31m\u2066")
                    .append("m".repeat(20_000))
                    .append("</Message></Error>");
        }
        body.append("</Errors><RequestID>id\u202E").append("9".repeat(10_000)).append("</RequestID></Response>");

        Ec2ServiceException e = Ec2ResponseParser.parseError(
                body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, null, OP);

        assertTrue(
                e.getMessage().length() < 7 * 1024,
                "message length " + e.getMessage().length());
        assertFalse(hasUnsafeCharacter(e.getMessage()), e.getMessage());
        assertTrue(e.errors().size() <= 5, "errors kept: " + e.errors().size());
        int allText = e.requestId().orElseThrow().length();
        for (Ec2Error error : e.errors()) {
            assertFalse(hasUnsafeCharacter(error.code() + error.message()));
            allText += error.code().length() + error.message().length();
        }
        assertTrue(allText < 6 * 1024, "error text kept: " + allText);
        assertTrue(
                e.errorCode().startsWith("Evil?Code? CCC") || e.errorCode().startsWith("Evil?Code?CCC"), e.errorCode());
        assertTrue(e.errorMessage().startsWith("line one forged line ?31m?mmm"), e.errorMessage());
    }

    @Test
    void aHostileRequestIdHeaderIsMadePrintableAndBounded() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(
                "<Response><Errors><Error><Code>X</Code></Error></Errors></Response>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                400,
                "id\u202E\u0085" + "7".repeat(5000),
                OP);

        String id = e.requestId().orElseThrow();
        assertTrue(id.startsWith("id??777"), id);
        assertTrue(id.length() <= 129, "length " + id.length());
    }

    @Test
    void dryRunOperationIsAServiceExceptionWithStatus412ForTheFacadeToInterpret() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.bytes("dry-run-operation.xml"), 412, null, OP);

        assertEquals(412, e.statusCode());
        assertTrue(e.isErrorCode("DryRunOperation"));
        assertEquals("Request would have succeeded, but DryRun flag is set.", e.errorMessage());
    }

    @Test
    void parseThrowsTheServiceExceptionForAnErrorStatus() {
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> Ec2ResponseParser.parse(Fixtures.bytes("ec2-error-one.xml"), 400, HEADER_ID, OP));

        assertEquals("InvalidAttachmentID.NotFound", e.errorCode());
    }

    @Test
    void headerRequestIdIsUsedOnlyWhenTheBodyHasNone() {
        byte[] body = Fixtures.utf8(
                "<Response><Errors><Error><Code>Blocked</Code><Message>m</Message></Error></Errors></Response>");

        assertEquals(
                HEADER_ID,
                Ec2ResponseParser.parseError(body, 400, HEADER_ID, OP)
                        .requestId()
                        .orElseThrow());
        assertEquals(
                Optional.empty(),
                Ec2ResponseParser.parseError(body, 400, "  ", OP).requestId());
        assertEquals(
                Optional.empty(),
                Ec2ResponseParser.parseError(body, 400, null, OP).requestId());
    }

    @Test
    void errorsWrapperAndBareErrorRootVariationsAreAccepted() {
        String[] bodies = {
            "<ErrorResponse><Errors><Error><Code>C</Code><Message>m</Message></Error></Errors><RequestId>r</RequestId></ErrorResponse>",
            "<Errors><Error><Code>C</Code><Message>m</Message></Error><RequestId>r</RequestId></Errors>",
            "<Error><Code>C</Code><Message>m</Message><RequestId>r</RequestId></Error>",
            "<ErrorResponse><Error><Code>C</Code><Message>m</Message></Error><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ErrorResponse>",
        };
        for (String body : bodies) {
            Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.utf8(body), 400, HEADER_ID, OP);

            assertEquals(List.of(new Ec2Error("C", "m")), e.errors(), body);
            assertEquals("r", e.requestId().orElseThrow(), body);
        }
    }

    @Test
    void errorWithoutAMessageHasAnEmptyMessage() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(
                Fixtures.utf8("<Response><Errors><Error><Code>C</Code></Error></Errors></Response>"), 400, null, OP);

        assertEquals("", e.errorMessage());
    }

    @Test
    void errorsWithoutACodeAreSkippedWhenOthersHaveOne() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(
                Fixtures.utf8(
                        "<Response><Errors><Error><Message>none</Message></Error><Error><Code>C</Code></Error></Errors></Response>"),
                400,
                null,
                OP);

        assertEquals(List.of(new Ec2Error("C", "")), e.errors());
    }

    // ---- the rule for unusable bodies

    @Test
    void anErrorStatusWithAnHtmlPageGivesASyntheticCodeNamingTheStatus() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.bytes("proxy-503.html"), 503, HEADER_ID, OP);

        assertEquals(503, e.statusCode());
        assertEquals("Http503", e.errorCode());
        assertEquals(HEADER_ID, e.requestId().orElseThrow());
        assertTrue(e.errorMessage().contains("HTTP 503"), e.errorMessage());
        assertTrue(e.errorMessage().contains("<title>503 Service Unavailable</title>"), e.errorMessage());
        assertInstanceOf(MalformedXmlException.class, e.getCause());
    }

    @Test
    void anErrorStatusWithAnEmptyBodyGivesASyntheticCode() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(new byte[0], 500, null, OP);

        assertEquals("Http500", e.errorCode());
        assertTrue(e.errorMessage().contains("(empty body)"), e.errorMessage());
        assertEquals(
                "Http502", Ec2ResponseParser.parseError(null, 502, null, OP).errorCode());
    }

    @Test
    void anErrorBodyWithoutACodeGivesASyntheticCode() {
        Ec2ServiceException e = Ec2ResponseParser.parseError(
                Fixtures.utf8("<Response><Errors><Error><Message>no code</Message></Error></Errors></Response>"),
                400,
                null,
                OP);

        assertEquals("Http400", e.errorCode());
        assertTrue(e.errorMessage().contains("no error code"), e.errorMessage());
    }

    @Test
    void anErrorStatusWithAnUnknownRootGivesASyntheticCode() {
        Ec2ServiceException e =
                Ec2ResponseParser.parseError(Fixtures.utf8("<Unexpected><Code>X</Code></Unexpected>"), 400, null, OP);

        assertEquals("Http400", e.errorCode());
        assertTrue(e.errorMessage().contains("<Unexpected>"), e.errorMessage());
    }

    @Test
    void anErrorStatusWithAHostileBodyGivesASyntheticCodeAndNoFileContent() {
        byte[] body = Fixtures.utf8(
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Response><Errors><Error><Code>&x;</Code></Error></Errors></Response>");

        Ec2ServiceException e = Ec2ResponseParser.parseError(body, 400, null, OP);

        assertEquals("Http400", e.errorCode());
        assertTrue(e.errorMessage().contains("DOCTYPE is not allowed"), e.errorMessage());
        assertFalse(e.getMessage().contains("root:"));
    }

    @Test
    void aSuccessStatusWithAnUnreadableBodyGivesAClientExceptionWithTheStatus() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class, () -> Ec2ResponseParser.parseSuccess(Fixtures.bytes("proxy-503.html"), 200));

        assertEquals(OptionalInt.of(200), e.statusCode());
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE is not allowed"), e.getMessage());
        assertInstanceOf(MalformedXmlException.class, e.getCause());
    }

    @Test
    void aSuccessStatusWithAnEmptyOrTruncatedBodyGivesAClientException() {
        String whole = Fixtures.text("detach-success-2016-11-15.xml");

        assertThrows(Ec2ClientException.class, () -> Ec2ResponseParser.parseSuccess(new byte[0], 200));
        assertThrows(
                Ec2ClientException.class,
                () -> Ec2ResponseParser.parseSuccess(Fixtures.utf8(whole.substring(0, whole.length() - 20)), 200));
    }

    @Test
    void aSuccessStatusWithAnUnknownRootGivesAClientException() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> Ec2ResponseParser.parseSuccess(Fixtures.utf8("<html><body>hi</body></html>"), 200));

        assertTrue(e.getMessage().contains("unexpected root element <html>"), e.getMessage());
    }

    @Test
    void anErrorDocumentWithASuccessStatusIsThrownAsTheServiceError() {
        Ec2ServiceException e = assertThrows(
                Ec2ServiceException.class,
                () -> Ec2ResponseParser.parse(Fixtures.bytes("ec2-error-one.xml"), 200, HEADER_ID, OP));

        assertEquals("InvalidAttachmentID.NotFound", e.errorCode());
        assertEquals(200, e.statusCode());
        assertEquals(OP, e.operation().orElseThrow());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutParsing() {
        byte[] huge = new byte[Ec2ResponseParser.MAX_BODY_BYTES + 1];
        byte[] start = Fixtures.utf8("<Response><Errors><Error><Code>C</Code></Error></Errors></Response>");
        System.arraycopy(start, 0, huge, 0, start.length);

        Ec2ServiceException error = Ec2ResponseParser.parseError(huge, 500, null, OP);
        Ec2ClientException client =
                assertThrows(Ec2ClientException.class, () -> Ec2ResponseParser.parseSuccess(huge, 200));

        assertEquals("Http500", error.errorCode());
        assertTrue(error.errorMessage().contains("larger than 8388608 bytes"), error.errorMessage());
        assertTrue(client.getMessage().contains("larger than 8388608 bytes"), client.getMessage());
    }

    @Test
    void unusableBodyMessagesCarryAShortSanitisedSnippet() {
        String body = "<html>\r\n\t<p>line one\u0007\u001b[31m\u202E</p>" + "z".repeat(5000) + "</html>";

        Ec2ServiceException e = Ec2ResponseParser.parseError(Fixtures.utf8(body), 502, null, OP);

        String message = e.errorMessage();
        assertTrue(message.contains("<html> <p>line one??[31m?</p>zzz"), message);
        assertFalse(message.chars().anyMatch(Character::isISOControl), message);
        assertTrue(message.length() < 500, "message length " + message.length());
    }

    @Test
    void snippetsOfUnreadableStsAnswersNeverShowCredentials() {
        String compact = "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAIOSFODNN7EXAMPLE"
                + "</AccessKeyId><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>"
                + "<SessionToken>AQoDYXdzEPT//////////wEXAMPLE</SessionToken><Expir";
        String[] bodies = {compact, compact.substring(0, compact.indexOf("EXAMPLEKEY"))};
        for (String body : bodies) {
            Ec2ClientException e = assertThrows(
                    Ec2ClientException.class, () -> Ec2ResponseParser.parseSuccess(Fixtures.utf8(body), 200));

            assertFalse(e.getMessage().contains("wJalrXUtnFEMI"), e.getMessage());
            assertFalse(e.getMessage().contains("AQoDYXdzEPT"), e.getMessage());
            assertTrue(e.getMessage().contains("<SecretAccessKey>[redacted]"), e.getMessage());
        }
    }

    @Test
    void parserExceptionsNeverReachCallersUnwrapped() {
        byte[][] bodies = {
            new byte[0],
            Fixtures.bytes("billion-laughs.xml"),
            Fixtures.utf8("<r>&x;</r>"),
            {(byte) 0xFF, (byte) 0xFE, 0, 1},
        };
        for (byte[] body : bodies) {
            RuntimeException thrown =
                    assertThrows(RuntimeException.class, () -> Ec2ResponseParser.parse(body, 200, null, OP));
            assertInstanceOf(Ec2ClientException.class, thrown);
            Ec2ServiceException error = Ec2ResponseParser.parseError(body, 400, null, OP);
            assertEquals("Http400", error.errorCode());
        }
    }
}
