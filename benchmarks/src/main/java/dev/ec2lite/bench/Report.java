package dev.ec2lite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what {@code run.sh} measured (JMH JSON, the cold-start TSV, the footprint class paths) from
 * {@code args[0]} and prints the Markdown results: ratios against the targets first, then the
 * absolute figures, the machine and the JDK.
 */
public final class Report {
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder out = new StringBuilder();

    private Report(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(Path.of(args[0]));
        System.out.print(report.render(args.length > 1 ? args[1] : ""));
    }

    /** One JMH result: primary score and error, and the secondary figures we use. */
    private record Jmh(double score, double error, String unit, double cpuNs, double allocBytes) {}

    private Map<String, Jmh> jmh(String file) throws IOException {
        Map<String, Jmh> results = new LinkedHashMap<>();
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            return results;
        }
        for (JsonNode node : json.readTree(path.toFile())) {
            String name = node.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode primary = node.get("primaryMetric");
            JsonNode secondary = node.path("secondaryMetrics");
            results.put(
                    name,
                    new Jmh(
                            primary.get("score").asDouble(),
                            primary.get("scoreError").asDouble(),
                            primary.get("scoreUnit").asText(),
                            secondary.path("cpu.time.norm").path("score").asDouble(Double.NaN),
                            secondary.path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
        }
        return results;
    }

    /** One cold-start variant's medians. */
    private record Cold(
            double wall, double wallMin, double wallMax, double cpu, double cpuMin, double cpuMax, double rss,
            int classes, int runs) {}

    private Map<String, Cold> coldStart() throws IOException {
        Map<String, Cold> results = new LinkedHashMap<>();
        Path path = dir.resolve("coldstart.tsv");
        if (!Files.exists(path)) {
            return results;
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            results.put(
                    f[0],
                    new Cold(d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]), d(f[7]), d(f[8]), Integer.parseInt(f[9]),
                            Integer.parseInt(f[1])));
        }
        return results;
    }

    /** Jars and bytes of one footprint class path. */
    private record Footprint(int jars, long bytes) {}

    private Footprint footprint(String name) throws IOException {
        Path path = dir.resolve("footprint-" + name + ".txt");
        if (!Files.exists(path)) {
            return null;
        }
        String text = Files.readString(path, StandardCharsets.UTF_8).trim();
        int jars = 0;
        long bytes = 0;
        for (String entry : text.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars++;
                bytes += Files.size(Path.of(entry));
            }
        }
        return new Footprint(jars, bytes);
    }

    private String render(String settings) throws IOException {
        Map<String, Jmh> signing = jmh("signing.json");
        Map<String, Jmh> steady1 = jmh("steady-1.json");
        Map<String, Jmh> steadyN = jmh("steady-n.json");
        Map<String, Cold> cold = coldStart();
        Footprint lite = footprint("ec2lite");
        Footprint liteBc = footprint("ec2lite-bc");
        Footprint sdkDefault = footprint("sdk-default");
        Footprint sdkUrl = footprint("sdk-urlconn");
        int threadsN = threads("steady-n.json");

        line("# ec2lite against the AWS SDK for Java v2: results");
        line("");
        line("Produced by `benchmarks/run.sh`" + (settings.isBlank() ? "" : " (" + settings + ")") + ". " + machine());
        line("");
        line("## Ratios against the targets");
        line("");
        line("ec2lite's figure divided by the SDK v2's (or by the floor), both measured in the same run.");
        line("");
        line("| what | ratio | target | met |");
        line("|---|---:|---:|:---:|");
        Jmh jdk = signing.get("ec2liteJdk");
        Jmh bc = signing.get("ec2liteBouncyCastle");
        Jmh floor = signing.get("floorJdk");
        Jmh sdkSign = signing.get("sdkV2");
        if (jdk != null && floor != null && sdkSign != null) {
            ratio("Signing time, ec2lite (JDK crypto) ÷ floor (JDK)", jdk.score() / floor.score(), "≤ 2×", true, 2);
            ratio("Signing time, SDK v2 ÷ ec2lite (JDK) — speed-up", sdkSign.score() / jdk.score(), "≥ 3.5×", false, 3.5);
            ratio("Signing CPU time, SDK v2 ÷ ec2lite (JDK) — cross-check", sdkSign.cpuNs() / jdk.cpuNs(), "≥ 3.5×", false, 3.5);
            ratio("Signing allocation, ec2lite (JDK) ÷ SDK v2", jdk.allocBytes() / sdkSign.allocBytes(), "—", true, Double.NaN);
            row("Signing allocation, ec2lite (JDK)", bytes(jdk.allocBytes()) + "/signature", "< 2 KB",
                    jdk.allocBytes() < 2048);
            if (bc != null) {
                ratio("Signing time, ec2lite (Bouncy Castle) ÷ floor (JDK)", bc.score() / floor.score(), "—", true, Double.NaN);
            }
        }
        steadyRatios(steady1, 1);
        steadyRatios(steadyN, threadsN);
        Cold coldLite = cold.get("ec2lite");
        Cold coldSdk = cold.get("sdkv2");
        if (coldLite != null && coldSdk != null) {
            ratio("Cold start CPU time (user+sys), ec2lite ÷ SDK v2", coldLite.cpu() / coldSdk.cpu(), "≤ 0.33", true, 1.0 / 3);
            ratio("Cold start peak RSS, ec2lite ÷ SDK v2", coldLite.rss() / coldSdk.rss(), "≤ 0.6", true, 0.6);
            ratio("Cold start classes loaded, ec2lite ÷ SDK v2", (double) coldLite.classes() / coldSdk.classes(), "≤ 0.5", true, 0.5);
            ratio("Cold start wall time, ec2lite ÷ SDK v2", coldLite.wall() / coldSdk.wall(), "—", true, Double.NaN);
        }
        Cold tunedLite = cold.get("ec2lite-tuned");
        Cold tunedSdk = cold.get("sdkv2-tuned");
        if (tunedLite != null && tunedSdk != null) {
            ratio("Cold start CPU time, both with AppCDS + C1 only", tunedLite.cpu() / tunedSdk.cpu(), "—", true, Double.NaN);
            ratio("Cold start peak RSS, both with AppCDS + C1 only", tunedLite.rss() / tunedSdk.rss(), "—", true, Double.NaN);
        }
        if (lite != null && sdkUrl != null) {
            ratio("Footprint bytes, ec2lite ÷ SDK v2 (URL-connection client only)", (double) lite.bytes() / sdkUrl.bytes(), "≤ 0.25", true, 0.25);
        }
        line("");

        line("## Absolute figures");
        line("");
        line("### 1. Signing one `DetachNetworkInterface` request (JMH, average time)");
        line("");
        line("`POST /`, form body `" + Fixtures.FORM_BODY + "`, signed headers `content-type;host;x-amz-date`,"
                + " signing key cached. The SDK's `AwsV4HttpSigner` always adds and signs `x-amz-content-sha256`"
                + " (no property turns it off); `ec2liteJdkContentSha256` shows what that header costs ec2lite."
                + " The floor is SHA-256 of the body, SHA-256 of the canonical request and one HMAC of the string"
                + " to sign, into a reused buffer. All signatures are checked equal before timing.");
        line("");
        line("| benchmark | time ns/op | ± (99.9%) | CPU ns/op | allocated B/op |");
        line("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, Jmh> e : signing.entrySet()) {
            Jmh r = e.getValue();
            line("| " + e.getKey() + " | " + f0(r.score()) + " | " + f0(r.error()) + " | " + f0(r.cpuNs()) + " | "
                    + f0(r.allocBytes()) + " |");
        }
        line("");
        line("### 2. A whole call in steady state (JMH, throughput; stub server in its own JVM on 127.0.0.1)");
        line("");
        line("CPU is the benchmark JVM's (all its threads, GC and JIT included) per call; the stub's is not counted.");
        line("");
        line("| client | threads | calls/s | ± (99.9%) | CPU µs/call | allocated KB/call |");
        line("|---|---:|---:|---:|---:|---:|");
        steadyRows(steady1, 1);
        steadyRows(steadyN, threadsN);
        line("");
        line("### 3. Cold start: a fresh JVM making one call (medians of "
                + (coldLite == null ? "?" : coldLite.runs()) + " runs each, variants alternating)");
        line("");
        line("`-tuned`: the same command with an AppCDS archive (`-XX:SharedArchiveFile`, made by one training run"
                + " with `-XX:ArchiveClassesAtExit`) and `-XX:TieredStopAtLevel=1`. `ec2lite-cli`:"
                + " `java -jar target/ec2lite.jar detach-network-interface …`, credentials from the environment.");
        line("");
        line("| variant | wall ms (min–max) | CPU ms user+sys (min–max) | peak RSS MiB | classes loaded |");
        line("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, Cold> e : cold.entrySet()) {
            Cold c = e.getValue();
            line("| " + e.getKey() + " | " + f0(c.wall()) + " (" + f0(c.wallMin()) + "–" + f0(c.wallMax()) + ") | "
                    + f0(c.cpu()) + " (" + f0(c.cpuMin()) + "–" + f0(c.cpuMax()) + ") | " + f1(c.rss()) + " | "
                    + c.classes() + " |");
        }
        line("");
        out.append(CliReport.render(dir));
        line("### 4. Footprint: runtime jars");
        line("");
        line("| class path | jars | MB |");
        line("|---|---:|---:|");
        footprintRow("ec2lite and its non-optional runtime dependencies", lite);
        footprintRow("ec2lite with Bouncy Castle", liteBc);
        footprintRow("SDK v2 `ec2` with its default HTTP clients (Apache 5, Netty)", sdkDefault);
        footprintRow("SDK v2 `ec2` with the URL-connection client only", sdkUrl);
        line("");
        Path load = dir.resolve("load.txt");
        if (Files.exists(load)) {
            line("## Noise");
            line("");
            line("The machine was shared: other builds ran during the benchmark. Load averages (1, 5, 15 min) when"
                    + " each part started:");
            line("");
            for (String l : Files.readAllLines(load, StandardCharsets.UTF_8)) {
                line("- " + l);
            }
            line("");
            line("Ratios are taken within one run, and CPU time per operation (which does not grow while another"
                    + " process holds the core) is given beside wall time. Cold-start variants alternate round by"
                    + " round so that a burst of load hits each alike; min–max shows the spread.");
            line("");
        }
        return out.toString();
    }

    private int threads(String file) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            return 0;
        }
        JsonNode first = json.readTree(path.toFile()).path(0);
        return first.path("threads").asInt(0);
    }

    private void steadyRatios(Map<String, Jmh> steady, int threads) {
        Jmh lite = steady.get("ec2lite");
        Jmh sdk = steady.get("sdkV2");
        if (lite == null || sdk == null) {
            return;
        }
        String t = threads + (threads == 1 ? " thread" : " threads");
        ratio("Steady state CPU per call, ec2lite ÷ SDK v2 (" + t + ")", lite.cpuNs() / sdk.cpuNs(), "≤ 0.5", true, 0.5);
        ratio("Steady state allocation per call, ec2lite ÷ SDK v2 (" + t + ")", lite.allocBytes() / sdk.allocBytes(), "≤ 0.25", true, 0.25);
        ratio("Steady state calls per second, ec2lite ÷ SDK v2 (" + t + ")", lite.score() / sdk.score(), "≥ 1.5", false, 1.5);
    }

    private void steadyRows(Map<String, Jmh> steady, int threads) {
        for (Map.Entry<String, Jmh> e : steady.entrySet()) {
            Jmh r = e.getValue();
            line("| " + e.getKey() + " | " + threads + " | " + f0(r.score()) + " | " + f0(r.error()) + " | "
                    + f1(r.cpuNs() / 1000) + " | " + f1(r.allocBytes() / 1024) + " |");
        }
    }

    private void footprintRow(String name, Footprint footprint) {
        if (footprint != null) {
            line("| " + name + " | " + footprint.jars() + " | " + f2(footprint.bytes() / 1e6) + " |");
        }
    }

    private void ratio(String what, double value, String target, boolean atMost, double limit) {
        boolean met = atMost ? value <= limit : value >= limit;
        row(what, f2(value) + "×", target, Double.isNaN(limit) ? null : met);
    }

    private void row(String what, String value, String target, Boolean met) {
        line("| " + what + " | " + value + " | " + target + " | " + (met == null ? "" : met ? "yes" : "**no**") + " |");
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            for (String l : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
        }
        long memGiB = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize()
                >> 30;
        List<String> parts = new ArrayList<>();
        parts.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memGiB
                + " GiB, " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", shared with"
                + " other builds.");
        parts.add("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + "), default GC and heap.");
        parts.add("AWS SDK for Java v2 2.57.8; ec2lite 0.1.0.");
        return String.join(" ", parts);
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static String bytes(double b) {
        return b < 1024 ? f0(b) + " B" : f2(b / 1024) + " KB";
    }

    private static String f0(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
