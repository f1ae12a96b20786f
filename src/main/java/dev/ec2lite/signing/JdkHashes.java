package dev.ec2lite.signing;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * One thread's JDK {@code MessageDigest} and {@code Mac} for SHA-256 and HMAC-SHA256. Both are
 * costly to look up and not thread-safe, so each thread keeps one of these: {@link JdkCrypto} in a
 * thread-local, the signer in its {@link SigningScratch}, which it looks up anyway.
 */
final class JdkHashes implements SignatureHashing {
    private static final String HMAC_SHA256 = "HmacSHA256";

    private final MessageDigest digest = newDigest();
    private final Mac mac = newMac();
    /** A copy of the key {@link #mac} is set up with, or null before the first HMAC. */
    private byte[] macKey;

    @Override
    public void sha256Into(byte[] data, int offset, int length, byte[] out) {
        // No reset: digest(..) leaves the digest reset, and nothing else feeds it. The output is checked
        // before any data goes in, so a bad call cannot leave data behind for the next hash.
        Objects.checkFromIndexSize(0, SigV4Crypto.SHA256_LENGTH, out.length);
        digest.update(data, offset, length);
        try {
            digest.digest(out, 0, SigV4Crypto.SHA256_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 did not fit in 32 bytes", e);
        }
    }

    @Override
    public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        Objects.checkFromIndexSize(0, SigV4Crypto.SHA256_LENGTH, out.length); // before the Mac reads data
        try {
            keyedMac(key, data, offset, length).doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HmacSHA256 did not fit in 32 bytes", e);
        }
    }

    byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        return keyedMac(key, data, offset, length).doFinal();
    }

    /** The Mac, keyed with {@code key}, having read the data. */
    private Mac keyedMac(byte[] key, byte[] data, int offset, int length) {
        // Signing uses one cached key over and over; setting a key up costs two SHA-256 blocks and
        // some objects, so the Mac keeps the last key (doFinal leaves it keyed and reset). The
        // contents are compared, not the array: a caller may change its array between calls.
        if (!Arrays.equals(macKey, key)) {
            try {
                mac.init(new SecretKeySpec(key, HMAC_SHA256));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 rejected its key", e);
            }
            macKey = key.clone();
        }
        mac.update(data, offset, length);
        return mac;
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

    @Override
    public String toString() {
        return "JdkHashes"; // never the key
    }
}
