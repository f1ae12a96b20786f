package dev.ec2lite.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * Terminates TLS for the endpoint: accepts on the public port, does each handshake with a deadline,
 * then passes the bytes both ways to the plain-http server on a private loopback port.
 *
 * <p>Why not the JDK's {@code HttpsServer}: it does the handshake on a worker thread with no time
 * limit, so four peers that stop in the middle of a handshake held all four workers and every later
 * client waited forever. Here a handshake, stalled or dripping, costs one thread of its own for at
 * most {@link #HANDSHAKE_TIMEOUT} in all, at most {@link #MAX_CONNECTIONS} connections are served at
 * once (more are closed at once), and a connection idle longer than {@link #IDLE_TIMEOUT} is closed.
 */
final class TlsFront implements AutoCloseable {
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_CONNECTIONS = 64;

    private final SSLServerSocket listener;
    private final InetSocketAddress backend;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger names = new AtomicInteger();
    private final Thread acceptor;
    private final ScheduledExecutorService deadlines;
    private volatile boolean closed;

    private TlsFront(SSLServerSocket listener, InetSocketAddress backend) {
        this.listener = listener;
        this.backend = backend;
        this.acceptor = newThread(this::acceptLoop, "ec2lite-local-endpoint-tls-" + listener.getLocalPort());
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
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        SSLServerSocket listener =
                (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port, 50, loopback);
        TlsFront front = new TlsFront(listener, backend);
        front.acceptor.start();
        return front;
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                pause(); // out of file handles, say: try again rather than stop serving
                continue;
            }
            if (connections.incrementAndGet() > MAX_CONNECTIONS) {
                connections.decrementAndGet();
                closeQuietly(client);
                continue;
            }
            open.add(client);
            if (closed) { // accepted while close() was closing the others
                connections.decrementAndGet();
                closeQuietly(client);
                return;
            }
            newThread(
                            () -> serve((SSLSocket) client),
                            "ec2lite-local-endpoint-tls-connection-" + names.incrementAndGet())
                    .start();
        }
    }

    /** One connection: the handshake within its deadline, then both directions until either side ends. */
    private void serve(SSLSocket client) {
        Socket server = null;
        // The whole handshake has a deadline, not each read: a peer dripping a byte at a time is cut off too.
        ScheduledFuture<?> deadline =
                deadlines.schedule(() -> closeQuietly(client), HANDSHAKE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            client.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            client.startHandshake();
            if (!deadline.cancel(false)) {
                return; // the deadline closed it as the handshake finished
            }
            client.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            server = new Socket();
            open.add(server);
            server.connect(backend, (int) HANDSHAKE_TIMEOUT.toMillis());
            server.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            Socket toServer = server;
            Thread answers = newThread(
                    () -> pumpAnswers(toServer, client), Thread.currentThread().getName() + "-answers");
            answers.start();
            pumpRequests(client, toServer);
            answers.join(IDLE_TIMEOUT.toMillis());
        } catch (IOException | RejectedExecutionException e) {
            // A failed or stalled handshake, a peer gone, or the front closing: the connection ends here.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deadline.cancel(false);
            closeQuietly(client);
            if (server != null) {
                closeQuietly(server);
            }
            connections.decrementAndGet();
        }
    }

    /**
     * Client to server. A client that ends its side (a half-close, after its last request) still gets
     * its answers: the end is passed on to the server, and the connection stays open for the answers
     * until the server ends it. An error ends the whole connection.
     */
    private void pumpRequests(SSLSocket client, Socket server) {
        try {
            copy(client, server);
            server.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    /** Server to client. When the server ends, no answer can follow: the whole connection ends. */
    private void pumpAnswers(Socket server, SSLSocket client) {
        try {
            copy(server, client);
        } catch (IOException e) {
            // Closed by the other side, idle too long, or reset: the connection ends here.
        } finally {
            closeQuietly(server);
            closeQuietly(client);
        }
    }

    /** Copies until the end of {@code from}'s stream. */
    private static void copy(Socket from, Socket to) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Thread newThread(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        // A thread never removes itself: close() must still see, and join, one that is ending.
        threads.removeIf(ended -> ended.getState() == Thread.State.TERMINATED); // not NEW ones, about to start
        threads.add(thread);
        return thread;
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
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
            closeQuietly(socket);
        }
        ThreadJoin.all(threads, Duration.ofSeconds(5), "TLS thread");
    }
}
