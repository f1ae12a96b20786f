package dev.ec2lite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child process to its end, bounded in time, and measures it: wall time from start to exit
 * here, CPU time (user + sys) and peak RSS from {@code /usr/bin/time} when it is installed. Its output
 * goes to a file, which a failure quotes.
 */
final class TimedChild {
    static final Path TIME = Path.of("/usr/bin/time");
    private static final long TIMEOUT_SECONDS = 120;

    /** One child's figures; CPU and RSS are NaN when they were not measured. */
    record Sample(double wallMs, double cpuMs, double rssMiB) {}

    private TimedChild() {}

    static boolean canMeasureCpu() {
        return Files.isExecutable(TIME);
    }

    /**
     * Runs {@code command} with exactly {@code env}; under {@code /usr/bin/time} when {@code timed}.
     * Throws when it does not exit within the time limit or exits with anything but 0.
     */
    static Sample run(String name, List<String> command, Map<String, String> env, Path work, boolean timed)
            throws IOException, InterruptedException {
        Path timeOut = work.resolve(name + ".time");
        Path output = work.resolve(name + ".out");
        List<String> full = new ArrayList<>();
        boolean measure = timed && canMeasureCpu();
        if (measure) {
            full.addAll(List.of(TIME.toString(), "-o", timeOut.toString(), "-f", "%U %S %M"));
        }
        full.addAll(command);
        ProcessBuilder builder =
                new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException(name + ": no exit within " + TIMEOUT_SECONDS + " s");
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IOException(name + " exited with " + process.exitValue() + ": " + String.join(" ", command)
                    + "\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        if (!measure) {
            return new Sample(wallMs, Double.NaN, Double.NaN);
        }
        // The last line: /usr/bin/time puts a note before it when the child was signalled.
        List<String> lines = Files.readAllLines(timeOut, StandardCharsets.UTF_8);
        String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
        double cpuMs = (Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000;
        return new Sample(wallMs, cpuMs, Double.parseDouble(fields[2]) / 1024);
    }
}
