package dev.ec2lite.signing;

/**
 * The two hashes a signature takes, into the caller's array: SHA-256 of the body and of the
 * canonical request, and HMAC-SHA256 of the string to sign. Used by one signature at a time, so an
 * implementation may keep state, as the JDK's does ({@link JdkHashes}).
 */
interface SignatureHashing {
    /** SHA-256 of {@code data[offset .. offset + length)}, written to {@code out[0 .. 32)}. */
    void sha256Into(byte[] data, int offset, int length, byte[] out);

    /** HMAC-SHA256 of {@code data[offset .. offset + length)} under {@code key}, written to {@code out[0 .. 32)}. */
    void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out);

    /** Hashing through {@code crypto}, which is thread-safe, so the result may be shared. */
    static SignatureHashing of(SigV4Crypto crypto) {
        return new SignatureHashing() {
            @Override
            public void sha256Into(byte[] data, int offset, int length, byte[] out) {
                crypto.sha256Into(data, offset, length, out);
            }

            @Override
            public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
                crypto.hmacSha256Into(key, data, offset, length, out);
            }
        };
    }
}
