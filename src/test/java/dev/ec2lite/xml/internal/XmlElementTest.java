package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XmlElementTest {
    private static XmlElement parse(String xml) throws MalformedXmlException {
        return SafeXml.parse(Fixtures.utf8(xml));
    }

    @Test
    void repeatedElementsStaySeparateAndKeepTheirOrder() throws Exception {
        XmlElement root = parse("<set><item>b</item><other/><item>a</item><item>c</item></set>");

        List<String> texts =
                root.children("item").stream().map(XmlElement::text).collect(Collectors.toList());

        assertEquals(List.of("b", "a", "c"), texts);
        assertEquals(4, root.children().size());
        assertEquals("other", root.children().get(1).name());
    }

    @Test
    void namesLoseTheirNamespacePrefix() throws Exception {
        XmlElement root = parse("<ec2:R xmlns:ec2=\"urn:x\"><ec2:requestId>id</ec2:requestId></ec2:R>");

        assertEquals("R", root.name());
        assertEquals("id", root.childText("requestId").orElseThrow());
    }

    @Test
    void textJoinsCharactersAndCdataAndIsTrimmed() throws Exception {
        XmlElement root = parse("<m>\n  one <![CDATA[<two> & ]]>three &amp; &#x41;\n</m>");

        assertEquals("one <two> & three & A", root.text());
    }

    @Test
    void textOfChildrenIsNotPartOfTheParentText() throws Exception {
        XmlElement root = parse("<a>x<b>inner</b>y</a>");

        assertEquals("xy", root.text());
        assertEquals("inner", root.childText("b").orElseThrow());
    }

    @Test
    void findWalksDownByFirstMatchingChild() throws Exception {
        XmlElement root = parse("<r><m><id>1</id></m><m><id>2</id></m></r>");

        assertEquals("1", root.find("m", "id").orElseThrow().text());
        assertTrue(root.find("m", "missing").isEmpty());
        assertSame(root, root.find().orElseThrow(), "no path finds the element itself");
    }

    @Test
    void childTextIsPresentAndEmptyForAnEmptyChild() throws Exception {
        XmlElement root = parse("<r><Message/></r>");

        assertEquals("", root.childText("Message").orElseThrow());
        assertTrue(root.childText("Code").isEmpty());
    }

    @Test
    void attributesAreReadByLocalName() throws Exception {
        XmlElement root = parse("<r xmlns:xsi=\"urn:xsi\" xsi:nil=\"true\" plain=\"v\"/>");

        assertEquals("true", root.attribute("nil").orElseThrow());
        assertEquals("v", root.attribute("plain").orElseThrow());
        assertTrue(root.attribute("absent").isEmpty());
    }

    @Test
    void childrenListsCannotBeModified() throws Exception {
        XmlElement root = parse("<r><a/></r>");

        assertThrows(UnsupportedOperationException.class, () -> root.children().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> root.children("a").clear());
    }

    @Test
    void toStringIsShortAndNeverShowsText() throws Exception {
        XmlElement secret = parse("<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>");

        String shown = secret.toString();

        assertFalse(shown.contains("wJalr"), shown);
        assertTrue(shown.contains("SecretAccessKey"), shown);
        assertTrue(shown.length() < 80, shown);
    }
}
