package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static dev.ec2lite.providers.TestEnv.SESSION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** credential_process with real shell scripts. */
@DisabledOnOs(OS.WINDOWS)
class ProcessCredentialsProviderTest {
    private static final String GOOD_JSON = "{\"Version\": 1, \"AccessKeyId\": \"" + ACCESS_KEY_ID
            + "\", \"SecretAccessKey\": \"" + SECRET_KEY + "\", \"SessionToken\": \"" + SESSION_TOKEN
            + "\", \"Expiration\": \"2030-01-02T03:04:05Z\"}";

    @TempDir
    Path dir;

    /** A script printing {@code stdout}, then running {@code extra} shell lines; run as {@code sh <script>}. */
    private String script(String stdout, String... extra) {
        Path file = TestEnv.write(dir.resolve("creds.sh"), "cat <<'JSON'", stdout, "JSON", String.join("\n", extra));
        return "sh '" + file + "'";
    }

    private static Ec2ClientException failure(String command) {
        return assertThrows(
                Ec2ClientException.class,
                () -> ProcessCredentialsProvider.create(command).resolveCredentials());
    }

    @Test
    void theJsonOnStdoutBecomesTemporaryCredentials() {
        AwsCredentials credentials =
                ProcessCredentialsProvider.create(script(GOOD_JSON)).resolveCredentials();

        assertEquals(ACCESS_KEY_ID, credentials.accessKeyId());
        assertEquals(SECRET_KEY, credentials.secretAccessKey());
        assertEquals(Optional.of(SESSION_TOKEN), credentials.sessionToken());
        assertEquals(Optional.of(Instant.parse("2030-01-02T03:04:05Z")), credentials.expiration());
    }

    @Test
    void sessionTokenAndExpirationAreOptional() {
        String json =
                "{\"Version\":1,\"AccessKeyId\":\"" + ACCESS_KEY_ID + "\",\"SecretAccessKey\":\"" + SECRET_KEY + "\"}";

        assertEquals(
                AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY),
                ProcessCredentialsProvider.create(script(json)).resolveCredentials());
    }

    @Test
    void theCommandLineIsRunByTheShellSoQuotingAndArgumentsWork() {
        Path file = TestEnv.write(
                dir.resolve("two words.sh"),
                "printf '{\"Version\":1,\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"%s\"}' \"$1\" \"$2\"");
        String command = "sh '" + file + "' " + ACCESS_KEY_ID + " '" + SECRET_KEY + "'";

        AwsCredentials credentials = ProcessCredentialsProvider.create(command).resolveCredentials();

        assertEquals(AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY), credentials);
    }

    @Test
    void aNonZeroExitNamesTheCodeAndStderrButNeverStdout() {
        Ec2ClientException e =
                failure(script(GOOD_JSON, "echo 'token expired,' >&2", "echo 'please log in' >&2", "exit 3"));

        assertEquals("credential_process exited with code 3; stderr: token expired, please log in", e.getMessage());
        assertFalse(e.getMessage().contains(SECRET_KEY));
    }

    @Test
    void longStderrIsCutShort() {
        Ec2ClientException e = failure("yes error | head -c 20000 >&2; exit 1");

        assertTrue(e.getMessage().length() < 700, e.getMessage());
        assertTrue(e.getMessage().endsWith("…"), e.getMessage());
    }

    @Test
    void invalidJsonIsReportedWithoutEchoingTheOutput() {
        Ec2ClientException e = failure(script("{\"SecretAccessKey\": \"" + SECRET_KEY + "\" oops"));

        assertTrue(e.getMessage().startsWith("credential_process did not answer valid JSON"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET_KEY));
        assertFalse(e.getMessage().contains("oops"));
    }

    @Test
    void aVersionOtherThanOneIsRefused() {
        Ec2ClientException e = failure(script(GOOD_JSON.replace("\"Version\": 1", "\"Version\": 2")));

        assertTrue(e.getMessage().contains("unsupported Version"), e.getMessage());
    }

    @Test
    void aMissingSecretKeyIsNamed() {
        Ec2ClientException e = failure(script("{\"Version\":1,\"AccessKeyId\":\"" + ACCESS_KEY_ID + "\"}"));

        assertEquals("credential_process answered no SecretAccessKey", e.getMessage());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithoutItsValue() {
        Ec2ClientException e = failure(script("{\"Version\":1,\"AccessKeyId\":\"" + ACCESS_KEY_ID
                + "\",\"SecretAccessKey\":[\"" + SECRET_KEY + "\"]}"));

        assertEquals("credential_process answered SecretAccessKey that is not a string", e.getMessage());
    }

    @Test
    void outputBeyondTheLimitIsRefused() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> ProcessCredentialsProvider.create("head -c 5000 /dev/zero", Duration.ofSeconds(10), 1024)
                        .resolveCredentials());

        assertEquals("credential_process printed more than 1024 bytes", e.getMessage());
    }

    @Test
    @Timeout(20)
    void aCommandThatHangsIsKilledAfterTheTimeout() {
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> ProcessCredentialsProvider.create("exec sleep 30", Duration.ofMillis(300), 1024)
                        .resolveCredentials());

        assertEquals("credential_process did not finish within 300 ms", e.getMessage());
    }

    @Test
    @Timeout(30)
    void onTimeoutTheWholeProcessTreeIsKilledAndNoReaderThreadOutlivesTheCall() throws Exception {
        Path childPid = dir.resolve("child.pid");
        // The helper starts a child that keeps stdout and stderr open, then waits as a credential helper might.
        String command = script("", "sleep 120 &", "echo $! > '" + childPid + "'", "sleep 120");

        long start = System.nanoTime();
        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> ProcessCredentialsProvider.create(command, Duration.ofMillis(1500), 1024)
                        .resolveCredentials());
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("credential_process did not finish within 1500 ms", e.getMessage());
        assertTrue(elapsedMillis < 1500 + 4000, "the call took " + elapsedMillis + " ms");
        long pid = Long.parseLong(Files.readString(childPid).strip());
        ProcessHandle child = ProcessHandle.of(pid).orElse(null);
        if (child != null) {
            child.onExit().get(5, TimeUnit.SECONDS); // killed: gone within moments, never after 120 s
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child still runs");
        assertEquals(List.of(), credentialProcessThreads(), "reader threads outlived the call");
    }

    private static List<String> credentialProcessThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("credential-process-"))
                .toList();
    }

    @Test
    void aCommandThatCannotBeFoundReportsTheShellsExitCode() {
        Ec2ClientException e = failure("/nonexistent/credential-helper --profile x");

        assertTrue(e.getMessage().startsWith("credential_process exited with code 127"), e.getMessage());
    }

    @Test
    void toStringShowsTheProgramButNotItsArguments() {
        ProcessCredentialsProvider provider =
                ProcessCredentialsProvider.create("/usr/bin/helper --password " + SECRET_KEY);

        assertEquals("ProcessCredentialsProvider{command=/usr/bin/helper ...}", provider.toString());
    }
}
