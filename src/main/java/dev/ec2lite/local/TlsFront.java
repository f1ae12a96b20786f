package dev.ec2lite.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Terminates TLS for the endpoint: accepts on the public port, does each handshake with a deadline,
 * then passes the bytes both ways to the plain-http server on a private loopback port.
 *
 * <p>Why not the JDK's {@code HttpsServer}: it does the handshake on a worker thread with no time
 * limit, so four peers that stop in the middle of a handshake held all four workers and every later
 * client waited forever. Here a handshake, stalled or dripping, costs one thread of its own for at
 * most {@link #HANDSHAKE_TIMEOUT} in all, at most {@link #MAX_CONNECTIONS} connections are served at
 * once (more are closed at once), and a connection idle longer than {@link #IDLE_TIMEOUT} is closed:
 * no read for that long, or a write the reader has not taken for that long.
 *
 * <p>Why TLS is layered over plain sockets we accept ourselves: the JDK's polite close of a TLS
 * socket waits for the connection's write lock, and a write to a client that stopped reading holds
 * that lock for ever. Closing the plain socket beneath never waits, so every end that must not wait
 * (an error, a deadline, {@link #close()}) closes that one.
 */
final class TlsFront implements AutoCloseable {
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** How long a polite end (close_notify to the client) may take before the connection is cut. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    static final int MAX_CONNECTIONS = 64;

    private final ServerSocket listener;
    private final SSLSocketFactory tls;
    private final InetSocketAddress backend;
    private final Duration idle;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet(); // plain sockets only: closing never waits
    private final KeptThreads threads = new KeptThreads("TLS thread");
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger names = new AtomicInteger();
    private final ScheduledExecutorService deadlines;
    private volatile boolean closed;

    private TlsFront(ServerSocket listener, SSLSocketFactory tls, InetSocketAddress backend, Duration idle) {
        this.listener = listener;
        this.tls = tls;
        this.backend = backend;
        this.idle = idle;
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ec2lite-local-endpoint-tls-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true); // nearly every deadline is cancelled by a finished handshake
        this.deadlines = timer;
    }

    /** Listens on {@code port} of 127.0.0.1 (0: a free one) and forwards to {@code backend}. */
    static TlsFront start(SSLContext context, int port, InetSocketAddress backend) throws IOException {
        return start(context, port, backend, IDLE_TIMEOUT);
    }

    /** As {@link #start(SSLContext, int, InetSocketAddress)}, with another idle limit (tests). */
    static TlsFront start(SSLContext context, int port, InetSocketAddress backend, Duration idle) throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        ServerSocket listener = new ServerSocket(port, 50, loopback);
        TlsFront front = new TlsFront(listener, context.getSocketFactory(), backend, idle);
        front.threads.start(front::acceptLoop, "ec2lite-local-endpoint-tls-" + listener.getLocalPort());
        return front;
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket tcp;
            try {
                tcp = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                pause(); // out of file handles, say: try again rather than stop serving
                continue;
            }
            if (connections.incrementAndGet() > MAX_CONNECTIONS) {
                connections.decrementAndGet();
                abort(tcp);
                continue;
            }
            open.add(tcp);
            String name = "ec2lite-local-endpoint-tls-connection-" + names.incrementAndGet();
            if (closed
                    || threads.start(() -> serve(tcp), name) == null) { // accepted while close() was closing the others
                connections.decrementAndGet();
                abort(tcp);
                return;
            }
        }
    }

    /** One connection: the handshake within its deadline, then both directions until either side ends. */
    private void serve(Socket tcp) {
        Socket server = null;
        ScheduledFuture<?> deadline = null;
        try {
            // The whole handshake has a deadline, not each read: a peer dripping a byte at a time is cut off too.
            deadline = deadlines.schedule(() -> abort(tcp), HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            SSLSocket client = (SSLSocket) tls.createSocket(tcp, null, true); // server mode
            client.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            client.startHandshake();
            if (!deadline.cancel(false)) {
                return; // the deadline closed it as the handshake finished
            }
            client.setSoTimeout((int) idle.toMillis());
            server = new Socket();
            open.add(server);
            server.connect(backend, (int) HANDSHAKE_TIMEOUT.toMillis());
            server.setSoTimeout((int) idle.toMillis());
            Socket toServer = server;
            String name = Thread.currentThread().getName() + "-answers";
            Thread answers = threads.start(() -> pumpAnswers(toServer, client, tcp), name);
            if (answers != null) {
                pumpRequests(client, tcp, toServer);
                // The answers end when the server ends, or when a client stops taking them (see copy).
                answers.join(idle.toMillis());
            }
        } catch (IOException | RejectedExecutionException e) {
            // A failed or stalled handshake, a peer gone, or the front closing: the connection ends here.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            abort(tcp);
            if (server != null) {
                abort(server);
            }
            connections.decrementAndGet();
        }
    }

    /**
     * Client to server. A client that ends its side (a half-close, after its last request) still gets
     * its answers: the end is passed on to the server, and the connection stays open for the answers
     * until the server ends it. An error ends the whole connection.
     */
    private void pumpRequests(SSLSocket client, Socket tcp, Socket server) {
        try {
            copy(client, server, server);
            server.shutdownOutput();
        } catch (IOException | RejectedExecutionException e) {
            abort(tcp);
            abort(server);
        }
    }

    /**
     * Server to client. When the server ends, no answer can follow: the whole connection ends, politely
     * if the client takes the close_notify within {@link #CLOSE_GRACE}.
     */
    private void pumpAnswers(Socket server, SSLSocket client, Socket tcp) {
        try {
            copy(server, client, tcp);
        } catch (IOException | RejectedExecutionException e) {
            // Closed by the other side, idle too long, or reset: the connection ends here.
        } finally {
            abort(server);
            endPolitely(client, tcp);
        }
    }

    /** Sends close_notify, unless that waits longer than {@link #CLOSE_GRACE}: then the plain socket is cut. */
    private void endPolitely(SSLSocket client, Socket tcp) {
        ScheduledFuture<?> cut;
        try {
            cut = deadlines.schedule(() -> abort(tcp), CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            abort(tcp); // the front is closing: no time for politeness
            return;
        }
        try {
            client.close();
        } catch (IOException e) {
            // The client went first: the connection is over either way.
        } finally {
            cut.cancel(false);
            abort(tcp);
        }
    }

    /**
     * Copies until the end of {@code from}'s stream. A socket has no write timeout, so each write has a
     * deadline of its own: a reader that takes nothing for the idle time gets {@code cutIfStalled} cut.
     */
    private void copy(Socket from, Socket to, Socket cutIfStalled) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            ScheduledFuture<?> stalled =
                    deadlines.schedule(() -> abort(cutIfStalled), idle.toMillis(), TimeUnit.MILLISECONDS);
            try {
                out.write(buffer, 0, n);
                out.flush();
            } finally {
                stalled.cancel(false);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes a plain socket, which never waits; a TLS socket on it fails at once. */
    private void abort(Socket plain) {
        open.remove(plain);
        try {
            plain.close();
        } catch (IOException e) {
            // Closing a socket that failed: nothing more can be done, and nothing is lost.
        }
    }

    /** Stops accepting, closes every connection, and waits (at most 5 s) for the threads to end. */
    @Override
    public void close() {
        closed = true;
        deadlines.shutdownNow();
        try {
            listener.close();
        } catch (IOException e) {
            // The listener is closed either way.
        }
        for (Socket socket : open) {
            abort(socket);
        }
        threads.stopAndJoin(Duration.ofSeconds(5));
    }
}
