package dev.ec2lite.xml.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import dev.ec2lite.xml.XmlElement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link XmlElement} tree from Jackson XML's token stream. Each element arrives as a field
 * name followed by either a value (an element with text only) or an object (an element with children
 * or attributes); its own text inside an object is the field with the empty name, and attributes are
 * fields whose names carry {@link GuardedStreamReader#ATTRIBUTE_MARK}. Repeated names stay separate
 * fields in document order, which is why the stream is read here instead of through {@code readTree}.
 */
final class XmlTreeReader {
    private XmlTreeReader() {}

    /**
     * The root element, named {@code rootName} (Jackson does not report the root's name), read from a
     * parser positioned before its first token.
     */
    static XmlElement read(FromXmlParser parser, String rootName) throws IOException, MalformedXmlException {
        JsonToken first = parser.nextToken();
        if (first == null || rootName == null) {
            throw new MalformedXmlException("no root element");
        }
        return element(parser, rootName, first);
    }

    private static XmlElement element(FromXmlParser parser, String name, JsonToken token)
            throws IOException, MalformedXmlException {
        if (token == JsonToken.START_OBJECT) {
            return object(parser, name);
        }
        return XmlElement.of(name, scalar(parser, token).trim(), Map.of(), List.of());
    }

    private static XmlElement object(FromXmlParser parser, String name) throws IOException, MalformedXmlException {
        StringBuilder text = new StringBuilder();
        Map<String, String> attributes = new HashMap<>();
        List<XmlElement> children = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            if (token != JsonToken.FIELD_NAME) {
                throw new MalformedXmlException("unexpected token " + token + " in <" + name + ">");
            }
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.isEmpty()) {
                text.append(scalar(parser, value));
            } else if (field.startsWith(GuardedStreamReader.ATTRIBUTE_MARK)) {
                attributes.put(field.substring(GuardedStreamReader.ATTRIBUTE_MARK.length()), scalar(parser, value));
            } else {
                children.add(element(parser, field, value));
            }
        }
        return XmlElement.of(name, text.toString().trim(), attributes, children);
    }

    /** The text of a value token; an empty element may come as null. */
    private static String scalar(FromXmlParser parser, JsonToken token) throws IOException, MalformedXmlException {
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token == null || !token.isScalarValue()) {
            throw new MalformedXmlException("unexpected token " + token);
        }
        return parser.getText();
    }
}
