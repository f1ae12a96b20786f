package dev.ec2lite.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: fresh JVMs, each making one call to a stub server that this process runs on {@code
 * 127.0.0.1}, the variants taking turns round after round so that a burst of load on the machine
 * hits them alike. Each child runs under {@code /usr/bin/time}, which gives its CPU time (user + sys)
 * and peak RSS; wall time is measured here, from start to exit. One more run of each variant with
 * {@code -Xlog:class+load} counts the classes it loads.
 *
 * <pre>
 * ColdStartRunner --rounds 7 --ec2lite-cp CP --sdk-cp CP --cli-jar JAR --work DIR --out FILE
 * </pre>
 *
 * The tuned variants add what a launcher can add without touching the code: an AppCDS archive (made
 * by one training run with {@code -XX:ArchiveClassesAtExit}) and C1 only ({@code
 * -XX:TieredStopAtLevel=1}). They are run for both libraries, so the comparison stays like for like.
 */
public final class ColdStartRunner {
    private static final String TIME = "/usr/bin/time";
    private static final long CHILD_TIMEOUT_SECONDS = 60;
    private static final List<String> TUNED_FLAGS = List.of("-XX:TieredStopAtLevel=1");

    private final Map<String, String> options;
    private final Path work;
    private final Path home;
    private final String java;
    private String url;

    private ColdStartRunner(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = Files.createDirectories(Path.of(require("work")));
        this.home = Files.createDirectories(work.resolve("empty-home"));
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One way of making the call in a fresh JVM. */
    private record Variant(String name, List<String> jvmArgs, List<String> command, boolean tuned) {}

    /** One child's figures. */
    private record Sample(double wallMs, double cpuMs, double rssMiB) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ColdStartRunner(options).run();
    }

    private String require(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private void run() throws Exception {
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        if (rounds < 1 || rounds > 50) {
            throw new IllegalArgumentException("--rounds must be 1..50");
        }
        boolean haveTime = Files.isExecutable(Path.of(TIME));
        if (!haveTime) {
            System.err.println("cold start: " + TIME + " is missing (Debian package 'time'):"
                    + " CPU time and peak RSS are not measured");
        }
        // The JDK's HttpServer leaves Nagle on unless told; read once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<Variant> variants = variants();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        Map<String, Integer> classes = new LinkedHashMap<>();
        try (StubServer stub = StubServer.start(2)) {
            url = stub.url();
            for (Variant variant : variants) {
                samples.put(variant.name(), new ArrayList<>());
                if (variant.tuned()) {
                    // Training run: writes the AppCDS archive the timed runs map.
                    List<String> train = new ArrayList<>();
                    train.add("-XX:ArchiveClassesAtExit=" + archive(variant));
                    train.addAll(variant.jvmArgs());
                    runChild(variant, train, false);
                }
            }
            for (int round = 1; round <= rounds; round++) {
                for (Variant variant : variants) {
                    samples.get(variant.name()).add(runChild(variant, timedArgs(variant), haveTime));
                }
                System.err.println("cold start: round " + round + "/" + rounds + " done");
            }
            for (Variant variant : variants) {
                Path log = work.resolve(variant.name() + ".classes.log");
                Files.deleteIfExists(log);
                List<String> jvmArgs = new ArrayList<>(timedArgs(variant));
                jvmArgs.add("-Xlog:class+load=info:file=" + log);
                runChild(variant, jvmArgs, false);
                try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    classes.put(variant.name(), (int) lines.filter(l -> l.contains("source:")).count());
                }
            }
        }
        write(Path.of(require("out")), variants, samples, classes, haveTime);
    }

