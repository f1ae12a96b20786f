package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding the encoding the way XML says, decoding strictly, and spotting a DOCTYPE before parsing. */
class XmlTextTest {
    @Test
    void asciiWithAUtf8DeclarationIsReadAsIs() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r>ok</r>";

        assertEquals(xml, XmlText.decode(xml.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf8WithoutADeclarationIsTheDefault() throws Exception {
        assertEquals(
                "<r>caf\u00e9 \uD83D\uDE00</r>",
                XmlText.decode("<r>caf\u00e9 \uD83D\uDE00</r>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aByteOrderMarkDecidesAndIsDropped() throws Exception {
        assertEquals("<r>\u00e9</r>", XmlText.decode("\uFEFF<r>\u00e9</r>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<r>\u00e9</r>", XmlText.decode("\uFEFF<r>\u00e9</r>".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("<r>\u00e9</r>", XmlText.decode("\uFEFF<r>\u00e9</r>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void theDeclaredEncodingIsUsedWithEitherQuoteAndSpacing() throws Exception {
        String single = "<?xml version='1.0' encoding = 'ISO-8859-1' ?><r>caf\u00e9</r>";

        assertEquals(single, XmlText.decode(single.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void malformedUtf8IsAnErrorNamingWhere() {
        byte[] body = {'<', 'r', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'r', '>'};

        MalformedXmlException e = assertThrows(MalformedXmlException.class, () -> XmlText.decode(body));

        assertEquals("not well-formed XML: invalid UTF-8 near byte 3", e.getMessage());
    }

    @Test
    void anUnknownEncodingIsNamedInTheError() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"x-no-such\"?><r/>".getBytes(StandardCharsets.US_ASCII);

        MalformedXmlException e = assertThrows(MalformedXmlException.class, () -> XmlText.decode(body));

        assertEquals("unsupported encoding 'X-NO-SUCH'", e.getMessage());
    }

    @Test
    void aDoctypeIsFoundAfterTheDeclarationCommentsAndInstructions() {
        assertTrue(XmlText.prologHasDoctype("<!DOCTYPE r><r/>"));
        assertTrue(XmlText.prologHasDoctype("<?xml version=\"1.0\"?>\n<!-- a -->\n<?pi x?>\n<!DOCTYPE r [<!ENTITY"));
        assertFalse(XmlText.prologHasDoctype("<r><![CDATA[<!DOCTYPE r>]]></r>"));
        assertFalse(XmlText.prologHasDoctype("<!-- <!DOCTYPE r> --><r/>"));
        assertFalse(XmlText.prologHasDoctype("<?xml version=\"1.0\"?><r/>"));
        assertFalse(XmlText.prologHasDoctype("<!-- never closed <!DOCTYPE r>"));
    }

    @Test
    void aDoctypeCutShortIsRefusedWithoutAWordOnTheConsole() {
        byte[] body = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n  <!ENTITY lol1 \"&lol;&l"
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            MalformedXmlException e = assertThrows(MalformedXmlException.class, () -> SafeXml.parse(body));

            assertEquals("DOCTYPE is not allowed", e.getMessage());
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }
}
