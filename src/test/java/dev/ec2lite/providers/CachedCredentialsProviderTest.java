package dev.ec2lite.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CachedCredentialsProviderTest {
    private final MutableClock clock = new MutableClock();

    /** Answers numbered credentials valid for an hour from the clock's now, or fails when told to. */
    private final class CountingSource implements CredentialsProvider {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public AwsCredentials resolveCredentials() {
            int call = calls.incrementAndGet();
            if (failing.get()) {
                throw new Ec2ClientException("source is down");
            }
            return AwsCredentials.of(
                    "ASIA" + call, TestEnv.SECRET_KEY, "token", clock.instant().plus(Duration.ofHours(1)));
        }

        @Override
        public String toString() {
            return "CountingSource";
        }
    }

    @Test
    void credentialsAreFetchedOnceAndReusedUntilTheRefreshWindow() {
        CountingSource source = new CountingSource();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(source, clock);

        AwsCredentials first = cache.resolveCredentials();
        clock.advance(Duration.ofMinutes(54));
        assertSame(first, cache.resolveCredentials());

        assertEquals(1, source.calls.get());
    }

    @Test
    void credentialsAreRefreshedFiveMinutesBeforeExpiry() {
        CountingSource source = new CountingSource();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(source, clock);
        cache.resolveCredentials();

        clock.advance(Duration.ofMinutes(55));

        assertEquals("ASIA2", cache.resolveCredentials().accessKeyId());
    }

    @Test
    void aFailedEarlyRefreshKeepsServingTheStillValidCredentials() {
        CountingSource source = new CountingSource();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(source, clock);
        AwsCredentials first = cache.resolveCredentials();
        source.failing.set(true);

        clock.advance(Duration.ofMinutes(56));

        assertSame(first, cache.resolveCredentials());
        assertSame(first, cache.resolveCredentials()); // the retry waits; no second call right away
        assertEquals(2, source.calls.get());
    }

    @Test
    void credentialsInsideTheLastMinuteAreNeverHandedOut() {
        CountingSource source = new CountingSource();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(source, clock);
        cache.resolveCredentials();
        source.failing.set(true);

        clock.advance(Duration.ofMinutes(59).plusSeconds(1));

        Ec2ClientException e = assertThrows(Ec2ClientException.class, cache::resolveCredentials);
        assertEquals("source is down", e.getMessage());
    }

    @Test
    void freshCredentialsThatExpireWithinAMinuteAreRefused() {
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> AwsCredentials.of(
                        "ASIAOLD", TestEnv.SECRET_KEY, "t", clock.instant().plusSeconds(30)),
                clock);

        Ec2ClientException e = assertThrows(Ec2ClientException.class, cache::resolveCredentials);
        assertTrue(e.getMessage().contains("less than a minute"), e.getMessage());
    }

    @Test
    void credentialsWithoutExpirationAreKept() {
        AtomicInteger calls = new AtomicInteger();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> {
                    calls.incrementAndGet();
                    return AwsCredentials.of(TestEnv.ACCESS_KEY_ID, TestEnv.SECRET_KEY);
                },
                clock);

        cache.resolveCredentials();
        clock.advance(Duration.ofMinutes(59));
        cache.resolveCredentials();

        assertEquals(1, calls.get());
    }

    @Test
    @Timeout(30)
    void concurrentCallersOnAnEmptyCacheCauseOneFetch() throws Exception {
        int threads = 8;
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> {
                    calls.incrementAndGet();
                    await(started);
                    sleep(100); // every other thread is waiting on the refresh by now
                    return AwsCredentials.of(
                            "ASIA1", TestEnv.SECRET_KEY, "t", Instant.now(clock).plusSeconds(3600));
                },
                clock);

        List<AwsCredentials> answers = runConcurrently(threads, cache, started);

        assertEquals(1, calls.get());
        answers.forEach(answer -> assertEquals("ASIA1", answer.accessKeyId()));
    }

    @Test
    @Timeout(30)
    void concurrentCallersInTheRefreshWindowCauseOneRefreshAndNoneWaits() throws Exception {
        int threads = 8;
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> {
                    int call = calls.incrementAndGet();
                    if (call > 1) {
                        await(release); // the refresh hangs until every other caller has its answer
                    }
                    return AwsCredentials.of(
                            "ASIA" + call,
                            TestEnv.SECRET_KEY,
                            "t",
                            clock.instant().plusSeconds(3600));
                },
                clock);
        cache.resolveCredentials();
        clock.advance(Duration.ofMinutes(56));

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<AwsCredentials> refresher = pool.submit(cache::resolveCredentials);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (calls.get() < 2) {
                assertTrue(System.nanoTime() < deadline, "the refresh did not start");
                Thread.onSpinWait();
            }
            List<Future<AwsCredentials>> others = new ArrayList<>();
            for (int i = 1; i < threads; i++) {
                others.add(pool.submit(cache::resolveCredentials));
            }
            for (Future<AwsCredentials> other : others) {
                assertEquals("ASIA1", other.get(10, TimeUnit.SECONDS).accessKeyId());
            }
            release.countDown();
            assertEquals("ASIA2", refresher.get(10, TimeUnit.SECONDS).accessKeyId());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, calls.get());
    }

    @Test
    @Timeout(30)
    void concurrentCallersShareOneFailedRefreshInsteadOfRepeatingItInTurn() throws Exception {
        int threads = 8;
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        List<Thread> callers = new CopyOnWriteArrayList<>();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> {
                    calls.incrementAndGet();
                    await(release); // fails only once every other caller waits for it
                    throw new Ec2ClientException("the source is down");
                },
                clock);

        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cache-caller");
            callers.add(thread);
            return thread;
        });
        try {
            List<Future<AwsCredentials>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(cache::resolveCredentials));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // One caller is in the source (waiting on the latch); the others wait for its outcome.
            while (callers.size() < threads
                    || callers.stream()
                                    .filter(CachedCredentialsProviderTest::isWaiting)
                                    .count()
                            < threads) {
                assertTrue(System.nanoTime() < deadline, "the callers did not all wait");
                Thread.sleep(5);
            }
            release.countDown();
            for (Future<AwsCredentials> future : futures) {
                ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
                assertEquals("the source is down", e.getCause().getMessage());
                assertTrue(e.getCause() instanceof Ec2ClientException, String.valueOf(e.getCause()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.get(), "every waiting caller repeated the failed refresh");
    }

    @Test
    @Timeout(30)
    void afterASharedFailureTheNextCallerTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        CachedCredentialsProvider cache = CachedCredentialsProvider.create(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new Ec2ClientException("the source is down");
                    }
                    return AwsCredentials.of(
                            "ASIA2", TestEnv.SECRET_KEY, "t", clock.instant().plusSeconds(3600));
                },
                clock);

        assertThrows(Ec2ClientException.class, cache::resolveCredentials);
        assertEquals("ASIA2", cache.resolveCredentials().accessKeyId());
        assertEquals(2, calls.get());
    }

    @Test
    void toStringNamesTheSourceOnly() {
        assertEquals(
                "CachedCredentialsProvider{CountingSource}",
                CachedCredentialsProvider.create(new CountingSource(), clock).toString());
    }

    private static List<AwsCredentials> runConcurrently(
            int threads, CredentialsProvider provider, CountDownLatch started) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<AwsCredentials>> tasks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tasks.add(provider::resolveCredentials);
            }
            List<Future<AwsCredentials>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            started.countDown();
            List<AwsCredentials> answers = new ArrayList<>();
            for (Future<AwsCredentials> future : futures) {
                answers.add(future.get(10, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isWaiting(Thread thread) {
        return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
