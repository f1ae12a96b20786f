package dev.ec2lite.signing;

import java.util.Arrays;

/**
 * The working space of one signature, kept per thread and reused: the buffer the stages are written
 * into and hashed from, the array the headers are sorted in, the array the hashes go to, and the JDK digest with its HMAC state.
 * Reuse is what keeps a signature to a few small objects; {@link #release} wipes the space after each use.
 */
final class SigningScratch {
    /** An EC2 Query signature writes about 600 bytes; room for several times that. */
    private static final int INITIAL_CAPACITY = 2048;

    /** A thread that once signed a huge request does not keep a huge buffer. */
    private static final int MAX_KEPT_CAPACITY = 64 * 1024;

    private static final ThreadLocal<SigningScratch> PER_THREAD = ThreadLocal.withInitial(SigningScratch::new);

    private TextBuffer text = new TextBuffer(INITIAL_CAPACITY);
    private final CanonicalHeaders headers = new CanonicalHeaders();
    /** Where each hash of a signature lands, and finally the signature itself. */
    private final byte[] hash = new byte[SigV4Crypto.SHA256_LENGTH];
    /** Where {@code X-Amz-Date} is written before it becomes a String. */
    private final char[] amzDate = new char[CredentialScope.AMZ_DATE_LENGTH];
    /** This thread's JDK digest and HMAC state, made on first use: kept here to save a thread-local lookup per hash. */
    private JdkHashes jdkHashes;

    private boolean inUse;

    private SigningScratch() {}

    /**
     * This thread's scratch space, or a fresh one if it is already in use (a crypto implementation
     * that signs from inside a signature, say), so one signature never writes over another's.
     */
    static SigningScratch acquire() {
        SigningScratch scratch = PER_THREAD.get();
        if (scratch.inUse) {
            scratch = new SigningScratch();
        }
        scratch.inUse = true;
        return scratch;
    }

    TextBuffer text() {
        return text;
    }

    CanonicalHeaders headers() {
        return headers;
    }

    byte[] hash() {
        return hash;
    }

    char[] amzDateChars() {
        return amzDate;
    }

    JdkHashes jdkHashes() {
        if (jdkHashes == null) {
            jdkHashes = new JdkHashes();
        }
        return jdkHashes;
    }

    /** Wipes the text and the hash (they held a token and a signature) and drops the references to the request. */
    void release() {
        text.clear();
        Arrays.fill(hash, (byte) 0);
        headers.clear();
        if (text.capacity() > MAX_KEPT_CAPACITY) {
            text = new TextBuffer(INITIAL_CAPACITY);
        }
        inUse = false;
    }

    @Override
    public String toString() {
        return "SigningScratch{" + text + "}";
    }
}
