package dev.ec2lite.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last requests, oldest first: at most {@value #CAPACITY} entries and about {@value #MAX_BYTES}
 * bytes, so that a long-running endpoint (the {@code local-endpoint} command) does not grow without
 * end, whatever its clients send. An action name is kept to {@value #MAX_ACTION_CHARS} characters.
 * Thread-safe.
 */
final class RequestLog {
    static final int CAPACITY = 10_000;
    static final long MAX_BYTES = 2L << 20;
    static final int MAX_ACTION_CHARS = 128;

    /** What an entry costs besides its text: the record, its Optional and the deque's slot. */
    private static final int ENTRY_OVERHEAD_BYTES = 96;

    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    private long bytes;

    synchronized void add(RecordedRequest request) {
        RecordedRequest kept = request.action().length() <= MAX_ACTION_CHARS
                ? request
                : new RecordedRequest(
                        request.action().substring(0, MAX_ACTION_CHARS),
                        request.status(),
                        request.errorCode(),
                        request.signatureVerified());
        entries.addLast(kept);
        bytes += size(kept);
        while (entries.size() > CAPACITY || bytes > MAX_BYTES) {
            bytes -= size(entries.removeFirst());
        }
    }

    /** An estimate in bytes: two per character (UTF-16) and the fixed overhead. */
    private static long size(RecordedRequest request) {
        return ENTRY_OVERHEAD_BYTES
                + 2L
                        * (request.action().length()
                                + request.errorCode().map(String::length).orElse(0));
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
