package dev.ec2lite.xml.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A short, printable, secret-free excerpt of a body for exception messages: enough to recognise a
 * proxy's HTML page or a truncated answer, never enough to flood a log or forge its lines. {@link
 * #sanitize} is the one cleaner for any outside text that reaches a message (service error codes
 * and messages, request ids, a credential process's stderr).
 */
public final class BodySnippet {
    /** Characters kept in a message; a log line stays readable and a large body costs nothing. */
    static final int MAX_CHARS = 200;

    /** Only this much of the body is decoded at all, whatever its size. */
    private static final int MAX_BYTES_DECODED = 1024;

    /** Values of these elements never reach a message: STS answers carry temporary credentials. */
    private static final Pattern SECRET_ELEMENT = Pattern.compile(
            "(<(?:[\\w.-]+:)?(?:SecretAccessKey|SessionToken|Token)\\b[^<>]*>).*?(?=</|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private BodySnippet() {}

    /** The start of {@code body} (decoded as UTF-8, malformed bytes replaced), or "(empty body)". */
    static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        String decoded = new String(body, 0, Math.min(body.length, MAX_BYTES_DECODED), StandardCharsets.UTF_8);
        String redacted = SECRET_ELEMENT.matcher(decoded).replaceAll("$1[redacted]");
        String snippet = sanitize(redacted, MAX_CHARS);
        return snippet.isEmpty() ? "(blank body)" : snippet;
    }

    /**
     * Collapses whitespace runs to one space, replaces control and formatting characters (including
     * bidi overrides and lone surrogates) with '?', and cuts to {@code maxChars} with an ellipsis.
     */
    public static String sanitize(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 1);
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                i++;
                continue;
            }
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int width = pair ? 2 : 1;
            if (out.length() + (pendingSpace ? 1 : 0) + width > maxChars) {
                return out.append('…').toString();
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (pair) {
                out.append(c).append(text.charAt(i + 1));
            } else {
                out.append(isUnsafe(c) ? '?' : c);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isUnsafe(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
