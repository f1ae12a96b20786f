package dev.ec2lite.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A tiny EC2 stand-in on {@code 127.0.0.1}: every request is read to its end and answered with the
 * {@code DetachNetworkInterface} success XML, over keep-alive, in plain HTTP or, given an {@link
 * SSLContext}, over TLS. It checks nothing; the clients'
 * signatures are checked elsewhere (the root project's tests, and {@link SigningBenchmark}'s set-up).
 *
 * <p>Run on its own ({@code main}) it prints {@code port <n>} and serves until its standard input
 * closes or {@link #MAX_LIFETIME} passes, whichever comes first, so it never outlives the benchmark
 * that started it.
 */
public final class StubServer implements AutoCloseable {
    static final Duration MAX_LIFETIME = Duration.ofMinutes(20);

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();

    private StubServer(int threads, SSLContext tls) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(loopback, 64);
        } else {
            HttpsServer https = HttpsServer.create(loopback, 64);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stub-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Starts a server on an ephemeral loopback port. */
    static StubServer start(int threads) throws IOException {
        return new StubServer(threads, null);
    }

    /** Starts a TLS server on an ephemeral loopback port, presenting the certificate {@code tls} holds. */
    static StubServer startHttps(int threads, SSLContext tls) throws IOException {
        return new StubServer(threads, tls);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port();
    }

    long requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes(); // the whole body, so the connection can be reused
            }
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
            exchange.getResponseHeaders().set("x-amzn-RequestId", Fixtures.REQUEST_ID);
            exchange.sendResponseHeaders(200, Fixtures.SUCCESS_XML.length);
            exchange.getResponseBody().write(Fixtures.SUCCESS_XML);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** {@code StubServer [threads]}: serves until standard input closes or the lifetime ends. */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        try (StubServer stub = start(threads)) {
            System.out.println("port " + stub.port());
            System.out.flush();
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // Nothing is expected on stdin; its end is the signal to stop.
                    }
                } catch (IOException e) {
                    // stdin broke: the parent is gone, stop as well
                }
            });
            watcher.setDaemon(true);
            watcher.start();
            watcher.join(MAX_LIFETIME.toMillis());
            if (watcher.isAlive()) {
                System.err.println("stub server: lifetime of " + MAX_LIFETIME + " reached, stopping");
            }
        }
    }
}
