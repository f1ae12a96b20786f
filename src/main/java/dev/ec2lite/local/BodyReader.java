package dev.ec2lite.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a request body of a declared length within {@link #TIMEOUT}, so a slow or silent client
 * cannot hold a worker thread. The JDK's server reads through a blocking {@code SocketChannel}, an
 * interruptible channel: when the time is up, an alarm interrupts the reading thread, which closes
 * the connection and ends the read at once. The alarm costs no thread of its own per request.
 */
final class BodyReader {
    /** How long a client may take to send its body; a local client sends 1 MiB in milliseconds. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The body did not arrive in time; the connection is already closed. */
    static final class TooSlow extends Exception {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("request body not received within " + TIMEOUT.toSeconds() + " s", null, false, false);
        }
    }

    private final ScheduledExecutorService alarms;
    private final Duration timeout;

    BodyReader(ScheduledExecutorService alarms, Duration timeout) {
        this.alarms = alarms;
        this.timeout = timeout;
    }

    /** The {@code length} bytes of the body (fewer if the client ended early). */
    byte[] read(InputStream in, int length) throws IOException, TooSlow {
        return timed(() -> in.readNBytes(length));
    }

    /** Reads and drops {@code length} bytes, so that the answer that follows reaches the client. */
    void discard(InputStream in, long length) throws IOException, TooSlow {
        timed(() -> {
            byte[] sink = new byte[64 * 1024];
            long left = length;
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
            return null;
        });
    }

    private interface Read<T> {
        T run() throws IOException;
    }

    private <T> T timed(Read<T> read) throws IOException, TooSlow {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm::ring, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return read.run();
        } catch (IOException e) {
            if (alarm.disarm() || e instanceof ClosedByInterruptException) {
                throw new TooSlow();
            }
            throw e;
        } finally {
            scheduled.cancel(false);
            if (alarm.disarm()) {
                Thread.interrupted(); // the alarm rang: the flag is ours, not the pool's
            }
        }
    }

    /** Interrupts its thread once, unless disarmed first; says whether it rang. */
    private static final class Alarm {
        private final Thread thread;
        private boolean disarmed;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!disarmed) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean disarm() {
            disarmed = true;
            return rang;
        }
    }
}
