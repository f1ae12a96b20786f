package dev.ec2lite.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a parsed XML answer: its local name (no namespace prefix), its own text, its
 * attributes and its child elements in document order. Immutable.
 *
 * <p>Repeated elements keep their order and stay separate ({@code <item>} twice is two children), which
 * is why we build this tree ourselves instead of using Jackson's {@code readTree}: that turns one
 * {@code <Error>} into an object and two into an array.
 */
public final class XmlElement {
    private final String name;
    private final String text;
    private final Map<String, String> attributes;
    private final List<XmlElement> children;

    private XmlElement(String name, String text, Map<String, String> attributes, List<XmlElement> children) {
        this.name = Objects.requireNonNull(name, "name == null");
        this.text = Objects.requireNonNull(text, "text == null");
        this.attributes = Map.copyOf(attributes);
        this.children = List.copyOf(children);
    }

    /**
     * An element with its trimmed text, attributes and children (copied): how the reader builds the
     * tree, and how a test can build an answer.
     */
    public static XmlElement of(String name, String text, Map<String, String> attributes, List<XmlElement> children) {
        return new XmlElement(name, text, attributes, children);
    }

    /** The local name, without namespace prefix: {@code requestId}, {@code Error}. */
    public String name() {
        return name;
    }

    /**
     * The element's own text and CDATA, concatenated and trimmed; empty when there is none. Text of
     * child elements is not included.
     */
    public String text() {
        return text;
    }

    /** The value of the attribute with this local name, if present. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** All child elements in document order; unmodifiable. */
    public List<XmlElement> children() {
        return children;
    }

    /** The first child element named {@code name}. */
    public Optional<XmlElement> child(String name) {
        for (XmlElement child : children) {
            if (child.name.equals(name)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every child element named {@code name}, in document order; unmodifiable, maybe empty. */
    public List<XmlElement> children(String name) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(name)) {
                found.add(child);
            }
        }
        return List.copyOf(found);
    }

    /** The text of the first child named {@code name}; present (maybe empty) when that child exists. */
    public Optional<String> childText(String name) {
        return child(name).map(XmlElement::text);
    }

    /**
     * Walks down by first matching child for each name: {@code find("ResponseMetadata", "RequestId")}.
     * No names finds this element itself.
     */
    public Optional<XmlElement> find(String... path) {
        XmlElement current = this;
        for (String step : path) {
            Optional<XmlElement> next = current.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * Name and sizes only. The text itself is left out on purpose: some answers carry secrets (STS
     * returns {@code SecretAccessKey} and {@code SessionToken}), and elements end up in logs.
     */
    @Override
    public String toString() {
        return "<" + name + "> (" + text.length() + " chars of text, " + children.size() + " children)";
    }
}
