package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Slow, unsigned and flooding clients: the endpoint stays bounded and keeps answering signed calls. */
class HostileClientsTest {
    private static final String DESCRIBE = "DescribeNetworkInterfaces";

    /** Sends headers announcing a body, a few bytes of it, then nothing. */
    private static Socket slowClient(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"
                        + "20250101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=00\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nAction=")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    @Timeout(30)
    void slowBodiesAreCutOffAndSignedCallsAreServedAgain() throws Exception {
        try (LocalEc2Endpoint ec2 = LocalEc2Endpoint.builder()
                .bodyReadTimeout(Duration.ofMillis(500))
                .start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) { // more than the endpoint's four workers
                    slow.add(slowClient(ec2.port()));
                }
                long start = System.nanoTime();
                Ec2TestClient.of(ec2).call(DESCRIBE).assertOk();
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "a signed call waited too long");
                for (Socket socket : slow) {
                    InputStream in = socket.getInputStream();
                    assertEquals(-1, in.read(), "the slow client's connection stays open");
                }
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
            assertTrue(ec2.requests().stream().anyMatch(r -> r.status() == 408));
            assertTrue(ec2.workerThreadsKept() <= 4, "workers kept: " + ec2.workerThreadsKept());
        }
    }

    @Test
    void theRequestLogIsBoundedInBytesAndKeepsNoLongActionName() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < RequestLog.CAPACITY; i++) {
            log.add(new RecordedRequest("A".repeat(50_000), 200, Optional.of("X".repeat(100)), true));
        }

        assertTrue(log.bytes() <= RequestLog.MAX_BYTES, "bytes " + log.bytes());
        List<RecordedRequest> kept = log.snapshot();
        assertTrue(kept.size() < RequestLog.CAPACITY, "entries " + kept.size());
        assertEquals(RequestLog.MAX_ACTION_CHARS, kept.get(0).action().length());
        log.clear();
        assertEquals(0, log.bytes());
    }

    /**
     * The proof: an endpoint in its own JVM with a 96 MiB heap takes 300 unsigned 1 MiB POSTs
     * (16 at a time) and still answers a signed call.
     */
    @Test
    @Timeout(180)
    void threeHundredUnsignedMebibytePostsLeaveASmallHeapEndpointAnsweringSignedCalls() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        javaBin.toString(),
                        "-Xmx96m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.ec2lite.cli.Main",
                        "local-endpoint",
                        "--exit-after",
                        "170")
                .redirectErrorStream(true)
                .start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            int port = portOf(child);
            byte[] mebibyte = new byte[1 << 20];
            Arrays.fill(mebibyte, (byte) 'a');
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                posts.add(pool.submit(() -> unsignedPost(port, mebibyte)));
            }
            for (Future<Integer> post : posts) {
                post.get(60, TimeUnit.SECONDS);
            }
            assertTrue(child.isAlive(), "the endpoint died");
            try (LocalEc2Endpoint reference = LocalEc2Endpoint.start()) {
                // The same example keys and region as the child, so its signer can be reused.
                Ec2TestClient client = Ec2TestClient.of(reference).withEndpoint(port);
                client.call(DESCRIBE).assertOk();
            }
        } finally {
            pool.shutdownNow();
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The port the child prints; it prints its endpoint URL on a line of its own. */
    private static int portOf(Process child) throws IOException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the endpoint did not say its port");
    }

    /** One unsigned POST of {@code body}; the status, or -1 when the connection was dropped. */
    private static int unsignedPost(int port, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            return -1; // a dropped connection is an acceptable answer to a flood
        }
    }
}