    private List<Variant> variants() {
        String cp = "-cp";
        List<String> lib = List.of(cp, require("ec2lite-cp"), ColdStartEc2lite.class.getName());
        List<String> sdk = List.of(cp, require("sdk-cp"), ColdStartSdk.class.getName());
        List<String> cli = List.of(
                "-jar",
                require("cli-jar"),
                "detach-network-interface",
                "--attachment-id",
                "eni-attach-0123456789abcdef0",
                "--region",
                "us-east-1",
                "--endpoint-url");
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("ec2lite", List.of(), lib, false));
        variants.add(new Variant("sdkv2", List.of(), sdk, false));
        variants.add(new Variant("ec2lite-cli", List.of(), cli, false));
        variants.add(new Variant("ec2lite-tuned", TUNED_FLAGS, lib, true));
        variants.add(new Variant("sdkv2-tuned", TUNED_FLAGS, sdk, true));
        variants.add(new Variant("ec2lite-cli-tuned", TUNED_FLAGS, cli, true));
        return variants;
    }

    private Path archive(Variant variant) {
        return work.resolve(variant.name() + ".jsa");
    }

    private List<String> timedArgs(Variant variant) {
        List<String> args = new ArrayList<>();
        if (variant.tuned()) {
            args.add("-XX:SharedArchiveFile=" + archive(variant));
        }
        args.addAll(variant.jvmArgs());
        return args;
    }

    private Sample runChild(Variant variant, List<String> jvmArgs, boolean timed) throws Exception {
        Path timeOut = work.resolve(variant.name() + ".time");
        Path output = work.resolve(variant.name() + ".out");
        List<String> command = new ArrayList<>();
        if (timed) {
            command.addAll(List.of(TIME, "-o", timeOut.toString(), "-f", "%U %S %M"));
        }
        command.add(java);
        command.add("-Duser.home=" + home);
        command.addAll(jvmArgs);
        command.addAll(variant.command());
        command.add(url);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("JAVA_TOOL") || name.startsWith("JDK_JAVA"));
        env.put("HOME", home.toString());
        // Only the CLI reads these; the library variants are given their credentials in code.
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(variant.name() + ": no exit within " + CHILD_TIMEOUT_SECONDS + " s");
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(variant.name() + " exited with " + process.exitValue() + ":\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        if (!timed) {
            return new Sample(wallMs, Double.NaN, Double.NaN);
        }
        String[] fields = Files.readString(timeOut, StandardCharsets.UTF_8).trim().split("\\s+");
        int n = fields.length;
        double cpuMs = (Double.parseDouble(fields[n - 3]) + Double.parseDouble(fields[n - 2])) * 1000;
        double rssMiB = Double.parseDouble(fields[n - 1]) / 1024;
        return new Sample(wallMs, cpuMs, rssMiB);
    }

    private static void write(
            Path out,
            List<Variant> variants,
            Map<String, List<Sample>> samples,
            Map<String, Integer> classes,
            boolean haveTime)
            throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("variant\truns\twall_ms\twall_min_ms\twall_max_ms\tcpu_ms\tcpu_min_ms\tcpu_max_ms\trss_mib\tclasses");
            for (Variant variant : variants) {
                List<Sample> list = samples.get(variant.name());
                double[] wall = list.stream().mapToDouble(Sample::wallMs).sorted().toArray();
                double[] cpu = list.stream().mapToDouble(Sample::cpuMs).sorted().toArray();
                double[] rss = list.stream().mapToDouble(Sample::rssMiB).sorted().toArray();
                w.println(String.join(
                        "\t",
                        variant.name(),
                        Integer.toString(list.size()),
                        fmt(median(wall)),
                        fmt(wall[0]),
                        fmt(wall[wall.length - 1]),
                        haveTime ? fmt(median(cpu)) : "NaN",
                        haveTime ? fmt(cpu[0]) : "NaN",
                        haveTime ? fmt(cpu[cpu.length - 1]) : "NaN",
                        haveTime ? fmt(median(rss)) : "NaN",
                        Integer.toString(classes.get(variant.name()))));
            }
        }
        System.err.println("cold start: wrote " + out);
        System.err.println(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
