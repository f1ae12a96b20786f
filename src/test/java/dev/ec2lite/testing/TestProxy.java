package dev.ec2lite.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP proxy on 127.0.0.1 for tests: it opens {@code CONNECT} tunnels and forwards plain-http
 * requests, or misbehaves as asked (refuses, wants authentication, goes silent). It only ever connects
 * to 127.0.0.1, serves a bounded number of connections, and closes everything when closed.
 */
public final class TestProxy implements AutoCloseable {
    /** How the proxy answers. */
    public enum Mode {
        FORWARD,
        REFUSE,
        SILENT
    }

    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_HEAD_BYTES = 16 * 1024;

    private final ServerSocket server;
    private final Mode mode;
    private final String requiredAuthorization;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    private TestProxy(Mode mode, String requiredAuthorization) throws IOException {
        this.mode = mode;
        this.requiredAuthorization = requiredAuthorization;
        this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "test-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static TestProxy start(Mode mode) throws IOException {
        return new TestProxy(mode, null);
    }

    /** A forwarding proxy that answers 407 unless {@code Proxy-Authorization} is exactly {@code expected}. */
    public static TestProxy requiringAuthorization(String expected) throws IOException {
        return new TestProxy(Mode.FORWARD, expected);
    }

    public int port() {
        return server.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The request lines received ({@code CONNECT host:port HTTP/1.1}, {@code POST http://… HTTP/1.1}). */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    /** The {@code Proxy-Authorization} values received, in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public int connectionCount() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed() && connections.get() < MAX_CONNECTIONS) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            connections.incrementAndGet();
            sockets.add(client);
            Thread handler = new Thread(() -> handle(client), "test-proxy-conn");
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void handle(Socket client) {
        try {
            client.setSoTimeout(30_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String requestLine = lines[0];
            requestLines.add(requestLine);
            String authorization = null;
            StringBuilder forwardedHeaders = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
                    authorization = line.substring(line.indexOf(':') + 1).trim();
                    authorizations.add(authorization);
                } else if (!line.isEmpty()) {
                    forwardedHeaders.append(line).append("\r\n");
                }
            }
            if (mode == Mode.SILENT) {
                while (!client.isClosed() && in.read() != -1) {
                    // Holds the connection open and says nothing until the test closes it.
                }
                return;
            }
            if (mode == Mode.REFUSE) {
                answer(out, "502 Bad Gateway", "");
                return;
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                answer(out, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"\r\n");
                return;
            }
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                tunnel(client, parts[1], out);
            } else {
                forward(client, parts, forwardedHeaders.toString());
            }
        } catch (IOException e) {
            // The client went away; nothing to report.
        } finally {
            closeQuietly(client);
        }
    }

    private void tunnel(Socket client, String hostPort, OutputStream out) throws IOException {
        int colon = hostPort.lastIndexOf(':');
        Socket target = connectLocal(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        pipe(client, target);
    }

    private void forward(Socket client, String[] requestLine, String headers) throws IOException {
        URI uri = URI.create(requestLine[1]);
        Socket target = connectLocal(uri.getHost(), uri.getPort());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        OutputStream toTarget = target.getOutputStream();
        toTarget.write((requestLine[0] + " " + path + " " + requestLine[2] + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        toTarget.flush();
        pipe(client, target);
    }

    private Socket connectLocal(String host, int port) throws IOException {
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IOException("the test proxy only connects to 127.0.0.1, not " + host);
        }
        Socket target = new Socket(InetAddress.getByName("127.0.0.1"), port);
        target.setSoTimeout(30_000);
        sockets.add(target);
        return target;
    }

    /** Copies both ways until either side closes. */
    private static void pipe(Socket client, Socket target) throws IOException {
        Thread back = new Thread(() -> copy(target, client), "test-proxy-pipe");
        back.setDaemon(true);
        back.start();
        copy(client, target);
        closeQuietly(target);
    }

    private static void copy(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed.
        } finally {
            closeQuietly(to);
        }
    }

    private static void answer(OutputStream out, String status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < MAX_HEAD_BYTES) {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1
                    : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        throw new IOException("request head too long");
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
