package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;

/** Lower-case hex, the form SigV4 uses for hashes and signatures. */
final class Hex {
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private Hex() {}

    static String encode(byte[] bytes) {
        // Bytes, not chars: the String keeps Latin-1 bytes, so a char[] would only be compressed again.
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }
}
