package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hex written four bytes at a time must be what {@link HexFormat} writes, for every byte value. */
class HexTest {

    @Test
    void everyByteValueInEveryPositionOfAGroupOfFour() {
        for (int value = 0; value < 256; value++) {
            for (int position = 0; position < 4; position++) {
                byte[] data = new byte[4];
                data[position] = (byte) value;
                assertEquals(HexFormat.of().formatHex(data), Hex.encode(data));
            }
        }
    }

    @Test
    void anyLengthIncludingTheBytesAfterTheLastGroupOfFour() {
        Random random = new Random(20150830L);
        for (int length = 0; length <= 40; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertEquals(HexFormat.of().formatHex(data), Hex.encode(data));
        }
    }

    @Test
    void writesAtAnOffsetAndNothingElse() {
        byte[] out = "<-------------->".getBytes(StandardCharsets.US_ASCII);
        Hex.write(new byte[] {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF, 0x01, (byte) 0x9A, 0x7F}, out, 1);
        assertEquals("<deadbeef019a7f>", new String(out, StandardCharsets.US_ASCII));
    }
}
