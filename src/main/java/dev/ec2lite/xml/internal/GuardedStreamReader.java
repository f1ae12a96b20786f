package dev.ec2lite.xml.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The StAX reader Jackson reads from, with this package's limits enforced on every event as the
 * underlying parser produces it, before Jackson buffers anything: no DOCTYPE or entity reference, at
 * most {@link SafeXml#MAX_DEPTH} levels, {@link SafeXml#MAX_ELEMENTS} elements, {@link
 * SafeXml#MAX_ATTRIBUTES} attributes of at most {@link SafeXml#MAX_ATTRIBUTE_CHARS} chars per element,
 * and {@link SafeXml#MAX_TEXT_CHARS} chars of text per element.
 *
 * <p>Jackson's token stream reports an attribute exactly like a child element (a field name and a
 * value), so attribute names are handed to it with {@link #ATTRIBUTE_MARK} in front: {@code @} cannot
 * start an XML name, so the tree builder tells the two apart without guessing.
 *
 * <p>A refused event throws an {@link XMLStreamException}, which Jackson wraps in its own exception;
 * the reason is kept here ({@link #refusal()}) so that the caller reports ours, not the wrapper's.
 */
final class GuardedStreamReader extends StreamReaderDelegate {
    static final String ATTRIBUTE_MARK = "@";

    /** Text chars read so far by the element open at each depth; index 0 is outside the root. */
    private final int[] textChars = new int[SafeXml.MAX_DEPTH + 1];

    /** The local name of the element open at each depth, for messages. */
    private final String[] names = new String[SafeXml.MAX_DEPTH + 1];

    private int depth;
    private int elements;
    private boolean rootClosed;
    private String rootName;
    private String refusal;

    GuardedStreamReader(XMLStreamReader reader) {
        super(reader);
    }

    /** The local name of the root element, once its start tag has been read; else null. */
    String rootName() {
        return rootName;
    }

    /** Why the document was refused, if one of the limits stopped it; else null. */
    String refusal() {
        return refusal;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        switch (event) {
            // Rejected, not skipped: AWS never sends one, and it is where every entity attack lives.
            case XMLStreamConstants.DTD -> throw refuse("DOCTYPE is not allowed");
            case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                throw refuse("entity references are not allowed");
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                rootClosed = depth == 0;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> countText();
            default -> {
                // Comments, processing instructions, the end of the document: nothing to count.
            }
        }
        return event;
    }

    /**
     * Reads what follows the root element to the end of the document, which Jackson does not: a second
     * root or text after it must still be an error, not ignored.
     */
    void readToEnd() throws XMLStreamException {
        while (hasNext()) {
            next();
        }
    }

    @Override
    public String getAttributeLocalName(int index) {
        return ATTRIBUTE_MARK + super.getAttributeLocalName(index);
    }

    private void startElement() throws XMLStreamException {
        if (rootClosed) {
            throw refuse("more than one root element");
        }
        if (++elements > SafeXml.MAX_ELEMENTS) {
            throw refuse("more than " + SafeXml.MAX_ELEMENTS + " elements");
        }
        if (depth >= SafeXml.MAX_DEPTH) {
            throw refuse("elements nested deeper than " + SafeXml.MAX_DEPTH);
        }
        if (depth == 0) {
            rootName = getLocalName();
        }
        checkAttributes();
        depth++;
        textChars[depth] = 0;
        names[depth] = getLocalName();
    }

    private void checkAttributes() throws XMLStreamException {
        int count = getAttributeCount();
        if (count > SafeXml.MAX_ATTRIBUTES) {
            throw refuse("more than " + SafeXml.MAX_ATTRIBUTES + " attributes on one element");
        }
        for (int i = 0; i < count; i++) {
            if (getAttributeValue(i).length() > SafeXml.MAX_ATTRIBUTE_CHARS) {
                throw refuse("attribute value longer than " + SafeXml.MAX_ATTRIBUTE_CHARS + " chars");
            }
        }
    }

    private void countText() throws XMLStreamException {
        if (depth == 0) {
            if (rootClosed && !isWhiteSpace()) {
                throw refuse("text after the root element");
            }
            return;
        }
        textChars[depth] += getTextLength();
        if (textChars[depth] > SafeXml.MAX_TEXT_CHARS) {
            throw refuse("text of <" + names[depth] + "> longer than " + SafeXml.MAX_TEXT_CHARS + " chars");
        }
    }

    private XMLStreamException refuse(String reason) {
        refusal = reason;
        return new XMLStreamException(reason);
    }
}
