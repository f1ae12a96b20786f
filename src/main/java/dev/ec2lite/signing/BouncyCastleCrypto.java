package dev.ec2lite.signing;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SHA-256 and HMAC-SHA256 through Bouncy Castle's lightweight API. Its objects are cheap to create,
 * so each call makes its own and nothing is shared between threads. Only this class names Bouncy
 * Castle, so the optional jar is loaded only when this implementation is chosen.
 */
final class BouncyCastleCrypto implements SigV4Crypto {
    private BouncyCastleCrypto() {}

    static BouncyCastleCrypto create() {
        // Touch a Bouncy Castle class now, so a missing jar fails at selection, not at the first call.
        new SHA256Digest();
        return new BouncyCastleCrypto();
    }

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
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, offset, length);
        digest.doFinal(out, 0);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data) {
        return hmacSha256(key, data, 0, data.length);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        byte[] out = new byte[SHA256_LENGTH];
        hmacSha256Into(key, data, offset, length, out);
        return out;
    }

    @Override
    public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, offset, length);
        mac.doFinal(out, 0);
    }

    @Override
    public String name() {
        return "bouncycastle";
    }
}
