package dev.ec2lite.http;

import java.io.IOException;
import java.time.Duration;

/** Sends one signed request and reads its whole answer. Implementations are thread-safe. */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends {@code call} once (never retrying on its own) and reads the answer.
     *
     * @param timeout the most this attempt may take from start to the last byte, or null for none
     * @throws TransportException when there is no answer
     * @throws ResponseTooLargeException when the answer is longer than the transport reads
     */
    HttpAnswer execute(HttpCall call, Duration timeout) throws IOException;

    /** Releases what the transport made itself; a caller's own HTTP client is left alone. */
    @Override
    void close();
}
