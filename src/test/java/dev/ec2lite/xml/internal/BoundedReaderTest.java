package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedReaderTest {
    /** An endless stream that counts what was taken from it. */
    private static final class EndlessStream extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            taken += length;
            return length;
        }
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        byte[] body = {1, 2, 3, 4};

        assertArrayEquals(body, BoundedReader.readAtMost(new ByteArrayInputStream(body), 4));
        assertArrayEquals(body, BoundedReader.readAtMost(new ByteArrayInputStream(body), 100));
        assertArrayEquals(new byte[0], BoundedReader.readAtMost(new ByteArrayInputStream(new byte[0]), 0));
    }

    @Test
    void aBodyOverTheLimitIsReportedWithoutReadingTheRest() {
        EndlessStream endless = new EndlessStream();

        BoundedReader.TooLargeException e =
                assertThrows(BoundedReader.TooLargeException.class, () -> BoundedReader.readAtMost(endless, 1000));

        assertEquals(1000, e.limit());
        assertEquals("body larger than 1000 bytes", e.getMessage());
        assertTrue(endless.taken <= 1001 + 8192, "read " + endless.taken + " bytes");
    }

    @Test
    void oneByteOverTheLimitIsTooLarge() {
        assertThrows(
                BoundedReader.TooLargeException.class,
                () -> BoundedReader.readAtMost(new ByteArrayInputStream(new byte[5]), 4));
    }

    @Test
    void aNegativeOrImpossibleLimitIsRefused() {
        InputStream in = new ByteArrayInputStream(new byte[1]);

        assertThrows(IllegalArgumentException.class, () -> BoundedReader.readAtMost(in, -1));
        assertThrows(IllegalArgumentException.class, () -> BoundedReader.readAtMost(in, Integer.MAX_VALUE));
    }

    @Test
    void aDeclaredLengthWithinTheLimitIsReadExactly() throws IOException {
        byte[] body = {1, 2, 3, 4};

        assertArrayEquals(body, BoundedReader.readAtMost(new ByteArrayInputStream(body), 100, 4));
        assertArrayEquals(new byte[0], BoundedReader.readAtMost(new ByteArrayInputStream(new byte[0]), 100, 0));
    }

    @Test
    void moreBytesThanDeclaredIsAnError() {
        IOException e = assertThrows(
                IOException.class, () -> BoundedReader.readAtMost(new ByteArrayInputStream(new byte[5]), 100, 4));

        assertEquals("the body is longer than its declared length of 4 bytes", e.getMessage());
    }

    @Test
    void aDeclaredLengthOverTheLimitOrUnknownStillStopsAtTheLimit() {
        EndlessStream endless = new EndlessStream();

        assertThrows(BoundedReader.TooLargeException.class, () -> BoundedReader.readAtMost(endless, 1000, 5000));
        assertThrows(
                BoundedReader.TooLargeException.class, () -> BoundedReader.readAtMost(new EndlessStream(), 1000, -1));
        assertTrue(endless.taken <= 1001 + 8192, "read " + endless.taken + " bytes");
    }
}
