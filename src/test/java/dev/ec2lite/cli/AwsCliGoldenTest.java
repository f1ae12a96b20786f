package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each case of {@code cli-golden/cases.tsv}, ec2lite against the embedded endpoint prints exactly
 * what the AWS CLI printed against the same endpoint in the same state (recorded by {@code
 * cli-golden/record.sh}), and exits with the same code.
 */
class AwsCliGoldenTest {
    private static final String DIR = "cli-golden";
    /** The recording's FIXED_TIME: the endpoint's resources, and so its answers, are frozen there. */
    private static final Instant FIXED_TIME = Instant.parse("2026-01-15T12:00:00Z");

    static Stream<GoldenCases.Case> cases() throws IOException {
        return GoldenCases.cases(DIR);
    }

    private static String resource(String name) throws IOException {
        return GoldenCases.resource(DIR, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheAwsCliPrints(GoldenCases.Case golden) throws IOException {
        check(golden, CliRun::run);
    }

    /** How a case's command line is run: in-process here, the runnable jar in {@code RunnableJarGoldenIT}. */
    interface CommandLine {
        CliRun run(Map<String, String> env, String... args) throws IOException;
    }

    /** Runs one case through {@code cli} against a fresh endpoint in the recording's state, and checks it. */
    static void check(GoldenCases.Case golden, CommandLine cli) throws IOException {
        String expected = resource(golden.name() + ".out");
        int expectedExit = Integer.parseInt(resource(golden.name() + ".exit").trim());
        try (LocalEc2Endpoint endpoint = LocalEc2Endpoint.builder()
                .resourceClock(Clock.fixed(FIXED_TIME, ZoneOffset.UTC))
                .start()) {
            for (int i = 1; i <= 4; i++) {
                endpoint.addNetworkInterface("spare interface " + i);
            }
            List<String> args = new ArrayList<>(golden.args());
            args.add("--endpoint-url");
            args.add(endpoint.endpoint().toString());
            Map<String, String> env = Map.of(
                    "AWS_ACCESS_KEY_ID", endpoint.credentials().accessKeyId(),
                    "AWS_SECRET_ACCESS_KEY", endpoint.credentials().secretAccessKey(),
                    "AWS_REGION", endpoint.region(),
                    "AWS_CONFIG_FILE", "/nonexistent/config",
                    "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials",
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "HOME", "/nonexistent");

            CliRun run = cli.run(env, args.toArray(String[]::new));

            assertEquals(expectedExit, run.exitCode(), () -> "exit code; stderr: " + run.err());
            assertEquals(expected, run.out(), () -> "stdout; stderr: " + run.err());
            if (expectedExit != 0) {
                assertTrue(!run.err().isBlank(), "a failure says why on stderr");
            }
        }
    }
}
