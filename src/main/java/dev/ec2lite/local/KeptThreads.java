package dev.ec2lite.local;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The daemon threads a server starts, kept until they have ended so that stopping can wait for every
 * one of them. A thread never removes itself: one that is ending must still be seen and joined.
 */
final class KeptThreads {
    private final Queue<Thread> threads = new ConcurrentLinkedQueue<>();
    private final String what;
    private boolean stopping; // guarded by this: no thread is made once stopAndJoin has begun

    /** @param what names a thread in the error of {@link #stopAndJoin}, e.g. "TLS thread" */
    KeptThreads(String what) {
        this.what = what;
    }

    /**
     * A kept daemon thread, not started; {@code null} once stopping has begun, as a {@code
     * ThreadFactory} may answer.
     */
    synchronized Thread newThread(Runnable body, String name) {
        if (stopping) {
            return null;
        }
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        forgetEnded();
        threads.add(thread);
        return thread;
    }

    /**
     * Makes and starts a kept daemon thread, in one step with the stopping check, so that {@link
     * #stopAndJoin} cannot miss it.
     *
     * @return the thread, or {@code null} (and nothing started) once stopping has begun
     */
    synchronized Thread start(Runnable body, String name) {
        Thread thread = newThread(body, name);
        if (thread != null) {
            thread.start();
        }
        return thread;
    }

    /** How many kept threads have not ended yet. */
    int notEnded() {
        forgetEnded();
        return threads.size();
    }

    /** Only ended ones: a thread made but not yet started is NEW, not alive yet, and must stay. */
    private void forgetEnded() {
        threads.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
    }

    /**
     * Refuses new threads, then joins every kept one within {@code limit} in all; an interrupt stops
     * the wait and is kept.
     *
     * @throws IllegalStateException naming the first thread still alive at the deadline
     */
    void stopAndJoin(Duration limit) {
        synchronized (this) {
            stopping = true;
        }
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
