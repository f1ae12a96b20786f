package dev.ec2lite.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP peer on 127.0.0.1 that accepts connections and then either says nothing or drips bytes slowly,
 * to prove that no phase of a call waits without bound. Each connection lasts at most 60 s; the peer
 * serves a bounded number of them and closes everything when closed.
 */
public final class MisbehavingPeer implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 32;
    private static final long MAX_LIFETIME_MILLIS = 60_000;

    private final ServerSocket server;
    private final byte[] drip;
    private final long dripIntervalMillis;
    private final boolean waitForRequest;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private MisbehavingPeer(byte[] drip, long dripIntervalMillis, boolean waitForRequest) throws IOException {
        this.drip = drip;
        this.dripIntervalMillis = dripIntervalMillis;
        this.waitForRequest = waitForRequest;
        this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptLoop, "misbehaving-peer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts, reads whatever comes, and never writes a byte (a silent TLS peer or proxy). */
    public static MisbehavingPeer silent() throws IOException {
        return new MisbehavingPeer(new byte[0], 0, false);
    }

    /**
     * Accepts, waits for the first bytes of a request when {@code waitForRequest}, then sends {@code
     * bytes} one at a time, one every {@code intervalMillis}, and then goes silent.
     */
    public static MisbehavingPeer dripping(byte[] bytes, long intervalMillis, boolean waitForRequest)
            throws IOException {
        return new MisbehavingPeer(bytes.clone(), intervalMillis, waitForRequest);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        while (!server.isClosed() && accepted.get() < MAX_CONNECTIONS) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                sockets.add(socket);
                Thread worker = new Thread(() -> misbehave(socket), "misbehaving-peer-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void misbehave(Socket socket) {
        long end = System.currentTimeMillis() + MAX_LIFETIME_MILLIS;
        try (socket) {
            socket.setSoTimeout(200);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] sink = new byte[4096];
            boolean heard = !waitForRequest;
            int sent = 0;
            while (System.currentTimeMillis() < end && !socket.isClosed()) {
                try {
                    if (in.read(sink) == -1) {
                        return;
                    }
                    heard = true;
                } catch (java.net.SocketTimeoutException quiet) {
                    // Nothing to read; go on dripping.
                }
                if (heard && sent < drip.length) {
                    out.write(drip[sent++]);
                    out.flush();
                    Thread.sleep(dripIntervalMillis);
                }
            }
        } catch (IOException e) {
            // The client gave up, as it should.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
