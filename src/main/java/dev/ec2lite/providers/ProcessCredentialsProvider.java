package dev.ec2lite.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Credentials printed by an external command, the profile setting {@code credential_process}. The
 * command prints {@code {"Version": 1, "AccessKeyId": …, "SecretAccessKey": …, "SessionToken": …,
 * "Expiration": …}} on stdout; {@code SessionToken} and {@code Expiration} are optional.
 *
 * <p>The command line is handed whole to {@code sh -c} ({@code cmd.exe /C} on Windows), as the Java
 * SDK v2 does: quoting, {@code ~}, variables and pipes work as in a shell, and the line is not split
 * by this code. The process inherits this JVM's environment and working directory.
 *
 * <p>Bounds: stdout is read up to {@value #DEFAULT_OUTPUT_LIMIT} bytes (the Java SDK's default limit
 * is 64000) and the whole run, reading its output included, gets one deadline of {@link
 * #DEFAULT_TIMEOUT} (configurable). On timeout the whole process tree is killed (the command's
 * descendants too, such as a helper it started in the background), and the threads reading its
 * output end before the call returns. A
 * non-zero exit is reported with the exit code and the start of stderr, never stdout, which may
 * hold secrets. This provider runs the command on every call: wrap it in {@link
 * CachedCredentialsProvider}, as {@link ProfileCredentialsProvider} does.
 */
public final class ProcessCredentialsProvider implements CredentialsProvider {
    static final int DEFAULT_OUTPUT_LIMIT = 64 * 1024;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int STDERR_KEPT = 4096;
    private static final int STDERR_SHOWN = 512;
    private static final String SOURCE = "credential_process";

    private final String command;
    private final Duration timeout;
    private final int outputLimit;

    private ProcessCredentialsProvider(String command, Duration timeout, int outputLimit) {
        this.command = Objects.requireNonNull(command, "command == null");
        if (command.isBlank()) {
            throw new IllegalArgumentException("command is blank");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout == null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (outputLimit < 1) {
            throw new IllegalArgumentException("outputLimit must be positive: " + outputLimit);
        }
        this.outputLimit = outputLimit;
    }

    /** Runs {@code command} with the default timeout (60 s) and output limit (64 KiB). */
    public static ProcessCredentialsProvider create(String command) {
        return new ProcessCredentialsProvider(command, DEFAULT_TIMEOUT, DEFAULT_OUTPUT_LIMIT);
    }

    /** Runs {@code command}, killing it after {@code timeout} and refusing more than {@code outputLimit} bytes of stdout. */
    public static ProcessCredentialsProvider create(String command, Duration timeout, int outputLimit) {
        return new ProcessCredentialsProvider(command, timeout, outputLimit);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        byte[] stdout = run();
        CredentialsJson json = CredentialsJson.parse(stdout, SOURCE);
        JsonNode version = json.field("Version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
            throw new Ec2ClientException(SOURCE + " answered an unsupported Version (only the number 1 is supported)");
        }
        return json.credentials("SessionToken");
    }

    private byte[] run() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process;
        try {
            process = new ProcessBuilder(shellCommand(command)).start();
        } catch (IOException e) {
            throw new Ec2ClientException(SOURCE + " could not be started: " + e.getMessage(), e);
        }
        StreamReader stdout = null;
        StreamReader stderr = null;
        try {
            process.getOutputStream().close();
            stdout = StreamReader.start(process.getInputStream(), outputLimit, "stdout");
            stderr = StreamReader.start(process.getErrorStream(), STDERR_KEPT, "stderr");
            if (!process.waitFor(remainingNanos(deadline), TimeUnit.NANOSECONDS)
                    || !stdout.join(deadline)
                    || !stderr.join(deadline)) {
                throw new Ec2ClientException(SOURCE + " did not finish within " + describe(timeout));
            }
            if (process.exitValue() != 0) {
                String errors = ErrorText.clean(stderr.text(), STDERR_SHOWN);
                throw new Ec2ClientException(SOURCE + " exited with code " + process.exitValue()
                        + (errors.isEmpty() ? "" : "; stderr: " + errors));
            }
            if (stdout.overflowed()) {
                throw new Ec2ClientException(SOURCE + " printed more than " + outputLimit + " bytes");
            }
            return stdout.bytes();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Ec2ClientException(SOURCE + " was interrupted", e);
        } catch (IOException e) {
            throw new Ec2ClientException(SOURCE + " could not be run: " + e.getMessage(), e);
        } finally {
            endTree(process);
            endReaders(stdout, stderr);
        }
    }

    private static long remainingNanos(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /**
     * Kills the command and everything it started that is still its descendant. The descendants are
     * listed before the shell dies: once it is gone they belong to init and cannot be found from here.
     */
    private static void endTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Once the command is dead its pipes end (the JDK drains and closes them when the process exits,
     * even if an escaped grandchild still holds the write end), so each reader ends within a moment.
     * Our end is not closed under a blocked reader: its file descriptor could be reused meanwhile.
     */
    private static void endReaders(StreamReader... readers) {
        for (StreamReader reader : readers) {
            if (reader != null) {
                reader.awaitEnd();
            }
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static List<String> shellCommand(String command) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/C", command) : List.of("sh", "-c", command);
    }

    /**
     * Drains one stream of the child on its own thread (so a full stderr pipe cannot block the
     * child), keeping at most {@code limit} bytes and discarding the rest.
     */
    private static final class StreamReader implements Runnable {
        /** How long a reader may take to notice that its pipe was closed. */
        private static final Duration END_WAIT = Duration.ofSeconds(2);

        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile boolean overflowed;

        private StreamReader(InputStream in, int limit, String name) {
            this.in = in;
            this.limit = limit;
            this.thread = new Thread(this, "credential-process-" + name);
            this.thread.setDaemon(true);
        }

        static StreamReader start(InputStream in, int limit, String name) {
            StreamReader reader = new StreamReader(in, limit, name);
            reader.thread.start();
            return reader;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    int room = limit - kept.size();
                    synchronized (kept) {
                        kept.write(buffer, 0, Math.max(0, Math.min(n, room)));
                    }
                    if (n > room) {
                        overflowed = true;
                    }
                }
            } catch (IOException e) {
                // The process was killed or closed its end: what was read so far is all there is.
            }
        }

        /** Waits until the stream ended or {@code deadline} (a {@link System#nanoTime()}); true if it ended. */
        boolean join(long deadline) throws InterruptedException {
            long millis = TimeUnit.NANOSECONDS.toMillis(remainingNanos(deadline));
            if (millis > 0) {
                thread.join(millis);
            }
            return !thread.isAlive();
        }

        /** Bounded: after the tree is killed, a read returns at once. */
        void awaitEnd() {
            try {
                thread.join(END_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        byte[] bytes() {
            synchronized (kept) {
                return kept.toByteArray();
            }
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }
    }

    /** Shows the command's program name only: arguments may carry secrets (a token, a password). */
    @Override
    public String toString() {
        String program = command.strip().split("\\s+", 2)[0];
        return "ProcessCredentialsProvider{command=" + program + " ...}";
    }
}
