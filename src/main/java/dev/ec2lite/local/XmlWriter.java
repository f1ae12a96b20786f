package dev.ec2lite.local;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the small, flat XML documents EC2 answers with. Every text is escaped, and characters XML
 * 1.0 cannot carry at all are replaced by U+FFFD, so a caller-supplied id can never break the
 * document. Not thread-safe; one per answer.
 */
final class XmlWriter {
    private final StringBuilder out = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element with a default namespace: the root of a success answer. */
    XmlWriter start(String name, String namespace) {
        out.append('<').append(name).append(" xmlns=\"");
        escape(namespace);
        out.append("\">");
        open.push(name);
        return this;
    }

    XmlWriter start(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    /** {@code <name>text</name>}. */
    XmlWriter element(String name, String text) {
        out.append('<').append(name).append('>');
        escape(text);
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name/>}: how EC2 writes an empty set. */
    XmlWriter empty(String name) {
        out.append('<').append(name).append("/>");
        return this;
    }

    XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** The document; every element must have been closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (!Character.isSurrogate(c) && isXmlChar(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD'); // a lone surrogate or a control character XML cannot carry
                    }
                }
            }
        }
    }

    /** XML 1.0 section 2.2: tab, newline, carriage return and everything from U+0020 but U+FFFE/U+FFFF. */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
