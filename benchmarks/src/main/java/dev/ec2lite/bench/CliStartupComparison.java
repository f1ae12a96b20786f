package dev.ec2lite.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command lines side by side: one {@code DetachNetworkInterface} against a stub on {@code
 * 127.0.0.1} (this process serves it, over {@code http://} and over {@code https://} with a certificate
 * from a {@link LocalCa} made for the run), each in a fresh process, the variants taking turns round
 * after round. Variants: {@code java -jar ec2lite.jar}, the launcher on JDK 17 and (when given) on JDK
 * 25, the AWS CLI (when given), the SDK v2 and ec2lite one-call programs, and, once per round, an empty
 * JVM and {@code ec2lite --version} and {@code --help}. Each launcher variant has a cache folder of its
 * own, trained by one untimed run before the rounds. One more run of every JVM variant with {@code
 * -Xlog:class+load} (through {@code JDK_JAVA_OPTIONS}, so the launcher passes it on) counts the classes
 * it loads.
 *
 * <pre>
 * CliStartupComparison --rounds 7 --cli-jar JAR --launcher SCRIPT --ec2lite-cp CP --sdk-cp CP
 *     --noop-cp CP --work DIR --out DIR [--java25 JAVA_HOME] [--aws PATH --aws-label LABEL]
 * </pre>
 *
 * Writes {@code cli-samples.tsv} (one line per timed run) and {@code cli-variants.tsv} (what each
 * variant is, and its classes loaded) to {@code --out}, for {@link Report}.
 */
public final class CliStartupComparison {
    private static final String ATTACHMENT_ID = Fixtures.ATTACHMENT_ID;

    private final Map<String, String> options;
    private final Path work;
    private final Path home;
    private final String java17Home = System.getProperty("java.home");

    /** Where a variant's call goes, and how its client trusts the stub's CA. */
    private record Target(String protocol, String url, Path caPem, Path trustStore) {
        boolean tls() {
            return caPem != null;
        }
    }

    /**
     * One way of starting the CLI (or a program) in a fresh process; {@code training}, when not empty, is
     * run once before the untimed run (it writes the class archive the command uses).
     */
    private record Variant(
            String name, String protocol, String kind, String label, List<String> command, Map<String, String> env,
            boolean jvm, boolean calls, List<String> training) {
        Variant(String name, String protocol, String kind, String label, List<String> command,
                Map<String, String> env, boolean jvm, boolean calls) {
            this(name, protocol, kind, label, command, env, jvm, calls, List.of());
        }
    }

    /** The launcher's JVM flags (src/main/sh/ec2lite), for the JDK-only program that runs as the launcher does. */
    private static final List<String> LAUNCHER_FLAGS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:CompileThresholdScaling=5",
            "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private CliStartupComparison(Map<String, String> options) throws IOException {
        this.options = options;
        this.work = Files.createDirectories(Path.of(require("work")));
        this.home = Files.createDirectories(work.resolve("empty-home"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new CliStartupComparison(options).run();
    }

    private String require(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private void run() throws Exception {
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
        if (rounds < 1 || rounds > 50) {
            throw new IllegalArgumentException("--rounds must be 1..50");
        }
        if (!TimedChild.canMeasureCpu()) {
            System.err.println("cli start-up: " + TimedChild.TIME + " is missing (Debian package 'time'):"
                    + " CPU time and peak RSS are not measured");
        }
        // The JDK's HttpServer leaves Nagle on unless told; read once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        LocalCa ca = new LocalCa();
        Path pem = ca.writePem(work.resolve("stub-ca.pem"));
        Path trustStore = ca.writeTrustStore(work.resolve("stub-ca.p12"));
        Path out = Files.createDirectories(Path.of(require("out")));
        try (StubServer http = StubServer.start(2);
                StubServer https = StubServer.startHttps(2, ca.serverContext())) {
            List<Variant> variants = new ArrayList<>();
            variants.addAll(List.of(noop(), local("version", "--version"), local("help", "--help")));
            variants.addAll(calls(new Target("http", http.url(), null, null)));
            variants.addAll(calls(new Target("https", https.url(), pem, trustStore)));
            Map<String, String> skipped = new LinkedHashMap<>();
            List<Variant> ready = prepare(variants, skipped, http, https);
            Map<String, List<TimedChild.Sample>> samples = new LinkedHashMap<>();
            ready.forEach(v -> samples.put(v.name(), new ArrayList<>()));
            for (int round = 1; round <= rounds; round++) {
                // Rotated each round, so that no variant always runs right after the same one.
                List<Variant> order = new ArrayList<>(ready);
                Collections.rotate(order, -(round - 1));
                for (Variant variant : order) {
                    samples.get(variant.name()).add(runCounted(variant, http, https, true));
                }
                System.err.println("cli start-up: round " + round + "/" + rounds + " done");
            }
            Map<String, Integer> classes = new HashMap<>();
            for (Variant variant : ready) {
                if (variant.jvm()) {
                    classes.put(variant.name(), countClasses(variant));
                }
            }
            write(out, variants, skipped, samples, classes);
        }
    }

    /** One untimed run of each variant: trains the launchers' archives, drops what cannot run, says why. */
    private List<Variant> prepare(
            List<Variant> variants, Map<String, String> skipped, StubServer http, StubServer https)
            throws InterruptedException {
        List<Variant> ready = new ArrayList<>();
        for (Variant variant : variants) {
            try {
                if (!variant.training().isEmpty()) {
                    TimedChild.run(variant.name() + "-training", variant.training(), variant.env(), work, false);
                }
                runCounted(variant, http, https, false);
                ready.add(variant);
            } catch (IOException e) {
                String reason = e.getMessage().lines().limit(6).reduce((a, b) -> a + " / " + b).orElse("");
                skipped.put(variant.name(), reason);
                System.err.println("cli start-up: skipping " + variant.name() + ": " + reason);
            }
        }
        if (options.get("aws") == null) {
            System.err.println("cli start-up: no AWS CLI found: its rows and the ratios against it are skipped");
        }
        return ready;
    }

    /** Runs a variant and checks that a calling variant reached the stub exactly once. */
    private TimedChild.Sample runCounted(Variant variant, StubServer http, StubServer https, boolean timed)
            throws IOException, InterruptedException {
        StubServer stub = "https".equals(variant.protocol()) ? https : http;
        long before = stub.requests();
        TimedChild.Sample sample = TimedChild.run(variant.name(), variant.command(), variant.env(), work, timed);
        long calls = stub.requests() - before;
        if (variant.calls() && calls != 1) {
            throw new IOException(variant.name() + " exited 0 but made " + calls + " calls to the stub, not 1");
        }
        return sample;
    }

    private int countClasses(Variant variant) throws IOException, InterruptedException {
        Path log = work.resolve(variant.name() + ".classes.log");
        Files.deleteIfExists(log);
        Map<String, String> env = new HashMap<>(variant.env());
        env.put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
        TimedChild.run(variant.name() + "-classes", variant.command(), env, work, false);
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return (int) lines.filter(l -> l.contains("source:")).count();
        }
    }

    private Variant noop() {
        List<String> command = List.of(java(java17Home), "-cp", require("noop-cp"), Noop.class.getName());
        return new Variant("noop", "-", "noop", "an empty JVM (`java -cp … Noop`)", command, baseEnv(), true, false);
    }

    private Variant local(String name, String flag) {
        List<String> command = List.of(java(java17Home), "-jar", require("cli-jar"), flag);
        return new Variant(
                name, "-", name, "`java -jar ec2lite.jar " + flag + "`", command, baseEnv(), true, false);
    }

    /** The variants that make the call, over one protocol. */
    private List<Variant> calls(Target target) throws IOException {
        String p = target.protocol();
        List<Variant> list = new ArrayList<>();
        List<String> jar = new ArrayList<>(List.of(java(java17Home), "-jar", require("cli-jar")));
        jar.addAll(cliArguments(target));
        list.add(new Variant("jar-" + p, p, "jar", "`java -jar ec2lite.jar detach-network-interface …`", jar,
                baseEnv(), true, true));
        list.add(launcher("launcher17-" + p, target, java17Home, "launcher17", "`sh ec2lite …` on JDK 17 (AppCDS)"));
        String java25 = options.get("java25");
        if (java25 != null && !java25.isBlank()) {
            list.add(launcher("launcher25-" + p, target, java25, "launcher25", "`sh ec2lite …` on JDK 25 (AOT cache)"));
        }
        String aws = options.get("aws");
        if (aws != null && !aws.isBlank()) {
            List<String> command = new ArrayList<>(List.of(aws, "ec2", "detach-network-interface"));
            command.addAll(List.of("--attachment-id", ATTACHMENT_ID, "--region", Fixtures.REGION));
            command.addAll(List.of("--endpoint-url", target.url()));
            if (target.tls()) {
                command.addAll(List.of("--ca-bundle", target.caPem().toString()));
            }
            String label = options.getOrDefault("aws-label", "AWS CLI");
            list.add(new Variant("aws-" + p, p, "aws", label, command, baseEnv(), false, true));
        }
        List<String> sdk = new ArrayList<>(List.of(java(java17Home)));
        if (target.tls()) {
            sdk.add("-Djavax.net.ssl.trustStore=" + target.trustStore());
            sdk.add("-Djavax.net.ssl.trustStorePassword=" + LocalCa.TRUST_STORE_PASSWORD);
        }
        sdk.addAll(List.of("-cp", require("sdk-cp"), ColdStartSdk.class.getName(), target.url()));
        list.add(new Variant("sdk-" + p, p, "sdk", "SDK v2 one-call program (`ColdStartSdk`)", sdk, baseEnv(), true,
                true));
        List<String> lib = new ArrayList<>(List.of(java(java17Home), "-cp", require("ec2lite-cp")));
        lib.addAll(List.of(ColdStartEc2lite.class.getName(), target.url()));
        if (target.tls()) {
            lib.add(target.caPem().toString());
        }
        list.add(new Variant("lib-" + p, p, "lib", "ec2lite one-call program (`ColdStartEc2lite`)", lib, baseEnv(),
                true, true));
        list.addAll(floors("floor", target, JdkFloor.class, require("noop-cp"), "JDK-only POST"));
        // OkHttp and Jackson from the runnable jar itself: the same shrunk class files the command loads.
        String shrunk = require("noop-cp") + File.pathSeparator + require("cli-jar");
        list.addAll(floors("okfloor", target, OkHttpFloor.class, shrunk, "OkHttp-only POST"));
        list.addAll(floors("okxmlfloor", target, OkHttpFloor.class, shrunk,
                "OkHttp-only POST, answer read by Jackson XML", "--read-xml"));
        // A library user has the published jars, not the shrunk one: the library's floor runs from them.
        list.add(libraryFloor("okfloorlib", target, "OkHttp-only POST"));
        list.add(libraryFloor("okxmlfloorlib", target, "OkHttp-only POST, answer read by Jackson XML", "--read-xml"));
        return list;
    }

    /** An OkHttp floor in a plain JVM on the library's own class path, to compare with the library program. */
    private Variant libraryFloor(String kind, Target target, String label, String... options) {
        String p = target.protocol();
        List<String> command = floorCommand(target, List.of(), OkHttpFloor.class, require("ec2lite-cp"), options);
        return new Variant(kind + "-" + p, p, kind, label + ", plain JVM, the library's jars (`OkHttpFloor`)",
                command, baseEnv(), true, true);
    }

    /**
     * A floor program (the call with nothing but the JDK, or nothing but OkHttp: the lower bound of any
     * command's start-up built on it) run twice: in a plain JVM, and with the launcher's flags and an
     * archive trained on its own exchange.
     */
    private List<Variant> floors(
            String kind, Target target, Class<?> program, String classPath, String label, String... options)
            throws IOException {
        String p = target.protocol();
        Path archive = work.resolve(kind + "-" + p + ".jsa");
        Files.deleteIfExists(archive);
        List<String> tuned = new ArrayList<>(LAUNCHER_FLAGS);
        tuned.add("-XX:SharedArchiveFile=" + archive);
        List<String> training = new ArrayList<>(LAUNCHER_FLAGS);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        String plainLabel = label + ", plain JVM (`" + program.getSimpleName() + "`)";
        return List.of(
                new Variant(kind + "-" + p, p, kind, plainLabel, floorCommand(target, List.of(), program, classPath, options),
                        baseEnv(), true, true),
                new Variant(kind + "tuned-" + p, p, kind, label + ", the launcher's flags and its own archive",
                        floorCommand(target, tuned, program, classPath, options), baseEnv(), true, true,
                        floorCommand(target, training, program, classPath, options)));
    }

    private List<String> floorCommand(
            Target target, List<String> flags, Class<?> program, String classPath, String... options) {
        List<String> command = new ArrayList<>(List.of(java(java17Home)));
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, program.getName()));
        command.addAll(List.of(options));
        command.add(target.url());
        if (target.tls()) {
            command.add(target.caPem().toString());
        }
        return command;
    }

    /**
     * The launcher, copied with the jar into a folder of its own (it runs the jar beside it) and given
     * its own cache folder, so that each variant trains its own archive once, in {@link #prepare}.
     */
    private Variant launcher(String name, Target target, String javaHome, String kind, String label)
            throws IOException {
        Path install = Files.createDirectories(work.resolve(name));
        Path script = Files.copy(
                Path.of(require("launcher")),
                install.resolve("ec2lite"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                Path.of(require("cli-jar")),
                install.resolve("ec2lite.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(cliArguments(target));
        Map<String, String> env = baseEnv();
        env.put("JAVA_HOME", javaHome);
        env.put("XDG_CACHE_HOME", Files.createDirectories(install.resolve("cache")).toString());
        return new Variant(name, target.protocol(), kind, label, command, env, true, true);
    }

    private static List<String> cliArguments(Target target) {
        List<String> args = new ArrayList<>(List.of("detach-network-interface", "--attachment-id", ATTACHMENT_ID));
        args.addAll(List.of("--region", Fixtures.REGION, "--endpoint-url", target.url()));
        if (target.tls()) {
            args.addAll(List.of("--ca-bundle", target.caPem().toString()));
        }
        return args;
    }

    /**
     * What every child gets: the credentials, an empty home, no instance metadata, no pager, and the
     * PATH; nothing else of this process's environment (no AWS_*, JAVA_HOME or JVM option variables).
     */
    private Map<String, String> baseEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LANG", "C.UTF-8");
        env.put("HOME", home.toString());
        env.put("AWS_ACCESS_KEY_ID", Fixtures.ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", Fixtures.SECRET_ACCESS_KEY);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        return env;
    }

    private static String java(String javaHome) {
        return Path.of(javaHome, "bin", "java").toString();
    }

    private static void write(
            Path out,
            List<Variant> variants,
            Map<String, String> skipped,
            Map<String, List<TimedChild.Sample>> samples,
            Map<String, Integer> classes)
            throws IOException {
        try (PrintWriter w = new PrintWriter(
                Files.newBufferedWriter(out.resolve("cli-variants.tsv"), StandardCharsets.UTF_8))) {
            w.println("variant\tprotocol\tkind\tclasses\tlabel\tskipped");
            for (Variant v : variants) {
                Integer count = classes.get(v.name());
                w.println(String.join("\t", v.name(), v.protocol(), v.kind(), count == null ? "-" : count.toString(),
                        v.label(), skipped.getOrDefault(v.name(), "").replace('\t', ' ')));
            }
        }
        try (PrintWriter w = new PrintWriter(
                Files.newBufferedWriter(out.resolve("cli-samples.tsv"), StandardCharsets.UTF_8))) {
            w.println("round\tvariant\twall_ms\tcpu_ms\trss_mib");
            for (Map.Entry<String, List<TimedChild.Sample>> e : samples.entrySet()) {
                List<TimedChild.Sample> list = e.getValue();
                for (int i = 0; i < list.size(); i++) {
                    TimedChild.Sample s = list.get(i);
                    w.println(String.join("\t", Integer.toString(i + 1), e.getKey(), fmt(s.wallMs()), fmt(s.cpuMs()),
                            fmt(s.rssMiB())));
                }
            }
        }
        System.err.println("cli start-up: wrote " + out.resolve("cli-samples.tsv") + " and cli-variants.tsv");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
