package dev.ec2lite.local;

import java.time.Duration;
import java.util.Collection;

/** Waits for the endpoint's threads to end, with one deadline for all of them. */
final class ThreadJoin {
    private ThreadJoin() {}

    /**
     * Joins every thread within {@code limit} in all; an interrupt stops the wait and is kept.
     *
     * @throws IllegalStateException naming the first thread still alive at the deadline
     */
    static void all(Collection<Thread> threads, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(
                        1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
                if (thread.isAlive()) {
                    throw new IllegalStateException(
                            what + " did not stop within " + limit.toSeconds() + " seconds: " + thread);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
