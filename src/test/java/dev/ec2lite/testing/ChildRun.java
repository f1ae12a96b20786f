package dev.ec2lite.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What a child process printed and how it exited. Its output goes to files (a pipe nobody reads could
 * stall it) and its run is bounded: past the limit it and its descendants are killed and the test fails.
 */
public record ChildRun(int exitCode, String out, String err) {
    /** Starts {@code builder} (its command and environment set), with out.txt and err.txt in {@code dir}. */
    public static ChildRun run(ProcessBuilder builder, Path dir, long limitSeconds) throws IOException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("ran longer than " + limitSeconds + " s: " + builder.command());
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + builder.command(), e);
        }
        return new ChildRun(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
