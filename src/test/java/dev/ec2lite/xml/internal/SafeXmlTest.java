package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.xml.XmlElement;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader refuses, and proof that refusing never reads a file or opens a connection. */
class SafeXmlTest {
    private static final Duration QUICK = Duration.ofSeconds(5);

    private static MalformedXmlException rejected(byte[] body) {
        return assertTimeoutPreemptively(
                QUICK, () -> assertThrows(MalformedXmlException.class, () -> SafeXml.parse(body)));
    }

    private static MalformedXmlException rejected(String body) {
        return rejected(Fixtures.utf8(body));
    }

    /** Every message in the cause chain, to check nothing secret travelled through any of them. */
    private static String allMessages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    @Test
    void doctypeIsRejectedNotSkipped() {
        MalformedXmlException e = rejected(Fixtures.bytes("doctype-rejected.xml"));

        assertEquals("DOCTYPE is not allowed", e.getMessage());
    }

    @Test
    void doctypeWithoutInternalSubsetIsRejectedToo() {
        assertEquals(
                "DOCTYPE is not allowed",
                rejected("<!DOCTYPE Response><Response/>").getMessage());
    }

    @Test
    void billionLaughsIsRejectedBeforeAnyExpansion() {
        MalformedXmlException e = rejected(Fixtures.bytes("billion-laughs.xml"));

        assertEquals("DOCTYPE is not allowed", e.getMessage());
        assertFalse(allMessages(e).contains("lollol"));
    }

    @Test
    void externalEntityToALocalFileNeverReadsTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER", StandardCharsets.UTF_8);
        String body = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&x;</r>";

        MalformedXmlException e = rejected(body);

