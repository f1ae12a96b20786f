package dev.ec2lite.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Reads a response body into memory without ever holding more than a fixed number of bytes. */
public final class BoundedReader {
    private BoundedReader() {}

    /**
     * Reads {@code in} to its end, if that end comes within {@code limit} bytes. Reads at most one byte
     * past the limit to find out, never the rest, and does not close the stream. Memory grows with what
     * actually arrives, not with {@code limit}.
     *
     * @throws TooLargeException when the stream has more than {@code limit} bytes
     * @throws IllegalArgumentException when {@code limit} is negative or cannot be an array size
     */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        Objects.requireNonNull(in, "in == null");
        if (limit < 0 || limit > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        // readNBytes allocates as bytes arrive (in 8 KiB steps), so a large limit costs nothing up front.
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLargeException(limit);
        }
        return bytes;
    }

    /**
     * As {@link #readAtMost(InputStream, int)}, when the sender declared the length (HTTP {@code
     * Content-Length}; negative: unknown). A declared length within the limit is read into an array of
     * exactly that size, instead of through 8 KiB steps and a final copy, the most allocation a small
     * answer cost. The stream must then end there.
     *
     * @throws IOException when the stream holds more bytes than declared
     */
    public static byte[] readAtMost(InputStream in, int limit, long declaredLength) throws IOException {
        if (declaredLength < 0 || declaredLength > limit) {
            return readAtMost(in, limit);
        }
        byte[] bytes = in.readNBytes((int) declaredLength);
        if (in.read() >= 0) {
            throw new IOException("the body is longer than its declared length of " + declaredLength + " bytes");
        }
        return bytes;
    }

    /** The stream held more bytes than the limit allowed; the rest was left unread. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int limit;

        TooLargeException(int limit) {
            super("body larger than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit that was exceeded, in bytes. */
        public int limit() {
            return limit;
        }
    }
}
