package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An HTTP answer of the endpoint, with its XML body parsed for assertions. */
record Ec2Answer(int status, HttpHeaders headers, String body) {

    Document document() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    /** The text of every element named {@code name}, in document order. */
    List<String> texts(String name) {
        NodeList nodes = document().getElementsByTagNameNS("*", name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The text of the one element named {@code name}. */
    String text(String name) {
        List<String> texts = texts(name);
        assertEquals(1, texts.size(), () -> "exactly one <" + name + "> in " + body);
        return texts.get(0);
    }

    Element root() {
        return document().getDocumentElement();
    }

    /** Asserts an EC2 error answer and returns its message. */
    String assertError(int expectedStatus, String expectedCode) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        assertEquals("Response", root().getLocalName(), body);
        assertEquals(expectedCode, text("Code"), body);
        text("RequestID");
        return text("Message");
    }

    void assertOk() {
        assertEquals(200, status, () -> "status of " + body);
    }
}
