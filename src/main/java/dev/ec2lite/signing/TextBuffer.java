package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text written straight as UTF-8 bytes into one growable array, so the stages of a signature can be
 * hashed where they were written, without a String or a {@code getBytes} copy in between.
 *
 * <p>Strings are encoded exactly as {@code String.getBytes(UTF_8)} encodes them (a lone surrogate
 * becomes {@code ?}). Not thread-safe: the signer keeps one per thread ({@link SigningScratch}).
 */
final class TextBuffer {
    /**
     * Copied over the text to wipe it: {@code System.arraycopy} moves many bytes per instruction,
     * where {@code Arrays.fill} of a byte range is a byte-at-a-time loop on most JDKs (a few times
     * slower, and it runs after every signature).
     */
    private static final byte[] ZEROS = new byte[1024];

    private byte[] bytes;
    private int length;
    /** Whether every char written since the last {@link #clear} was ASCII: then chars and bytes match. */
    private boolean allAscii = true;

    TextBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** The bytes written so far are {@code array()[0 .. length())}; the array may be replaced on growth. */
    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    int capacity() {
        return bytes.length;
    }

    /** Forgets the text and overwrites it, so no token or signature stays behind in a reused buffer. */
    void clear() {
        wipe(bytes, length);
        length = 0;
        allAscii = true;
    }

    /** Appends one ASCII character (the separators of SigV4). */
    TextBuffer append(char ascii) {
        assert ascii < 0x80 : "not ASCII: " + (int) ascii; // callers pass SigV4's separators only
        ensureSpace(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    TextBuffer append(String text) {
        return append(text, 0, text.length());
    }

    /** Appends the UTF-8 form of {@code text.substring(from, to)}. */
    TextBuffer append(String text, int from, int to) {
        return write(text, from, to, false);
    }

    /** Appends ASCII text encoded beforehand: the constants of SigV4, encoded once rather than per signature. */
    TextBuffer appendAscii(byte[] ascii) {
        ensureSpace(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    /** Appends a copy of {@code [from, to)} of this text: a part that a signature repeats, copied, not encoded again. */
    TextBuffer appendCopy(int from, int to) {
        ensureSpace(to - from);
        System.arraycopy(bytes, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    /**
     * Appends {@code value} if it is printable ASCII with no white space but single inner spaces,
     * the form a canonical header value takes and most values already have; else appends nothing
     * and returns false. Checking and copying in one pass saves a pass over every value.
     */
    boolean appendIfFoldedAscii(String value) {
        int count = value.length();
        ensureSpace(count);
        byte[] out = bytes;
        int at = length;
        int last = count - 1;
        for (int i = 0; i < count; i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                // A space is kept if it is inside and alone (the next char, if white space, fails
                // in its turn); anything else, a control or non-ASCII char, goes the long way.
                if (c != ' ' || i == 0 || i == last || out[at + i - 1] == ' ') {
                    Arrays.fill(out, at, at + i, (byte) 0); // past the length, so no clear would wipe it
                    return false;
                }
            }
            out[at + i] = (byte) c;
        }
        length = at + count;
        return true;
    }

    /**
     * Appends {@code text} with ASCII upper-case letters lowered and everything else as it is; for
     * ASCII this is {@code toLowerCase(Locale.ROOT)}, without a new String.
     */
    TextBuffer appendAsciiLowerCase(String text) {
        return write(text, 0, text.length(), true);
    }

    private TextBuffer write(String text, int from, int to, boolean lowerCase) {
        ensureSpace(3 * (to - from)); // the most a char takes; a surrogate pair takes 4 bytes for 2
        // ASCII, nearly all text, in a loop of its own that only counts up and stops at the first other
        // char: the JIT unrolls such a loop and drops its bounds checks. Locals, not fields, in it: a
        // field written per char is a store per char.
        byte[] out = bytes;
        int shift = length - from; // text[i] goes to out[i + shift]
        int i = from;
        if (lowerCase) {
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[i + shift] = (byte) Ascii.toLowerCase(c);
            }
        } else {
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                out[i + shift] = (byte) c;
            }
        }
        length = i + shift;
        if (i < to) {
            writeMixed(text, i, to, lowerCase);
        }
        return this;
    }

    /** The rest of a text that is not all ASCII, from its first non-ASCII char. */
    private void writeMixed(String text, int from, int to, boolean lowerCase) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i = appendNonAscii(text, i, to);
            } else {
                bytes[length++] = (byte) (lowerCase ? Ascii.toLowerCase(c) : c);
            }
        }
    }

    /** Appends {@code data} as lower-case hex, the form SigV4 uses for hashes and signatures. */
    TextBuffer appendHex(byte[] data) {
        ensureSpace(2 * data.length);
        Hex.write(data, bytes, length);
        length += 2 * data.length;
        return this;
    }

    /** The text of {@code [from, to)} as a String. */
    String toString(int from, int to) {
        // ASCII bytes are their own Latin-1 chars: the JDK then copies them without checking each.
        return new String(bytes, from, to - from, allAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** How many chars {@link #toString(int, int)} of this range has: not every byte starts a char. */
    int charCount(int from, int to) {
        if (allAscii) {
            return to - from; // nearly always: counting would cost as much as writing
        }
        int chars = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                chars += b >= 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair
            }
        }
        return chars;
    }

    @Override
    public String toString() {
        return "TextBuffer{length=" + length + "}"; // never the text: it holds tokens and signatures
    }

    /** Encodes the non-ASCII char at {@code i}; returns the index of the last char it used. */
    private int appendNonAscii(String text, int i, int to) {
        allAscii = false;
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | (c >> 6));
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[length++] = (byte) (0xF0 | (codePoint >> 18));
            bytes[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            bytes[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (codePoint & 0x3F));
            return i + 1;
        }
        if (Character.isSurrogate(c)) {
            bytes[length++] = '?'; // as String.getBytes does for a surrogate without its pair
            return i;
        }
        bytes[length++] = (byte) (0xE0 | (c >> 12));
        bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[length++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    /** Small enough for the JIT to inline into every append; growing, which is rare, is a call. */
    private void ensureSpace(int more) {
        if (length + more > bytes.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        byte[] old = bytes;
        bytes = Arrays.copyOf(old, Math.max(2 * old.length, length + more));
        wipe(old, length); // the old array would otherwise keep a token until it is collected
    }

    private static void wipe(byte[] array, int length) {
        for (int at = 0; at < length; at += ZEROS.length) {
            System.arraycopy(ZEROS, 0, array, at, Math.min(ZEROS.length, length - at));
        }
    }
}
