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

    private StringToSign() {}

    static void write(TextBuffer out, String amzDate, String region, String service, byte[] canonicalRequestHash) {
        out.appendAscii(ALGORITHM_LINE);
        out.append(amzDate).append('\n');
        CredentialScope.writeValue(out, amzDate, region, service);
        out.append('\n').appendHex(canonicalRequestHash);
    }
}
