package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.testing.ChildRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every AWS CLI golden case again, run through the runnable jar that {@code package} builds ({@code
 * java -jar target/ec2lite.jar}, one process per case), not in-process: the jar is shaded and shrunk,
 * so a class or method its commands need and the shrinker removed, a resource the shading lost or a
 * rewritten class file that does not verify shows here; the offline demo and a {@code --debug} detach
 * cover what the golden cases do not (detach, waiters, the moves), over http and over TLS (the demo with
 * {@code --tls}). Not covered here: proxies.
 */
class RunnableJarGoldenIT {
    private static final long RUN_LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    static Stream<GoldenCases.Case> cases() throws IOException {
        return AwsCliGoldenTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRunnableJarPrintsWhatTheAwsCliPrints(GoldenCases.Case golden) throws IOException {
        AwsCliGoldenTest.check(golden, this::runJar);
    }

    @Test
    void theDemoRunsThroughTheRunnableJar() throws IOException {
        // Detach, waiters, all four moves and the embedded endpoint: what the golden cases do not cover.
        CliRun run = runJar(Map.of("HOME", dir.toString()), "demo", "--state-delay-ms", "0", "--poll-ms", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("had a verified signature"), run.out());
    }

    @Test
    void theDemoRunsOverTlsThroughTheRunnableJar() throws IOException {
        // OkHttp's TLS code in the shrunk jar, with the endpoint's certificate as the CA bundle.
        CliRun run = runJar(Map.of("HOME", dir.toString()), "demo", "--tls", "--state-delay-ms", "0", "--poll-ms", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("an embedded EC2 endpoint at https://127.0.0.1:"), run.out());
        assertTrue(run.out().contains("had a verified signature"), run.out());
    }

    @Test
    void aDebugDetachRunsThroughTheRunnableJar() throws IOException {
        try (LocalEc2Endpoint endpoint = LocalEc2Endpoint.builder().start()) {
            Map<String, String> env = Map.of(
                    "AWS_ACCESS_KEY_ID", endpoint.credentials().accessKeyId(),
                    "AWS_SECRET_ACCESS_KEY", endpoint.credentials().secretAccessKey(),
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "HOME", dir.toString());
            CliRun run = runJar(
                    env,
                    "detach-network-interface",
                    "--attachment-id",
                    LocalEc2Endpoint.FLOATING_ATTACHMENT_ID,
                    "--region",
                    endpoint.region(),
                    "--endpoint-url",
                    endpoint.endpoint().toString(),
                    "--debug");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("DetachNetworkInterface"), run.err());
            assertEquals(1, endpoint.requests().size());
        }
    }

    private CliRun runJar(Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("ec2lite.target", "target"), "ec2lite.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Only to spend less CPU per process; what is run is the jar as users run it.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(env);
        ChildRun run = ChildRun.run(builder, dir, RUN_LIMIT_SECONDS);
        return new CliRun(run.exitCode(), run.out(), run.err());
    }
}