        assertEquals("DOCTYPE is not allowed", e.getMessage());
        assertFalse(allMessages(e).contains("TOP-SECRET-MARKER"));
    }

    @Test
    void externalEntityToEtcPasswdNeverShowsItsContent() {
        MalformedXmlException e = rejected(
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Response><Errors><Error><Code>&x;</Code></Error></Errors></Response>");

        assertFalse(allMessages(e).contains("root:"));
    }

    @Test
    void externalDtdAndEntityUrlsAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + listener.getLocalPort();
            rejected("<!DOCTYPE r SYSTEM \"" + base + "/x.dtd\"><r/>");
            rejected("<!DOCTYPE r PUBLIC \"-//x//y\" \"" + base + "/y.dtd\"><r/>");
            rejected("<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]><r/>");
            rejected("<!DOCTYPE r [<!ENTITY e SYSTEM \"" + base + "/e.xml\">]><r>&e;</r>");

            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "the parser connected to the URL");
        }
    }

    @Test
    void externalDtdOnAClosedPortFailsQuickly() {
        rejected("<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\"><r/>");
    }

    @Test
    void undeclaredEntityIsRejected() {
        MalformedXmlException e = rejected("<r>&x;</r>");

        assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesStillWork() throws Exception {
        XmlElement root = SafeXml.parse(Fixtures.utf8("<r>&lt;&gt;&amp;&quot;&apos;&#233;&#x1F600;</r>"));

        assertEquals("<>&\"'é\uD83D\uDE00", root.text());
    }

    @Test
    void tenThousandLevelsOfNestingAreRejectedAtTheDepthLimit() {
        String body = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        MalformedXmlException e = rejected(body);

        String message = e.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(message.contains("depth") || message.contains("deeper"), message);
    }

    @Test
    void nestingAtTheLimitIsAccepted() throws Exception {
        String body = "<a>".repeat(SafeXml.MAX_DEPTH) + "</a>".repeat(SafeXml.MAX_DEPTH);

        assertEquals("a", SafeXml.parse(Fixtures.utf8(body)).name());
    }

    @Test
    void hugeTextIsRejected() {
        String body = "<Message>" + "x".repeat(SafeXml.MAX_TEXT_CHARS + 10) + "</Message>";

        MalformedXmlException e = rejected(body);

        assertTrue(e.getMessage().length() < 300, "the message must not carry the text");
    }

    @Test
    void hugeTextSplitBetweenCdataAndCharactersIsRejected() {
        String half = "y".repeat(SafeXml.MAX_TEXT_CHARS / 2 + 10);
        rejected("<m>" + half + "<![CDATA[" + half + "]]></m>");
    }

    @Test
    void tooManyAttributesAreRejected() {
        StringBuilder body = new StringBuilder("<r");
        for (int i = 0; i <= SafeXml.MAX_ATTRIBUTES; i++) {
            body.append(" a").append(i).append("=\"v\"");
        }
        rejected(body.append("/>").toString());
    }

    @Test
    void tooManyElementsAreRejected() {
        rejected("<r>" + "<i/>".repeat(SafeXml.MAX_ELEMENTS + 1) + "</r>");
    }

    @Test
    void theElementLimitIsNamedInTheMessage() {
        MalformedXmlException e = rejected("<r>" + "<i/>".repeat(SafeXml.MAX_ELEMENTS) + "</r>");

        assertEquals("more than " + SafeXml.MAX_ELEMENTS + " elements", e.getMessage());
    }

    @Test
    void ownTextSplitAroundChildElementsCountsTowardsTheLimit() {
        String half = "z".repeat(SafeXml.MAX_TEXT_CHARS / 2 + 10);

        MalformedXmlException e = rejected("<m>" + half + "<c>short</c>" + half + "</m>");

        assertEquals("text of <m> longer than " + SafeXml.MAX_TEXT_CHARS + " chars", e.getMessage());
    }

    @Test
    void aHugeAttributeValueIsRejected() {
        MalformedXmlException e = rejected("<r a=\"" + "v".repeat(SafeXml.MAX_ATTRIBUTE_CHARS + 1) + "\"/>");

        assertEquals("attribute value longer than " + SafeXml.MAX_ATTRIBUTE_CHARS + " chars", e.getMessage());
    }

    @Test
    void anAttributeAndAChildElementOfTheSameNameStayApart() throws Exception {
        XmlElement root = SafeXml.parse(Fixtures.utf8("<r id=\"attr\"><id>child</id><id>again</id></r>"));

        assertEquals("attr", root.attribute("id").orElseThrow());
        assertEquals(2, root.children("id").size());
        assertEquals("child", root.childText("id").orElseThrow());
        assertTrue(root.attribute("@id").isEmpty(), "the mark used to tell attributes apart must not leak");
    }

    @Test
    void anXsiNilElementKeepsItsTextAndItsAttribute() throws Exception {
        XmlElement root = SafeXml.parse(Fixtures.utf8("<r xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<v xsi:nil=\"true\">kept</v><w xsi:nil=\"true\"/></r>"));

        XmlElement v = root.child("v").orElseThrow();
        assertEquals("kept", v.text());
        assertEquals("true", v.attribute("nil").orElseThrow());
        assertEquals("", root.childText("w").orElseThrow());
    }

    @Test
    void whitespaceBetweenChildElementsIsNotText() throws Exception {
        XmlElement root = SafeXml.parse(Fixtures.utf8("<r>\n  <a>1</a>\n  <a> 2 </a>\n  <b><c/></b>\n</r>"));

        assertEquals("", root.text());
        assertEquals(3, root.children().size());
        assertEquals("2", root.children("a").get(1).text());
        assertEquals("c", root.child("b").orElseThrow().children().get(0).name());
    }

    @Test
    void aTextOnlyRootKeepsItsNameAndText() throws Exception {
        XmlElement root = SafeXml.parse(Fixtures.utf8("<ns:Only xmlns:ns=\"urn:x\"> text </ns:Only>"));

        assertEquals("Only", root.name());
        assertEquals("text", root.text());
    }

    @Test
    void truncatedXmlIsRejected() {
        String whole = Fixtures.text("ec2-error-two.xml");

        rejected(whole.substring(0, whole.length() / 2));
    }

    @Test
    void emptyAndBlankBodiesAreRejected() {
        assertEquals("empty body", rejected(new byte[0]).getMessage());
        rejected(" \n\t ");
    }

    @Test
    void anHtmlPageIsRejected() {
        rejected(Fixtures.bytes("proxy-503.html"));
        rejected("<html><body><p>Bad gateway<br></body></html>");
    }

    @Test
    void binaryGarbageIsRejected() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        rejected(garbage);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] body = {'<', 'r', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'r', '>'};

        rejected(body);
    }

    @Test
    void aDeclaredLatin1BodyIsDecodedByItsDeclaration() throws Exception {
        byte[] body =
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><m>caf\u00e9</m>".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("café", SafeXml.parse(body).text());
    }

    @Test
    void aUtf16BodyWithByteOrderMarkIsRead() throws Exception {
        byte[] body = "\uFEFF<m>ok</m>".getBytes(StandardCharsets.UTF_16BE);

        assertEquals("ok", SafeXml.parse(body).text());
    }

    @Test
    void anUnknownDeclaredEncodingIsRejected() {
        rejected("<?xml version=\"1.0\" encoding=\"X-NO-SUCH-CHARSET\"?><m/>");
    }

    @Test
    void aSecondRootOrTrailingTextIsRejected() {
        rejected("<a/><b/>");
        rejected("<a/>trailing");
    }

    @Test
    void commentsAndProcessingInstructionsAreIgnored() throws Exception {
        XmlElement root =
                SafeXml.parse(Fixtures.utf8("<?xml version=\"1.0\"?><!-- c --><?pi x?><r><!-- c -->t</r><!-- end -->"));

        assertEquals("t", root.text());
        assertTrue(root.children().isEmpty());
    }
}
