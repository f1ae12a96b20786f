package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SignCommandTest {
    private static final Path V4 = Path.of("signing-test-vectors", "v4");
    private static final List<String> OUTPUTS = List.of(
            "header-canonical-request.txt",
            "header-string-to-sign.txt",
            "header-signature.txt",
            "header-signed-request.txt",
            "query-canonical-request.txt",
            "query-string-to-sign.txt",
            "query-signature.txt",
            "query-signed-request.txt");

    @TempDir
    Path temp;

    static Stream<String> v4Cases() throws IOException {
        try (Stream<Path> folders = Files.list(V4)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v4Cases")
    void signReproducesTheEightFilesOfEveryCaseByteForByte(String name) throws IOException {
        Path folder = V4.resolve(name);
        CliRun run = CliRun.run(
                "sign",
                "--request",
                folder.resolve("request.txt").toString(),
                "--context",
                folder.resolve("context.json").toString(),
                "--out-dir",
                temp.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String file : OUTPUTS) {
            assertArrayEquals(
                    Files.readAllBytes(folder.resolve(file)),
                    Files.readAllBytes(temp.resolve(file)),
                    name + "/" + file);
        }
    }

    @Test
    void signShowsTheStagesButNotTheSecret() {
        Path folder = V4.resolve("get-vanilla-with-session-token");
        CliRun run = CliRun.run(
                "sign",
                "--request",
                folder.resolve("request.txt").toString(),
                "--context",
                folder.resolve("context.json").toString(),
                "--out-dir",
                temp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("AWS4-HMAC-SHA256\n20150830T123600Z"), run.out());
        assertFalse(run.out().contains("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "request without HTTP version  | GET /                                    | {}    | line 1",
                "header line without colon     | GET / HTTP/1.1\\nHost x\\n                | {}    | line 2",
                "context that is not JSON      | GET / HTTP/1.1\\nHost:x\\n                | {oops | not valid JSON",
                "context without credentials   | GET / HTTP/1.1\\nHost:x\\n                | {}    | credentials.access_key_id",
            })
    void malformedInputIsOneLineNamingTheProblem(String rule, String request, String context, String expected)
            throws IOException {
        Path requestFile = Files.writeString(temp.resolve("request.txt"), request.replace("\\n", "\n"));
        Path contextFile = Files.writeString(temp.resolve("context.json"), context, StandardCharsets.UTF_8);
        CliRun run = CliRun.run(
                "sign",
                "--request",
                requestFile.toString(),
                "--context",
                contextFile.toString(),
                "--out-dir",
                temp.resolve("out").toString());

        assertEquals(252, run.exitCode(), rule);
        assertTrue(run.err().contains(expected), rule + ": " + run.err());
        assertEquals(1, run.err().strip().lines().count(), rule + ": " + run.err());
        assertFalse(run.err().contains("Exception"), rule + ": " + run.err());
    }

    @Test
    void missingRequestFileIsAClearError() {
        CliRun run = CliRun.run(
                "sign",
                "--request",
                temp.resolve("absent.txt").toString(),
                "--context",
                temp.resolve("absent.json").toString(),
                "--out-dir",
                temp.toString());
        assertEquals(252, run.exitCode());
        assertTrue(run.err().startsWith("ec2lite sign: cannot read "), run.err());
        assertTrue(run.err().contains("absent.txt"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(252, CliRun.run().exitCode());
        assertEquals(252, CliRun.run("sign", "--bogus").exitCode());
        assertEquals(0, CliRun.run("--help").exitCode());
    }
}
