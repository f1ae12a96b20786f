package dev.ec2lite.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a bounded byte array into an {@link XmlElement} tree with StAX, refusing anything an answer
 * from AWS never contains: a DOCTYPE (and so every entity trick), external resources, absurd depth or
 * size. It never opens a file or a connection.
 *
 * <p>The parser is the JDK's own StAX implementation, asked for by name ({@link
 * XMLInputFactory#newDefaultFactory()}), never one found on the class path: it needs no jar, loads
 * faster than Woodstox on a cold start (measured: about 40 ms of CPU and 20 classes less), and its
 * behaviour does not change with what else an application brings. The limits are enforced while
 * building the tree, and the depth and attribute limits again as the JDK's own properties.
 */
final class SafeXml {
    /** EC2 answers nest about ten deep; 64 leaves room and stops stack and depth bombs. */
    static final int MAX_DEPTH = 64;

    /**
     * Longest text of one element, in chars. The longest real values are encoded authorization failure
     * messages (a few KiB) and user data (at most 16 KiB base64 for EC2); 1 Mi is far above both.
     */
    static final int MAX_TEXT_CHARS = 1 << 20;

    /** A DescribeInstances page of 1,000 instances has about 100,000 elements; this caps tree memory. */
    static final int MAX_ELEMENTS = 250_000;

    /** AWS puts at most a namespace and an xsi attribute on an element. */
    static final int MAX_ATTRIBUTES = 32;

    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;

    /**
     * One factory per thread, because each keeps and resets one reader ({@code reuse-instance}): a new
     * JDK reader allocates about 14 KB of buffers, a reused one 2.6 KB per parse. Factories and readers
     * are not thread-safe, so they are never shared.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // The JDK parser reads external DTDs and entities unless told not to; every door is shut here,
        // and readDocument refuses a DOCTYPE outright besides.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed");
        });
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        setIfSupported(factory, "jdk.xml.maxElementDepth", MAX_DEPTH);
        setIfSupported(factory, "jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES);
        setIfSupported(factory, "reuse-instance", true);
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
        if (factory.isPropertySupported(property)) {
            factory.setProperty(property, value);
        }
    }

    /** Parses a whole document; the caller has already bounded {@code body}. */
    static XmlElement parse(byte[] body) throws MalformedXmlException {
        if (body.length == 0) {
            throw new MalformedXmlException("empty body");
        }
        XMLStreamReader reader = null;
        try {
            String text = XmlText.decode(body);
            if (XmlText.prologHasDoctype(text)) {
                // Rejected before parsing: AWS never sends one, and it is where every entity attack lives.
                throw new MalformedXmlException("DOCTYPE is not allowed");
            }
            reader = FACTORY.get().createXMLStreamReader(new StringReader(text));
            return readDocument(reader);
        } catch (XMLStreamException e) {
            throw new MalformedXmlException("not well-formed XML: " + BodySnippet.sanitize(e.getMessage(), 160), e);
        } catch (RuntimeException e) {
            // StAX parsers report some failures unchecked (bad encodings, limits); callers never see them raw.
            throw new MalformedXmlException("unreadable XML: " + BodySnippet.sanitize(e.getMessage(), 160), e);
        } finally {
            close(reader);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException, MalformedXmlException {
        Deque<Partial> open = new ArrayDeque<>();
        XmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    // Rejected, not skipped: AWS never sends one, and it is where every entity attack lives.
                    throw new MalformedXmlException("DOCTYPE is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE:
                case XMLStreamConstants.ENTITY_DECLARATION:
                    throw new MalformedXmlException("entity references are not allowed");
                case XMLStreamConstants.START_ELEMENT:
                    if (root != null) {
                        throw new MalformedXmlException("more than one root element");
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw new MalformedXmlException("more than " + MAX_ELEMENTS + " elements");
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new MalformedXmlException("elements nested deeper than " + MAX_DEPTH);
                    }
                    open.push(Partial.start(reader));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!open.isEmpty()) {
                        open.peek().append(reader);
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                    break;
                default:
                    // Comments, processing instructions, the XML declaration: nothing to keep.
                    break;
            }
        }
        if (root == null) {
            throw new MalformedXmlException("no root element");
        }
        return root;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException | RuntimeException e) {
            // Nothing to release for an in-memory source; the parse outcome already stands. Closing is
            // still needed: it is what lets the factory reuse the reader.
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class Partial {
        private final String name;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        private Partial(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        static Partial start(XMLStreamReader reader) throws MalformedXmlException {
            int count = reader.getAttributeCount();
            if (count > MAX_ATTRIBUTES) {
                throw new MalformedXmlException("more than " + MAX_ATTRIBUTES + " attributes on one element");
            }
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < count; i++) {
                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            return new Partial(reader.getLocalName(), attributes);
        }

        void append(XMLStreamReader reader) throws MalformedXmlException {
            int length = reader.getTextLength();
            if (text.length() + length > MAX_TEXT_CHARS) {
                throw new MalformedXmlException("text of <" + name + "> longer than " + MAX_TEXT_CHARS + " chars");
            }
            text.append(reader.getTextCharacters(), reader.getTextStart(), length);
        }

        XmlElement build() {
            return new XmlElement(name, text.toString().trim(), attributes, children);
        }
    }
}
