package dev.ec2lite.signing;

/**
 * Step 2 of SigV4: {@code AWS4-HMAC-SHA256 \n X-Amz-Date \n credential scope \n hex(SHA-256 of the
 * canonical request)}.
 */
final class StringToSign {
    private StringToSign() {}

    /** @param scope the credential scope's value, {@code 20150830/us-east-1/service/aws4_request} */
    static String of(String amzDate, String scope, String canonicalRequestHash) {
        return SigV4Constants.AWS4_HMAC_SHA256 + '\n' + amzDate + '\n' + scope + '\n' + canonicalRequestHash;
    }
}
