package dev.ec2lite.http;

import java.io.IOException;

/** The server's answer was longer than the transport reads; the rest was not read. */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public ResponseTooLargeException(int statusCode, long limit) {
        super("the answer (HTTP " + statusCode + ") is larger than " + limit + " bytes; it was not read");
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
