package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetryQuotaTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 1_000;

    @Test
    void quotaStartsFullAtFiveHundredTokens() {
        assertEquals(500, new RetryQuota().available());
    }

    @Test
    void transientRetryCostsFourteenAndThrottlingRetryCostsFive() {
        RetryQuota quota = new RetryQuota();
        assertEquals(14, quota.tryAcquire(false));
        assertEquals(5, quota.tryAcquire(true));
        assertEquals(481, quota.available());
    }

    @Test
    void quotaDrainsThenRefusesARetryItCannotPay() {
        RetryQuota quota = new RetryQuota();
        int paid = 0;
        while (quota.tryAcquire(false) > 0) {
            paid++;
        }
        assertEquals(500 / 14, paid);
        assertEquals(500 % 14, quota.available());
        assertEquals(0, quota.tryAcquire(false), "14 tokens cannot be paid from 10");
        assertEquals(5, quota.tryAcquire(true), "a throttling retry is cheaper and still fits");
        assertEquals(5, quota.tryAcquire(true));
        assertEquals(0, quota.tryAcquire(true));
        assertEquals(0, quota.available());
    }

    @Test
    void releaseRefundsButNeverFillsPastCapacity() {
        RetryQuota quota = new RetryQuota();
        int cost = quota.tryAcquire(false);
        quota.release(cost);
        assertEquals(500, quota.available());
        quota.release(RetryQuota.NO_RETRY_INCREMENT);
        assertEquals(500, quota.available());
    }

    @Test
    void concurrentAcquireAndReleaseKeepTokensWithinZeroAndCapacity() throws Exception {
        RetryQuota quota = new RetryQuota();
        List<Integer> violations = runConcurrently(thread -> {
            SplittableRandom random = new SplittableRandom(thread);
            int seen = 0;
            for (int i = 0; i < OPERATIONS; i++) {
                int cost = quota.tryAcquire(random.nextBoolean());
                seen += outOfRange(quota);
                quota.release(cost > 0 && random.nextBoolean() ? cost : RetryQuota.NO_RETRY_INCREMENT);
                seen += outOfRange(quota);
            }
            return seen;
        });
        assertEquals(0, violations.stream().mapToInt(Integer::intValue).sum());
        assertTrue(quota.available() >= 0 && quota.available() <= 500);
    }

    @Test
    void concurrentAcquiresNeverOverdrawTheQuota() throws Exception {
        RetryQuota quota = new RetryQuota();
        List<Integer> paidPerThread = runConcurrently(thread -> {
            int paid = 0;
            for (int i = 0; i < OPERATIONS; i++) {
                paid += quota.tryAcquire(i % 2 == 0);
            }
            return paid;
        });
        int paid = paidPerThread.stream().mapToInt(Integer::intValue).sum();
        assertEquals(500, paid + quota.available(), "every token taken exactly once");
        assertTrue(quota.available() < 5, "drained: " + quota.available());
    }

    private static int outOfRange(RetryQuota quota) {
        int available = quota.available();
        return available < 0 || available > quota.capacity() ? 1 : 0;
    }

    private interface Worker {
        int run(int thread);
    }

    /** Runs {@code worker} on 8 threads released together; bounded, so a bug cannot hang the build. */
    private static List<Integer> runConcurrently(Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> task = () -> {
                    start.await();
                    return worker.run(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
