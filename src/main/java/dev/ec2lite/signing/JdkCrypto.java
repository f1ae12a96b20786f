package dev.ec2lite.signing;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256 through the JDK's providers. Instances of {@code MessageDigest} and {@code
 * Mac} are not thread-safe and costly to look up, so each thread keeps its own.
 */
final class JdkCrypto implements SigV4Crypto {
    static final JdkCrypto INSTANCE = new JdkCrypto();

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(JdkCrypto::newDigest);
    private final ThreadLocal<KeyedMac> macs = ThreadLocal.withInitial(() -> new KeyedMac(newMac()));

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
        MessageDigest digest = digests.get();
        digest.reset();
        digest.update(data, offset, length);
        try {
            digest.digest(out, 0, SHA256_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 did not fit in 32 bytes", e);
        }
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data) {
        return hmacSha256(key, data, 0, data.length);
    }

    @Override
    public byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        return keyedMac(key, data, offset, length).doFinal();
    }

    @Override
    public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        try {
            keyedMac(key, data, offset, length).doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HmacSHA256 did not fit in 32 bytes", e);
        }
    }

    /** This thread's Mac, keyed with {@code key}, having read the data. */
    private Mac keyedMac(byte[] key, byte[] data, int offset, int length) {
        KeyedMac keyed = macs.get();
        // Signing uses one cached key over and over; setting a key up costs two SHA-256 blocks and
        // some objects, so a Mac keeps the last key (doFinal leaves it keyed and reset).
        if (!Arrays.equals(keyed.key, key)) {
            try {
                keyed.mac.init(new SecretKeySpec(key, HMAC_SHA256));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 rejected its key", e);
            }
            keyed.key = key.clone();
        }
        keyed.mac.update(data, offset, length);
        return keyed.mac;
    }

    /** A thread's Mac and the key it is set up with. */
    private static final class KeyedMac {
        final Mac mac;
        byte[] key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }
    }

    @Override
    public String name() {
        return "jdk";
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }
}
