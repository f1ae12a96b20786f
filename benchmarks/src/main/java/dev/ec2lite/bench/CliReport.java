package dev.ec2lite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command-line start-up section of the results, from what {@link CliStartupComparison} wrote:
 * ratios against the targets (median ÷ median, and the min–max of the per-round ratios), then each
 * variant's figures. {@link Report} puts it in the cold-start section of a full run; {@code main}
 * replaces that section in an existing results file, for {@code run.sh --cli-only}.
 */
public final class CliReport {
    static final String BEGIN = "<!-- cli-startup:begin -->";
    static final String END = "<!-- cli-startup:end -->";
    private static final String INSERT_BEFORE = "### 4. Footprint";

    private final Map<String, String[]> variants = new LinkedHashMap<>();
    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private CliReport(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("cli-variants.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            variants.put(f[0], f);
        }
        lines = Files.readAllLines(dir.resolve("cli-samples.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            samples.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
    }

    /** The section, or an empty string when the comparison did not run. */
    static String render(Path dir) throws IOException {
        if (!Files.exists(dir.resolve("cli-samples.tsv"))) {
            return "";
        }
        return new CliReport(dir).section();
    }

    /** {@code CliReport DIR RESULTS_MD}: writes the section into RESULTS_MD, in place of the old one. */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[1]);
        String section = render(Path.of(args[0]));
        String text = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
        Files.writeString(results, splice(text, section), StandardCharsets.UTF_8);
        System.out.print(section);
    }

