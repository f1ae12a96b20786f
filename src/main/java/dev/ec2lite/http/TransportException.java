package dev.ec2lite.http;

import java.io.IOException;

/**
 * An attempt that got no HTTP answer. Says whether the request may have reached the server, since
 * retrying a call the server already carried out is not the same as retrying one it never saw.
 */
public final class TransportException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as the retry logic needs to know it. */
    public enum Kind {
        /** No connection was made (refused, unknown host, connect timeout): the server saw nothing. */
        CONNECT_FAILURE,
        /** Connected, then the answer did not come in time. */
        TIMEOUT,
        /** Connected, then the connection broke (reset, closed mid-answer). */
        IO_ERROR
    }

    private final Kind kind;
    private final boolean requestMayHaveBeenSent;

    public TransportException(Kind kind, boolean requestMayHaveBeenSent, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    }

    public Kind kind() {
        return kind;
    }

    public boolean requestMayHaveBeenSent() {
        return requestMayHaveBeenSent;
    }
}
