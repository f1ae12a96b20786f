package dev.ec2lite.signing;

/**
 * SHA-256 through the JDK's digest, and HMAC-SHA256 on it, with a {@link JdkHashes} per thread. The
 * signer does not come through here: it takes its thread's {@link JdkHashes} from the scratch space
 * it already looked up.
 */
final class JdkCrypto implements SigV4Crypto {
    static final JdkCrypto INSTANCE = new JdkCrypto();

    private final ThreadLocal<JdkHashes> hashes = ThreadLocal.withInitial(JdkHashes::new);

    private JdkCrypto() {}

    @Override
    public byte[] sha256(byte[] data) {
        return sha256(data, 0, data.length);
    }

    @Override
    public byte[] sha256(byte[] data, int offset, int length) {
        byte[] out = new byte[SHA256_LENGTH];
        sha256Into(data, offset, length, out);
        return out;
    }

    @Override
    public void sha256Into(byte[] data, int offset, int length, byte[] out) {
        hashes.get().sha256Into(data, offset, length, out);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data) {
        return hmacSha256(key, data, 0, data.length);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        return hashes.get().hmacSha256(key, data, offset, length);
    }

    @Override
    public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        hashes.get().hmacSha256Into(key, data, offset, length, out);
    }

    @Override
    public String name() {
        return "jdk";
    }
}
