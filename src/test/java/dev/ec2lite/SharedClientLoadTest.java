package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.retry.RetryStrategy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads share one client against a server that answers with a seeded mix of faults and
 * successes. Bounded: 8 threads × 25 calls, and the whole test must end within 60 seconds.
 */
class SharedClientLoadTest {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 25;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyCallEndsOnceAndTheServerSawExactlyTheAttemptsReported() throws Exception {
        Set<String> threadsBefore = liveThreadNames();
        int socketsBefore = openTcpSockets();
        AtomicInteger served = new AtomicInteger();
        int totalAttempts = 0;
        int successes = 0;
        int failures = 0;

        try (Ec2TestServer ec2 = new Ec2TestServer()) {
            ec2.server.setDispatcher(new FaultMix(new Random(7), served));
            Random jitter = new Random(11);
            RetryStrategy strategy = RetryStrategy.builder()
                    .maxAttempts(3)
                    .random(() -> {
                        synchronized (jitter) {
                            return jitter.nextDouble();
                        }
                    })
                    .build();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<int[]>> results = new ArrayList<>();
            try (Ec2Client client = ec2.clientBuilder().retryStrategy(strategy).build()) {
                for (int t = 0; t < THREADS; t++) {
                    results.add(pool.submit(() -> callMany(client)));
                }
                for (Future<int[]> result : results) {
                    int[] counts = result.get(50, TimeUnit.SECONDS);
                    successes += counts[0];
                    failures += counts[1];
                    totalAttempts += counts[2];
                }
            } finally {
                pool.shutdownNow();
                assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            }
            assertEquals(THREADS * CALLS_PER_THREAD, successes + failures, "every call ended exactly once");
            assertEquals(ec2.server.getRequestCount(), totalAttempts, "attempts told = requests the server saw");
            assertTrue(successes > 0 && failures > 0, "the mix produced both outcomes: " + successes + "/" + failures);
        }

        assertTrue(
                waitUntil(() -> openTcpSockets() <= socketsBefore),
                "open TCP sockets: before " + socketsBefore + ", after " + openTcpSockets());
        assertTrue(waitUntil(() -> newThreads(threadsBefore).isEmpty()), "threads left: " + newThreads(threadsBefore));
    }

    /** Returns {successes, failures, attempts} of one thread's calls. */
    private static int[] callMany(Ec2Client client) {
        int[] counts = new int[3];
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
            try {
                counts[2] += client.detachNetworkInterface("eni-attach-" + i).attempts();
                counts[0]++;
            } catch (Ec2Exception e) {
                counts[2] += e.attempts();
                counts[1]++;
            }
        }
        return counts;
    }

    /** Success, throttling, server error, not-found or a dropped connection, drawn from a seeded source. */
    private static final class FaultMix extends Dispatcher {
        private final Random random;
        private final AtomicInteger served;

        FaultMix(Random random, AtomicInteger served) {
            this.random = random;
            this.served = served;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            served.incrementAndGet();
            int draw;
            synchronized (random) {
                draw = random.nextInt(100);
            }
            if (draw < 55) {
                return new MockResponse.Builder()
                        .code(200)
                        .body(Ec2TestServer.DETACH_OK)
                        .build();
            }
            if (draw < 70) {
                return new MockResponse.Builder()
                        .code(503)
                        .body(Ec2TestServer.ec2Error("RequestLimitExceeded", "Request limit exceeded."))
                        .build();
            }
            if (draw < 82) {
                return new MockResponse.Builder()
                        .code(500)
                        .body(Ec2TestServer.ec2Error("InternalError", "An internal error has occurred"))
                        .build();
            }
            if (draw < 94) {
                return new MockResponse.Builder()
                        .code(400)
                        .body(Ec2TestServer.ec2Error("InvalidAttachmentID.NotFound", "does not exist"))
                        .build();
            }
            return new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
                    .build();
        }
    }

    /**
     * TCP connections this process holds open: what a leaked connection leaves behind. (The JVM also
     * opens jar files and, once, a netlink socket of its own; those are not connections.)
     */
    private static int openTcpSockets() {
        Set<String> tcpInodes = new java.util.HashSet<>();
        for (String table : new String[] {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
            try {
                for (String line : Files.readAllLines(java.nio.file.Path.of(table))) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 9 && !columns[0].equals("sl")) {
                        tcpInodes.add(columns[9]);
                    }
                }
            } catch (IOException e) {
                // No such table (no IPv6): nothing to count there.
            }
        }
        File[] entries = new File("/proc/self/fd").listFiles();
        int count = 0;
        for (File entry : entries == null ? new File[0] : entries) {
            try {
                String target = Files.readSymbolicLink(entry.toPath()).toString();
                if (target.startsWith("socket:[") && tcpInodes.contains(target.substring(8, target.length() - 1))) {
                    count++;
                }
            } catch (IOException e) {
                // Closed between listing and reading: not open any more.
            }
        }
        return count;
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }

    /**
     * Threads started during the test that are still alive. OkHttp's shared task runner, which idles
     * out on its own and belongs to no client, is not counted.
     */
    private static Set<String> newThreads(Set<String> before) {
        Set<String> now = liveThreadNames();
        now.removeAll(before);
        // OkHttp's process-wide task threads outlive any one client and take the name of the task they
        // run, so another test's pool can show up as a "connection closer"; this client's connections
        // being closed is what the socket check proves.
        now.removeIf(name -> name.startsWith("OkHttp TaskRunner")
                || name.equals("OkHttp ConnectionPool connection closer")
                || name.equals("Okio Watchdog"));
        return now;
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
