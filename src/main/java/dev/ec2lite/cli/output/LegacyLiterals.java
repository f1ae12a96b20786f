package dev.ec2lite.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The AWS CLI's JMESPath (Python's) still reads a literal whose body is not JSON as a string:
 * {@code `in-use`} means {@code `"in-use"`}, and scripts rely on it. The library we use follows the
 * specification strictly, so such literals get their quotes here before compiling.
 */
final class LegacyLiterals {
    private static final JsonFactory JSON = new JsonFactory();

    private LegacyLiterals() {}

    static String quote(String expression) {
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(expression, i, c);
                out.append(expression, i, end);
                i = end;
            } else if (c == '`') {
                int end = closing(expression, i, '`');
                String body = expression.substring(i + 1, Math.max(i + 1, end - 1));
                boolean closed = end <= expression.length() && expression.charAt(end - 1) == '`' && end - 1 > i;
                if (closed && !isJson(body.replace("\\`", "`"))) {
                    out.append("`\"")
                            .append(body.replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\"`");
                } else {
                    out.append(expression, i, end);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the quote closing the one at {@code start} (or the end), skipping escapes. */
    private static int closing(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isJson(String body) {
        try (JsonParser parser = JSON.createParser(body.trim())) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
