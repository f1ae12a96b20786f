package dev.ec2lite.xml.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import dev.ec2lite.xml.XmlElement;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a bounded byte array into an {@link XmlElement} tree through Jackson XML's streaming {@link
 * FromXmlParser}, refusing anything an answer from AWS never contains: a DOCTYPE (and so every entity
 * trick), external resources, absurd depth or size. It never opens a file or a connection.
 *
 * <p>Jackson reads from a StAX parser; that parser is the JDK's own implementation, asked for by name
 * ({@link XMLInputFactory#newDefaultFactory()}), never one found on the class path: it needs no jar,
 * loads faster than Woodstox on a cold start (measured: about 40 ms of CPU and 20 classes less), and
 * its behaviour does not change with what else an application brings. The limits are enforced on
 * every StAX event ({@link GuardedStreamReader}) before Jackson sees it, and the depth and attribute
 * limits again as the JDK's own properties. The token stream, not {@code readTree}, because the tree
 * must keep repeated elements apart ({@link XmlTreeReader}).
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

    /**
     * Thread-safe and shared. Parsers are made over readers created here, so its input factory is only
     * a safe default; both factories are named so that building it looks nothing up on the class path.
     */
    private static final XmlFactory JACKSON = XmlFactory.builder()
            .xmlInputFactory(newFactory())
            .xmlOutputFactory(XMLOutputFactory.newDefaultFactory())
            // xsi:nil stays an attribute like any other, instead of turning an element into null.
            .disable(FromXmlParser.Feature.PROCESS_XSI_NIL)
            .build();

    private SafeXml() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // The JDK parser reads external DTDs and entities unless told not to; every door is shut here,
        // and GuardedStreamReader refuses a DOCTYPE outright besides.
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
        GuardedStreamReader guarded = null;
        try {
            String text = XmlText.decode(body);
            if (XmlText.prologHasDoctype(text)) {
                // Rejected before parsing: AWS never sends one, and it is where every entity attack lives.
                throw new MalformedXmlException("DOCTYPE is not allowed");
            }
            reader = FACTORY.get().createXMLStreamReader(new StringReader(text));
            guarded = new GuardedStreamReader(reader);
            return readDocument(guarded);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // Jackson reports parser errors as its own IOExceptions and some limits unchecked; callers see
            // neither raw.
            throw failure(guarded, e);
        } finally {
            close(reader);
        }
    }

    private static XmlElement readDocument(GuardedStreamReader guarded)
            throws IOException, XMLStreamException, MalformedXmlException {
        // Not try-with-resources: closing the parser closes the reader, which close() above does anyway.
        FromXmlParser parser = JACKSON.createParser(guarded);
        XmlElement root = XmlTreeReader.read(parser, guarded.rootName());
        guarded.readToEnd();
        return root;
    }

    private static MalformedXmlException failure(GuardedStreamReader guarded, Exception e) {
        if (guarded != null && guarded.refusal() != null) {
            return new MalformedXmlException(guarded.refusal(), e);
        }
        XMLStreamException parserError = streamCause(e);
        if (parserError != null) {
            // The StAX parser's own words ("ParseError at [row,col]…"), not Jackson's wrapping of them.
            return new MalformedXmlException(
                    "not well-formed XML: " + BodySnippet.sanitize(parserError.getMessage(), 160), e);
        }
        if (e instanceof JsonProcessingException jackson) {
            return new MalformedXmlException(
                    "not well-formed XML: " + BodySnippet.sanitize(jackson.getOriginalMessage(), 160), e);
        }
        return new MalformedXmlException("unreadable XML: " + BodySnippet.sanitize(e.getMessage(), 160), e);
    }

    private static XMLStreamException streamCause(Throwable e) {
        Throwable cause = e;
        for (int i = 0; i < 8 && cause != null; i++) {
            if (cause instanceof XMLStreamException parserError) {
                return parserError;
            }
            cause = cause.getCause();
        }
        return null;
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
}
