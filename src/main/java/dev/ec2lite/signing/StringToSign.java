package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;

/**
 * Step 2 of SigV4: {@code AWS4-HMAC-SHA256 \n X-Amz-Date \n credential scope \n hex(SHA-256 of the
 * canonical request)}.
 */
final class StringToSign {
    /** The first line, encoded once: every signature writes it. */
    private static final byte[] ALGORITHM_LINE =
            (SigV4Constants.AWS4_HMAC_SHA256 + "\n").getBytes(StandardCharsets.US_ASCII);

    /** What follows the scope to the end: a newline and the hash of the canonical request in hex. */
    static final int AFTER_SCOPE = 1 + 2 * SigV4Crypto.SHA256_LENGTH;

    private StringToSign() {}

    /**
     * Writes the string to sign.
     *
     * @return where the credential scope starts in {@code out}; it ends {@link #AFTER_SCOPE} bytes
     *     before the end, so that {@code Authorization} can copy it
     */
    static int write(TextBuffer out, String amzDate, String region, String service, byte[] canonicalRequestHash) {
        out.appendAscii(ALGORITHM_LINE);
        out.append(amzDate).append('\n');
        int scopeStart = out.length();
        CredentialScope.writeValue(out, amzDate, region, service);
        out.append('\n').appendHex(canonicalRequestHash);
        return scopeStart;
    }
}
