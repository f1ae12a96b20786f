package dev.ec2lite.signing;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * One thread's JDK SHA-256 {@code MessageDigest}, and HMAC-SHA256 built on it (RFC 2104). Not {@code
 * javax.crypto.Mac}: looking up a {@code Mac} initialises the JCE (its crypto policy files, the SunJCE
 * provider and their checks), which was a noticeable part of a one-call process's start-up, for an
 * HMAC that is two SHA-256 passes either way. A digest is not thread-safe, so each thread keeps one of
 * these: {@link JdkCrypto} in a thread-local, the signer in its {@link SigningScratch}, which it looks
 * up anyway.
 */
final class JdkHashes implements SignatureHashing {
    /** SHA-256 works on 64-byte blocks; RFC 2104 pads (or hashes) the key to one block. */
    private static final int BLOCK_LENGTH = 64;

    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private final MessageDigest digest = newDigest();
    /** A copy of the key the pads below come from, or null before the first HMAC. */
    private byte[] hmacKey;

    private final byte[] innerPad = new byte[BLOCK_LENGTH];
    private final byte[] outerPad = new byte[BLOCK_LENGTH];
    /** The inner hash of an HMAC, before the outer pass. */
    private final byte[] inner = new byte[SigV4Crypto.SHA256_LENGTH];

    @Override
    public void sha256Into(byte[] data, int offset, int length, byte[] out) {
        // No reset: digest(..) leaves the digest reset, and nothing else feeds it. The output is checked
        // before any data goes in, so a bad call cannot leave data behind for the next hash.
        Objects.checkFromIndexSize(0, SigV4Crypto.SHA256_LENGTH, out.length);
        Objects.checkFromIndexSize(offset, length, data.length);
        digest.update(data, offset, length);
        finish(out);
    }

    @Override
    public void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        // Both checked before the digest reads anything, for the same reason as above.
        Objects.checkFromIndexSize(0, SigV4Crypto.SHA256_LENGTH, out.length);
        Objects.checkFromIndexSize(offset, length, data.length);
        useKey(key);
        // HMAC(K, m) = H((K ^ opad) || H((K ^ ipad) || m)), K padded with zeros to one block.
        digest.update(innerPad);
        digest.update(data, offset, length);
        finish(inner);
        digest.update(outerPad);
        digest.update(inner);
        finish(out);
    }

    byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        byte[] out = new byte[SigV4Crypto.SHA256_LENGTH];
        hmacSha256Into(key, data, offset, length, out);
        return out;
    }

    /**
     * Sets the pads up for {@code key}. Signing uses one cached key over and over, so the pads of the
     * last key are kept. The contents are compared, not the array: a caller may change its array
     * between calls.
     */
    private void useKey(byte[] key) {
        if (Arrays.equals(hmacKey, key)) {
            return;
        }
        byte[] block = new byte[BLOCK_LENGTH];
        if (key.length > BLOCK_LENGTH) {
            // RFC 2104: a key longer than a block is replaced by its hash.
            digest.update(key);
            byte[] hashed = new byte[SigV4Crypto.SHA256_LENGTH];
            finish(hashed);
            System.arraycopy(hashed, 0, block, 0, hashed.length);
        } else {
            System.arraycopy(key, 0, block, 0, key.length);
        }
        for (int i = 0; i < BLOCK_LENGTH; i++) {
            innerPad[i] = (byte) (block[i] ^ INNER_PAD);
            outerPad[i] = (byte) (block[i] ^ OUTER_PAD);
        }
        Arrays.fill(block, (byte) 0);
        hmacKey = key.clone();
    }

    /** Completes the digest into {@code out[0 .. 32)}; the digest is reset for the next use. */
    private void finish(byte[] out) {
        try {
            digest.digest(out, 0, SigV4Crypto.SHA256_LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 did not fit in 32 bytes", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "JdkHashes"; // never the key
    }
}
