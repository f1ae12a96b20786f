package dev.ec2lite.signing;

/**
 * Step 2 of SigV4: {@code AWS4-HMAC-SHA256 \n X-Amz-Date \n credential scope \n hex(SHA-256 of the
 * canonical request)}.
 */
final class StringToSign {
    private StringToSign() {}

    static void write(TextBuffer out, String amzDate, String region, String service, byte[] canonicalRequestHash) {
        out.append(SigV4Constants.AWS4_HMAC_SHA256).append('\n');
        out.append(amzDate).append('\n');
        CredentialScope.writeValue(out, amzDate, region, service);
        out.append('\n').appendHex(canonicalRequestHash);
    }
}
