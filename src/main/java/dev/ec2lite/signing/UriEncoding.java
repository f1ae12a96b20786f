package dev.ec2lite.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding SigV4 uses: every byte except the unreserved {@code A-Z a-z 0-9 - _ . ~}
 * becomes {@code %XX} with upper-case hex (RFC 3986 section 2.3; AWS "URI-encode").
 */
public final class UriEncoding {
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {}

    /** Encodes every byte of the UTF-8 form of {@code text} except the unreserved ones. */
    public static String encode(String text) {
        return needsNoEncoding(text, false) ? text : encode(text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** As {@link #encode(String)}, but keeps {@code /}: the rule for a canonical path. */
    public static String encodePath(String path) {
        return needsNoEncoding(path, true) ? path : encode(path.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Most names, values and paths are plain ASCII that stays as it is: no bytes, no copy. */
    private static boolean needsNoEncoding(String text, boolean keepSlash) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isUnreserved(c) || (keepSlash && c == '/'))) {
                return false;
            }
        }
        return true;
    }

    static String encode(byte[] bytes, boolean keepSlash) {
        StringBuilder out = null;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean keep = isUnreserved(b) || (keepSlash && b == '/');
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                // Most values need no encoding at all; copy lazily from the first byte that does.
                out = new StringBuilder(bytes.length + 16);
                out.append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
            }
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX_UPPER[b >> 4]).append(HEX_UPPER[b & 0xF]);
            }
        }
        return out == null ? new String(bytes, StandardCharsets.US_ASCII) : out.toString();
    }

    static boolean isUnreserved(int b) {
        return (b >= 'A' && b <= 'Z')
                || (b >= 'a' && b <= 'z')
                || (b >= '0' && b <= '9')
                || b == '-'
                || b == '_'
                || b == '.'
                || b == '~';
    }

    /**
     * Decodes {@code %XX} escapes to bytes; anything else (including {@code +} and a stray {@code %})
     * is kept as its UTF-8 bytes. Query parameters are decoded this way before being encoded again,
     * so an already-encoded value is not encoded twice.
     */
    static byte[] percentDecode(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        if (text.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length ? hexValue(raw[i + 1]) : -1;
            int lo = i + 2 < raw.length ? hexValue(raw[i + 2]) : -1;
            if (raw[i] == '%' && hi >= 0 && lo >= 0) {
                out.write((hi << 4) | lo);
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
