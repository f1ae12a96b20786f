package dev.ec2lite.retry.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The retry quota: a token bucket shared by every call of one client, so that when a service is failing
 * the client as a whole stops retrying instead of multiplying the load. Thread-safe (one atomic
 * counter, compare-and-set), never below zero nor above {@link #INITIAL_RETRY_TOKENS}.
 *
 * <p>Numbers from the 2026 revision of the SDKs' retry specification (AWS SDKs and Tools reference
 * "Retry behavior"; aws-sdk-go-v2 PR 3400; aws-cli PR 10342): 500 tokens; a retry costs {@link
 * #RETRY_COST} = 14, or the discounted {@link #THROTTLING_RETRY_COST} = 5 when the service explicitly
 * said "slow down"; timeouts are no longer priced separately. A call that succeeds gives back what its
 * last retry cost, or {@link #NO_RETRY_INCREMENT} = 1 when it succeeded first time (unchanged from the
 * earlier revision), never filling the bucket past its capacity.
 */
final class RetryQuota {

    static final int INITIAL_RETRY_TOKENS = 500;
    static final int RETRY_COST = 14;
    static final int THROTTLING_RETRY_COST = 5;
    static final int NO_RETRY_INCREMENT = 1;

    private final int capacity;
    private final AtomicInteger available;

    RetryQuota() {
        this(INITIAL_RETRY_TOKENS);
    }

    RetryQuota(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: " + capacity);
        }
        this.capacity = capacity;
        this.available = new AtomicInteger(capacity);
    }

    /** Takes the price of one retry; returns the tokens taken, or 0 when the quota cannot pay. */
    int tryAcquire(boolean throttling) {
        int cost = throttling ? THROTTLING_RETRY_COST : RETRY_COST;
        while (true) {
            int now = available.get();
            if (now < cost) {
                return 0;
            }
            if (available.compareAndSet(now, now - cost)) {
                return cost;
            }
        }
    }

    /** Gives back {@code tokens}, up to the capacity. */
    void release(int tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens < 0: " + tokens);
        }
        available.getAndUpdate(now -> (int) Math.min((long) now + tokens, capacity));
    }

    int available() {
        return available.get();
    }

    int capacity() {
        return capacity;
    }
}
