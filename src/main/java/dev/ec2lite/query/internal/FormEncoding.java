package dev.ec2lite.query.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} body of a Query call, encoded as the AWS CLI encodes
 * it: {@code A-Z a-z 0-9 - _ . ~} kept, space as {@code +}, every other UTF-8 byte as {@code %XX}
 * in upper case. Some EC2 emulators decode and re-encode the form before checking the signature;
 * this is the encoding they all reproduce, so the signature holds everywhere.
 */
public final class FormEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FormEncoding() {}

    /** {@code name=value&name=value…} in the given order. */
    public static String encode(List<Map.Entry<String, String>> parameters) {
        StringBuilder out = new StringBuilder(64 + parameters.size() * 32);
        for (Map.Entry<String, String> parameter : parameters) {
            if (out.length() > 0) {
                out.append('&');
            }
            appendEncoded(out, parameter.getKey());
            out.append('=');
            appendEncoded(out, parameter.getValue());
        }
        return out.toString();
    }

    /** One name or value. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendEncoded(out, text);
        return out.toString();
    }

    private static void appendEncoded(StringBuilder out, String text) {
        for (byte raw : text.getBytes(StandardCharsets.UTF_8)) {
            int b = raw & 0xFF;
            if ((b >= 'A' && b <= 'Z')
                    || (b >= 'a' && b <= 'z')
                    || (b >= '0' && b <= '9')
                    || b == '-'
                    || b == '_'
                    || b == '.'
                    || b == '~') {
                out.append((char) b);
            } else if (b == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
    }
}
