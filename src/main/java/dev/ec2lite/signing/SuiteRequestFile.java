package dev.ec2lite.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads and writes requests in the format of AWS's published SigV4 test suite ({@code request.txt},
 * {@code *-signed-request.txt}): a request line {@code METHOD <target> HTTP/1.1}, {@code Name:value}
 * header lines (a line starting with white space continues the previous value), an empty line, and
 * the body bytes.
 *
 * <p>The request target is taken literally, spaces and raw UTF-8 included, since the suite's
 * requests are not valid HTTP on the wire.
 */
public final class SuiteRequestFile {
    private static final String HTTP_VERSION = " HTTP/1.1";

    private SuiteRequestFile() {}

    /**
     * Parses a request file.
     *
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static SignableRequest parse(byte[] file) {
        int headEnd = indexOf(file, new byte[] {'\n', '\n'});
        byte[] body = headEnd < 0 ? new byte[0] : Arrays.copyOfRange(file, headEnd + 2, file.length);
        String head = new String(file, 0, headEnd < 0 ? file.length : headEnd + 1, StandardCharsets.UTF_8);
        String[] lines = head.split("\n", -1);

        String requestLine = lines[0];
        int firstSpace = requestLine.indexOf(' ');
        if (requestLine.isBlank()
                || firstSpace <= 0
                || !requestLine.endsWith(HTTP_VERSION)
                || requestLine.length() - HTTP_VERSION.length() <= firstSpace) {
            throw new IllegalArgumentException(
                    "line 1: expected 'METHOD <target> HTTP/1.1', found '" + printable(requestLine) + "'");
        }
        String target = requestLine.substring(firstSpace + 1, requestLine.length() - HTTP_VERSION.length());
        int question = target.indexOf('?');
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(requestLine.substring(0, firstSpace))
                .path(question < 0 ? target : target.substring(0, question))
                .query(question < 0 ? null : target.substring(question + 1))
                .body(body);

        String name = null;
        StringBuilder value = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue; // only the final newline of the head leaves an empty piece
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (name == null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": continuation line before any header");
                }
                value.append('\n').append(line);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).chars().anyMatch(c -> c <= ' ' || c >= 127)) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": expected 'Name:value', found '" + printable(line) + "'");
            }
            if (name != null) {
                builder.addHeader(name, value.toString());
            }
            name = line.substring(0, colon);
            value = new StringBuilder(line.substring(colon + 1));
        }
        if (name != null) {
            builder.addHeader(name, value.toString());
        }
        return builder.build();
    }

    /** Writes {@code request} in the suite's format: request line, headers, empty line, body. */
    public static byte[] render(SignableRequest request) {
        StringBuilder head =
                new StringBuilder(256).append(request.method()).append(' ').append(request.path());
        if (request.query() != null) {
            head.append('?').append(request.query());
        }
        head.append(HTTP_VERSION).append('\n');
        for (Header header : request.headers()) {
            head.append(header.name()).append(':').append(header.value()).append('\n');
        }
        head.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + request.body().length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(request.body());
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** At most 80 characters, control characters shown as '?', for error messages. */
    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
