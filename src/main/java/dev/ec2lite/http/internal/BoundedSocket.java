package dev.ec2lite.http.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * A TCP socket on which no read waits without bound.
 *
 * <p>OkHttp sets a socket's timeout from its own read timeout, which ec2lite keeps at zero (see {@link
 * SocketTimeouts}); so while it connects through a proxy ({@code CONNECT}) or shakes hands for TLS, a
 * silent peer would hold the call for ever. Here a timeout of zero means the configured read timeout
 * instead, and every read also stops at the attempt's deadline ({@link AttemptDeadline}). A TLS socket
 * layered over this one reads through it, so the handshake is bounded too.
 */
final class BoundedSocket extends Socket {
    private final int readTimeoutMillis;
    private volatile int requestedMillis;
    private InputStream input;

    BoundedSocket(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
        this.requestedMillis = readTimeoutMillis;
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        int effective = timeout == 0 ? readTimeoutMillis : timeout;
        requestedMillis = effective;
        super.setSoTimeout(effective);
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new DeadlineInput(super.getInputStream());
        }
        return input;
    }

    /** Before each read, lowers the socket timeout to what is left of the attempt. */
    private final class DeadlineInput extends FilterInputStream {
        DeadlineInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            bound();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            bound();
            return in.read(b, off, len);
        }

        private void bound() throws IOException {
            long left = AttemptDeadline.remainingMillis();
            if (left == 0) {
                throw new SocketTimeoutException("the attempt's time limit passed");
            }
            int wanted = requestedMillis;
            int timeout = wanted == 0 ? (int) Math.min(Integer.MAX_VALUE, left) : (int) Math.min(wanted, left);
            BoundedSocket.super.setSoTimeout(left == Long.MAX_VALUE ? wanted : timeout);
        }
    }
}
