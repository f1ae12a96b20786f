package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class XmlWriterTest {
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Test
    void markupCharactersAreEscaped() {
        String xml = new XmlWriter().element("Message", "a<b>&\"c'").finish();

        assertEquals(PROLOG + "<Message>a&lt;b&gt;&amp;&quot;c&apos;</Message>", xml);
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        String xml = new XmlWriter()
                .element("m", "a\u0000b\u001Fc\uD800d\tok\uD83D\uDE00")
                .finish();

        assertEquals(PROLOG + "<m>a\uFFFDb\uFFFDc\uFFFDd\tok\uD83D\uDE00</m>", xml);
    }

    @Test
    void elementsNestAndCloseInOrder() {
        String xml = new XmlWriter()
                .start("Root", "urn:x")
                .start("set")
                .empty("none")
                .end()
                .end()
                .finish();

        assertEquals(PROLOG + "<Root xmlns=\"urn:x\"><set><none/></set></Root>", xml);
    }

    @Test
    void unclosedElementIsABug() {
        assertThrows(
                IllegalStateException.class, () -> new XmlWriter().start("open").finish());
    }
}
