package dev.ec2lite.signing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Lower-case hex, the form SigV4 uses for hashes and signatures.
 *
 * <p>Every signature writes three 32-byte hashes as hex, so the digits are made four bytes at a
 * time with arithmetic on a {@code long} (eight digits), not looked up one nibble at a time: that
 * takes a fraction of the time.
 */
final class Hex {
    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Hex() {}

    static String encode(byte[] bytes) {
        // Bytes, not chars, here: the digits are written by write(..) into byte arrays everywhere else,
        // and a US-ASCII String is made from bytes in one copy.
        byte[] out = new byte[bytes.length * 2];
        write(bytes, out, 0);
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** Writes {@code data} as {@code 2 * data.length} hex digits into {@code out} from {@code at}. */
    static void write(byte[] data, byte[] out, int at) {
        int i = 0;
        for (; i + 4 <= data.length; i += 4) {
            LONGS.set(out, at + 2 * i, digits((int) INTS.get(data, i)));
        }
        for (; i < data.length; i++) {
            out[at + 2 * i] = DIGITS[(data[i] >> 4) & 0xF];
            out[at + 2 * i + 1] = DIGITS[data[i] & 0xF];
        }
    }

    /** The eight hex digits of {@code bytes} as ASCII, the first digit in the top byte. */
    static long digits(int bytes) {
        // Spread the eight nibbles out to one per byte, in order: halves, then bytes, then nibbles.
        long x = bytes & 0xFFFF_FFFFL;
        x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFFL;
        x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FFL;
        x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
        // Per byte: '0' + n, plus 'a' - '0' - 10 where n > 9 (n + 6 then has bit 4 set). No byte
        // carries into the next: the largest is 15 + 6 before, 'f' after.
        long letters = ((x + 0x0606_0606_0606_0606L) >>> 4) & 0x0101_0101_0101_0101L;
        return x + 0x3030_3030_3030_3030L + letters * ('a' - '0' - 10);
    }
}
