package dev.ec2lite.signing;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two primitives SigV4 needs, behind one seam so that the JDK's providers and Bouncy Castle's
 * lightweight API can be swapped and measured against each other. Implementations are thread-safe.
 */
public interface SigV4Crypto {
    /** The length in bytes of a SHA-256 hash, and so of an HMAC-SHA256. */
    int SHA256_LENGTH = 32;

    /** SHA-256 of {@code data}. */
    byte[] sha256(byte[] data);

    /** HMAC-SHA256 of {@code data} under {@code key}. */
    byte[] hmacSha256(byte[] key, byte[] data);

    /**
     * SHA-256 of {@code data[offset .. offset + length)}. The signer hashes its stages where it wrote
     * them, in a larger buffer; the built-in implementations do so without a copy.
     */
    default byte[] sha256(byte[] data, int offset, int length) {
        return sha256(Arrays.copyOfRange(data, offset, offset + length));
    }

    /** HMAC-SHA256 of {@code data[offset .. offset + length)} under {@code key}. */
    default byte[] hmacSha256(byte[] key, byte[] data, int offset, int length) {
        return hmacSha256(key, Arrays.copyOfRange(data, offset, offset + length));
    }

    /**
     * SHA-256 of {@code data[offset .. offset + length)}, written to {@code out[0 .. 32)}. The signer
     * hashes into one reused array; the built-in implementations then make no array per hash.
     */
    default void sha256Into(byte[] data, int offset, int length, byte[] out) {
        System.arraycopy(sha256(data, offset, length), 0, out, 0, SHA256_LENGTH);
    }

    /** HMAC-SHA256 of {@code data[offset .. offset + length)} under {@code key}, written to {@code out[0 .. 32)}. */
    default void hmacSha256Into(byte[] key, byte[] data, int offset, int length, byte[] out) {
        System.arraycopy(hmacSha256(key, data, offset, length), 0, out, 0, SHA256_LENGTH);
    }

    /** A short name for logs and benchmarks, such as {@code jdk}. */
    String name();

    /** The JDK's SHA-256 {@code MessageDigest} (HMAC built on it): always available, the default. */
    static SigV4Crypto jdk() {
        return JdkCrypto.INSTANCE;
    }

    /**
     * Bouncy Castle's lightweight digests (no JCA provider registration).
     *
     * @throws IllegalStateException when {@code org.bouncycastle:bcprov-jdk18on} is not on the class
     *     path (it is an optional dependency)
     */
    static SigV4Crypto bouncyCastle() {
        try {
            return BouncyCastleCrypto.create();
        } catch (LinkageError e) {
            throw new IllegalStateException(
                    "Bouncy Castle crypto was asked for, but org.bouncycastle:bcprov-jdk18on is not on the class path",
                    e);
        }
    }

    /** {@code jdk} or {@code bouncycastle} (also {@code bc}), as a command-line option names them. */
    static SigV4Crypto named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jdk" -> jdk();
            case "bouncycastle", "bc" -> bouncyCastle();
            default -> throw new IllegalArgumentException("unknown crypto '" + name + "': use jdk or bouncycastle");
        };
    }
}