    /** {@code text} with its section between the markers replaced, or the section inserted before part 4. */
    static String splice(String text, String section) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            int after = Math.min(text.length(), end + END.length() + 1); // the marker's line break too
            return text.substring(0, begin) + section + text.substring(after);
        }
        int at = text.indexOf(INSERT_BEFORE);
        if (at < 0) {
            return text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + section;
        }
        return text.substring(0, at) + section + text.substring(at);
    }

    private String section() {
        line(BEGIN);
        int rounds = samples.values().stream().mapToInt(List::size).max().orElse(0);
        line("### 3b. The command line side by side (medians of " + rounds + " rounds, variants alternating)");
        line("");
        line("One `DetachNetworkInterface` against a stub on 127.0.0.1, each in a fresh process; over `http://` and"
                + " over `https://` (a CA made for the run, trusted with `--ca-bundle` by ec2lite and the AWS CLI, and"
                + " with `javax.net.ssl.trustStore` by the SDK). Children get the example credentials, an empty"
                + " `HOME` and `AWS_EC2_METADATA_DISABLED=true`. CPU = user+sys from `/usr/bin/time`. A ratio is"
                + " median ÷ median; the range is the lowest and highest of the per-round ratios (both commands of"
                + " a ratio run in the same round). Produced by `benchmarks/run.sh --cli-only` or a full run; "
                + load() + ".");
        line("");
        line("| what | ratio (per-round min–max) | target | met |");
        line("|---|---:|---:|:---:|");
        for (String p : List.of("http", "https")) {
            ratio("`java -jar` CPU ÷ AWS CLI CPU, " + p, "jar-" + p, "aws-" + p, 1, 0.6);
            ratio("`java -jar` wall ÷ AWS CLI wall, " + p, "jar-" + p, "aws-" + p, 0, 0.6);
            ratio("launcher (JDK 17) CPU ÷ AWS CLI CPU, " + p, "launcher17-" + p, "aws-" + p, 1, 0.35);
            ratio("launcher (JDK 25, AOT cache) CPU ÷ AWS CLI CPU, " + p, "launcher25-" + p, "aws-" + p, 1, 0.35);
            ratio("library one-call CPU ÷ SDK v2 one-call CPU, " + p, "lib-" + p, "sdk-" + p, 1, 0.25);
        }
        ratio("`--version` CPU ÷ empty JVM CPU", "version", "noop", 1, 2);
        ratio("`--help` CPU ÷ empty JVM CPU", "help", "noop", 1, 2);
        line("");
        line("What the JDK alone, OkHttp alone, and OkHttp with Jackson XML cost for the same exchange: one"
                + " unsigned POST through `HttpURLConnection` (`JdkFloor`) or through OkHttp (`OkHttpFloor`; over"
                + " http with no TLS set-up), the CA bundle as the only trust, and for the last the answer read"
                + " token by token by Jackson XML's streaming parser (`OkHttpFloor --read-xml`); no signing, no"
                + " argument parsing, nothing of ec2lite. A target below a floor cannot be met by a command or"
                + " library built on that stack; the tuned floors run with the launcher's flags and an archive"
                + " trained on their own exchange.");
        line("");
        line("| what | ratio (per-round min–max) | compare with |");
        line("|---|---:|---|");
        for (String p : List.of("http", "https")) {
            for (String[] floor : List.of(
                    new String[] {"floor", "JDK"},
                    new String[] {"okfloor", "OkHttp"},
                    new String[] {"okxmlfloor", "OkHttp + Jackson XML"})) {
                String name = floor[0] + "-" + p;
                String what = floor[1] + " floor, ";
                reference(what + "plain JVM, CPU ÷ AWS CLI CPU, " + p, name, "aws-" + p, "`java -jar` ≤ 0.6×");
                reference(what + "plain JVM, wall ÷ AWS CLI wall, " + p, name, "aws-" + p, "`java -jar` ≤ 0.6×", 0);
                reference(what + "launcher's flags, CPU ÷ AWS CLI CPU, " + p, floor[0] + "tuned-" + p, "aws-" + p,
                        "launcher ≤ 0.35×");
                // The OkHttp floors' library row runs from the library's jars, as the library program does.
                String library = floor[0].equals("floor") ? name : floor[0] + "lib-" + p;
                reference(what + "plain JVM, library's jars, CPU ÷ SDK v2 one-call CPU, " + p, library, "sdk-" + p,
                        "library ≤ 0.25×");
            }
        }
        line("");
        line("| variant | over | wall ms (min–max) | CPU ms (min–max) | peak RSS MiB | classes loaded | command |");
        line("|---|---|---:|---:|---:|---:|---|");
        for (String[] v : variants.values()) {
            List<double[]> list = samples.get(v[0]);
            if (list == null) {
                continue;
            }
            double[] wall = column(list, 0);
            double[] cpu = column(list, 1);
            double[] rss = column(list, 2);
            line("| " + v[0] + " | " + v[1] + " | " + f0(median(wall)) + " (" + f0(wall[0]) + "–"
                    + f0(wall[wall.length - 1]) + ") | " + f0(median(cpu)) + " (" + f0(cpu[0]) + "–"
                    + f0(cpu[cpu.length - 1]) + ") | " + f1(median(rss)) + " | " + ("-".equals(v[3]) ? "—" : v[3])
                    + " | " + v[4] + " |");
        }
        for (String[] v : variants.values()) {
            if (!v[5].isEmpty()) {
                line("");
                line("Skipped " + v[0] + " (" + v[4] + "): " + v[5].replace('|', '/'));
            }
        }
        if (variants.keySet().stream().noneMatch(name -> name.startsWith("aws-"))) {
            line("");
            line("No AWS CLI was found (neither `AWS_CLI` nor `aws` on the PATH): the ratios against it are not measured.");
        }
        line("");
        line(END);
        return out.toString();
    }

    /** One target row: median ÷ median of column {@code col} (0 wall, 1 CPU), and the per-round range. */
    private void ratio(String what, String a, String b, int col, double limit) {
        String target = "≤ " + trim(limit) + "×";
        double[] r = ratio(a, b, col);
        if (r == null) {
            line("| " + what + " | not measured | " + target + " |  |");
            return;
        }
        double value = r[0];
        double min = r[1];
        double max = r[2];
        boolean met = value <= limit;
        line("| " + what + " | " + f2(value) + "× (" + f2(min) + "–" + f2(max) + ") | " + target + " | "
                + (Double.isNaN(value) ? "" : met ? "yes" : "**no**") + " |");
    }

    /** A row without a target of its own: a lower bound to read the targets against. */
    private void reference(String what, String a, String b, String compareWith) {
        reference(what, a, b, compareWith, 1);
    }

    private void reference(String what, String a, String b, String compareWith, int col) {
        double[] r = ratio(a, b, col);
        line("| " + what + " | " + (r == null ? "not measured" : f2(r[0]) + "× (" + f2(r[1]) + "–" + f2(r[2]) + ")")
                + " | " + compareWith + " |");
    }

    /** Median ÷ median of column {@code col}, and the lowest and highest per-round ratio; null if either is missing. */
    private double[] ratio(String a, String b, int col) {
        List<double[]> x = samples.get(a);
        List<double[]> y = samples.get(b);
        if (x == null || y == null) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            double r = x.get(i)[col] / y.get(i)[col];
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return new double[] {median(column(x, col)) / median(column(y, col)), min, max};
    }

    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return "load average at the end " + avg[0] + " " + avg[1] + " " + avg[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load average unknown (" + e.getMessage() + ")";
        }
    }

    private static double[] column(List<double[]> list, int col) {
        double[] values = list.stream().mapToDouble(s -> s[col]).toArray();
        Arrays.sort(values);
        return values;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
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
