package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start-up regression guard that load on a shared machine cannot move: a fresh JVM runs the command
 * line with {@code -Xlog:class+load}, and the number of classes it loads must stay within the budget
 * committed in {@code startup-class-budget.properties} (which says how to re-measure). Time is
 * measured in {@code benchmarks/}, never here. Each child is bounded: it is killed after {@link
 * #CHILD_SECONDS}.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StartupClassBudgetTest {
    private static final long CHILD_SECONDS = 60;
    private static final String OK =
            "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return>"
                    + "</DetachNetworkInterfaceResponse>";

    /**
     * Jars on the test class path that the shipped CLI does not have: test-scoped dependencies and what
     * they bring, and the optional Bouncy Castle (left out of the runnable jar).
     */
    private static final List<String> NOT_SHIPPED = List.of(
            "/org/junit/",
            "/org/opentest4j/",
            "/org/apiguardian/",
            "/mockwebserver3",
            "/okhttp-tls/",
            "/com/tngtech/",
            "/org/slf4j/",
            "/org/bouncycastle/");

    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void detachNetworkInterfaceOverHttpStaysWithinBudget() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());

        int classes = countClasses(detach("http://127.0.0.1:" + server.getPort()));

        assertCalledOnce();
        assertWithinBudget("detach-network-interface.http", classes);
    }

    @Test
    void detachNetworkInterfaceOverHttpsStaysWithinBudget() throws Exception {
        HeldCertificate ca =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate certificate = new HeldCertificate.Builder()
                .signedBy(ca)
                .addSubjectAlternativeName("127.0.0.1")
                .build();
        server.useHttps(new HandshakeCertificates.Builder()
                .heldCertificate(certificate, ca.certificate())
                .build()
                .sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        Path bundle = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());

        List<String> args = detach("https://127.0.0.1:" + server.getPort());
        args.addAll(List.of("--ca-bundle", bundle.toString()));
        List<String> loaded = loadedClasses(args, Map.of());

        assertCalledOnce();
        assertWithinBudget("detach-network-interface.https", loaded.size());
        // The bundle vouches for the server, so the JDK's own trust store is never read.
        assertTrue(loaded.stream().noneMatch(line -> line.contains("sun.security.ssl.TrustStoreManager ")));
    }

    @Test
    void aCaBundleCostsNothingOverHttp() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(new MockResponse.Builder().code(200).body(OK).build());
        HeldCertificate ca =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        Path bundle = Files.writeString(dir.resolve("bundle.pem"), ca.certificatePem());

        List<String> loaded = loadedClasses(
                detach("http://127.0.0.1:" + server.getPort()), Map.of("AWS_CA_BUNDLE", bundle.toString()));

        assertCalledOnce();
        assertTrue(
                loaded.stream().noneMatch(line -> line.contains("sun.security.x509.X509CertImpl ")),
                "a certificate was decoded for a plain-http call");
        assertWithinBudget("detach-network-interface.http", loaded.size());
    }

    @Test
    void versionStaysWithinBudget() throws Exception {
        assertWithinBudget("version", countClasses(new ArrayList<>(List.of("--version"))));
    }

    @Test
    void runtimeClassPathLeavesOutTestClassesAndTestLibraries() {
        String classPath = runtimeClassPath();

        assertTrue(classPath.contains("picocli"), classPath);
        assertTrue(
                Stream.of(classPath.split(File.pathSeparator))
                        .noneMatch(e -> e.contains("test-classes") || e.contains("/org/junit/")),
                classPath);
    }

    private static List<String> detach(String endpoint) {
        return new ArrayList<>(List.of(
                "detach-network-interface",
                "--attachment-id",
                "eni-attach-0123456789abcdef0",
                "--region",
                "us-east-1",
                "--endpoint-url",
                endpoint));
    }

    private void assertCalledOnce() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "the child did not call the server");
        assertEquals(1, server.getRequestCount());
    }

    /** Runs the CLI in a fresh JVM; returns how many classes it loaded. */
    private int countClasses(List<String> cliArgs) throws IOException, InterruptedException {
        return loadedClasses(cliArgs, Map.of()).size();
    }

    /**
     * Runs the CLI in a fresh JVM with {@code extraEnv}; returns its class-load log lines, one per class.
     * Fails if it does not exit 0 in time.
     */
    private List<String> loadedClasses(List<String> cliArgs, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Path log = dir.resolve("class-load.log");
        Path output = dir.resolve("child.out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                runtimeClassPath(),
                Main.class.getName()));
        command.addAll(cliArgs);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.contains("JAVA_OPTIONS"));
        env.put("HOME", dir.toString());
        env.put("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.putAll(extraEnv);
        Process process = builder.start();
        boolean exited = process.waitFor(CHILD_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(exited, "the child did not exit within " + CHILD_SECONDS + " s: " + printed);
        assertEquals(0, process.exitValue(), printed);
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("source:")).toList();
        }
    }

    /** The test class path without test classes and the jars the runnable CLI does not ship. */
    private static String runtimeClassPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace(File.separatorChar, '/');
            if (!path.isEmpty()
                    && !path.contains("test-classes")
                    && NOT_SHIPPED.stream().noneMatch(path::contains)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private static void assertWithinBudget(String name, int classes) throws IOException {
        Properties budget = new Properties();
        try (InputStream in = StartupClassBudgetTest.class.getResourceAsStream("startup-class-budget.properties")) {
            assertNotNull(in, "startup-class-budget.properties is missing");
            budget.load(in);
        }
        String key = name + ".jdk" + Runtime.version().feature();
        String limit = budget.getProperty(key);
        System.out.println("startup classes: " + key + " = " + classes + " (budget " + limit + ")");
        assumeTrue(limit != null, "no class budget for " + key + " (budgets are set per JDK feature release)");
        assertTrue(
                classes <= Integer.parseInt(limit.trim()),
                key + ": the CLI loaded " + classes + " classes, over its budget of " + limit
                        + ". Find what the change loads (java -Xlog:class+load …) or, if it is worth it,"
                        + " re-measure and raise the budget as startup-class-budget.properties says.");
    }
}
