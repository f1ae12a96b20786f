package dev.ec2lite.http.internal;

/**
 * The moment the current thread's HTTP attempt must be over, for {@link BoundedSocket}'s reads.
 *
 * <p>A per-read timeout alone does not bound an attempt: a peer that sends one byte a second never
 * lets a 2 s read timeout fire. OkHttp's own call timeout would, but it hands every call to Okio's
 * watchdog thread. The attempt runs on the calling thread (HTTP/1.1, no fast fall-back), so the
 * deadline is kept there and each socket read waits at most until it.
 */
final class AttemptDeadline {
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {0L, 0L});

    private AttemptDeadline() {}

    /** Starts an attempt on this thread that may last {@code nanos}; zero or less: no deadline. */
    static void start(long nanos) {
        long[] slot = DEADLINE.get();
        slot[0] = nanos > 0 ? 1L : 0L;
        slot[1] = nanos > 0 ? System.nanoTime() + nanos : 0L;
    }

    static void clear() {
        DEADLINE.get()[0] = 0L;
    }

    /**
     * Milliseconds left before the deadline, at least 1 while time is left; 0 when it has passed;
     * {@link Long#MAX_VALUE} when this thread has none.
     */
    static long remainingMillis() {
        long[] slot = DEADLINE.get();
        if (slot[0] == 0L) {
            return Long.MAX_VALUE;
        }
        long left = slot[1] - System.nanoTime();
        return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
    }
}
