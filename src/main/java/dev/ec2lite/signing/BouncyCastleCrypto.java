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
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, offset, length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data) {
        return hmacSha256(key, data, 0, data.length);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, offset, length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    @Override
    public String name() {
        return "bouncycastle";
    }
}
