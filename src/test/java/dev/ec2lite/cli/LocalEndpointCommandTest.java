package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ec2lite local-endpoint}'s own options, run in-process with {@code --exit-after=0} so that it
 * stops by itself. {@code --fixed-time} has its own converter, because picocli's {@code java.time}
 * converters are switched off for start-up's sake. With {@code --tls} (here and in the demo) the
 * endpoint serves https with a certificate made for the run.
 */
class LocalEndpointCommandTest {
    @Test
    void aFixedTimeIsAcceptedAndTheEndpointStartsAndStops() {
        CliRun run = CliRun.run("local-endpoint", "--exit-after=0", "--fixed-time=2026-01-01T00:00:00Z");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("EC2 endpoint: http://127.0.0.1:"), run.out());
    }

    @Test
    void withTlsItServesHttpsAndNamesTheCaBundleFileItRemovesOnExit() {
        CliRun run = CliRun.run("local-endpoint", "--exit-after=0", "--tls");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("EC2 endpoint: https://127.0.0.1:"), run.out());
        Matcher bundle = Pattern.compile("(?m)^CA bundle: (\\S+\\.pem) ").matcher(run.out());
        assertTrue(bundle.find(), run.out());
        assertTrue(run.out().contains(" --ca-bundle " + bundle.group(1) + " "), run.out());
        assertFalse(Files.exists(Path.of(bundle.group(1))), "the certificate file was left behind");
    }

    @Test
    void theDemoRunsOverTls() {
        CliRun run = CliRun.run("demo", "--tls", "--state-delay-ms", "50", "--poll-ms", "20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("an embedded EC2 endpoint at https://127.0.0.1:"), run.out());
    }

    @Test
    void aFixedTimeThatIsNotAnInstantIsAUsageErrorNamingTheOption() {
        CliRun run = CliRun.run("local-endpoint", "--exit-after=0", "--fixed-time=2026-01-01");
        assertEquals(252, run.exitCode(), run.out());
        assertTrue(run.err().contains("--fixed-time"), run.err());
        assertTrue(run.err().contains("'2026-01-01' is not an ISO-8601 instant"), run.err());
        assertEquals("", run.out());
    }
}
