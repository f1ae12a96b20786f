package dev.ec2lite.xml.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns an XML body into text before the parser sees it, following the XML rules for finding the
 * encoding: a byte-order mark, else the declaration's {@code encoding}, else UTF-8. Decoding is strict:
 * a malformed byte sequence is an error, never a replacement character.
 *
 * <p>This is done here, not by the parser, because the JDK's parser prints to {@code System.err} when
 * it meets a malformed byte sequence, and a library must not write there. It also lets {@link
 * #prologHasDoctype} look for a DOCTYPE before the parser scans one.
 */
final class XmlText {
    /** How far into the body the XML declaration is looked for. */
    private static final int DECLARATION_LIMIT = 256;

    private XmlText() {}

    /** The body as text, without a byte-order mark. */
    static String decode(byte[] body) throws MalformedXmlException {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return decode(body, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return decode(body, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return decode(body, 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = declaredEncoding(body);
        if (isAsciiCompatible(charset) && isAscii(body)) {
            // The common case, and the cheapest: every byte means the same in all of them.
            return new String(body, StandardCharsets.ISO_8859_1);
        }
        return decode(body, 0, charset);
    }

    /**
     * Whether a document type declaration comes before the root element, after the XML declaration,
     * comments and processing instructions. The JDK's parser reads a whole DOCTYPE before it reports
     * one (and prints to {@code System.err} when one is cut short), so this is checked first.
     */
    static boolean prologHasDoctype(String text) {
        int at = 0;
        while (true) {
            at = skipSpaces(text, at);
            if (text.startsWith("<?", at)) {
                at = after(text, "?>", at + 2);
            } else if (text.startsWith("<!--", at)) {
                at = after(text, "-->", at + 4);
            } else {
                return text.startsWith("<!DOCTYPE", at);
            }
            if (at < 0) {
                return false; // cut short inside the prolog: the parser reports that
            }
        }
    }

    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    private static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * The {@code encoding} of an XML declaration at the start of the body, else UTF-8. Read as bytes
     * (ASCII): a body without a byte-order mark is in an ASCII-compatible encoding or is not XML.
     */
    private static Charset declaredEncoding(byte[] body) throws MalformedXmlException {
        if (!startsWith(body, '<', '?', 'x', 'm', 'l')) {
            return StandardCharsets.UTF_8;
        }
        int end = indexOf(body, "?>", 0, Math.min(body.length, DECLARATION_LIMIT));
        int at = indexOf(body, "encoding", 0, end);
        if (end < 0 || at < 0) {
            return StandardCharsets.UTF_8; // none declared, or a broken declaration the parser reports
        }
        at = skipSpaces(body, at + "encoding".length(), end);
        if (at >= end || body[at] != '=') {
            return StandardCharsets.UTF_8;
        }
        at = skipSpaces(body, at + 1, end);
        byte quote = at < end ? body[at] : 0;
        int close = quote == '"' || quote == '\'' ? indexOf(body, quote == '"' ? "\"" : "'", at + 1, end) : -1;
        if (close < 0) {
            return StandardCharsets.UTF_8;
        }
        return charset(new String(body, at + 1, close - at - 1, StandardCharsets.ISO_8859_1).trim());
    }

    /** Where ASCII {@code text} starts in {@code body} between {@code from} and {@code to}, or -1. */
    private static int indexOf(byte[] body, String text, int from, int to) {
        outer:
        for (int i = from; i <= to - text.length(); i++) {
            for (int j = 0; j < text.length(); j++) {
                if (body[i + j] != text.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int skipSpaces(byte[] body, int at, int end) {
        while (at < end && isXmlWhitespace((char) body[at])) {
            at++;
        }
        return at;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && isXmlWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static Charset charset(String name) throws MalformedXmlException {
        if (name.equalsIgnoreCase("UTF-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedXmlException(
                    "unsupported encoding '" + BodySnippet.sanitize(name, 40).toUpperCase(Locale.ROOT) + "'", e);
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8)
                || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1);
    }

    private static String decode(byte[] body, int start, Charset charset) throws MalformedXmlException {
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedXmlException(
                    "not well-formed XML: invalid " + charset.name() + " near byte " + bytes.position(), e);
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
