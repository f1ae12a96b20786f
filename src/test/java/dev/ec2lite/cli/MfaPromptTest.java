package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with a role profile that has mfa_serial: the prompt, the option and the variable. */
class MfaPromptTest {
    private static final String MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    private static final String ASSUMED = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
            + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>"
            + "<SecretAccessKey>assumedSecretEXAMPLE</SecretAccessKey><SessionToken>assumedTokenEXAMPLE</SessionToken>"
            + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>"
            + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></AssumeRoleResponse>";
    private static final String DETACHED =
            "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return></DetachNetworkInterfaceResponse>";

    @TempDir
    Path home;

    private final MockWebServer sts = new MockWebServer();
    private final MockWebServer ec2 = new MockWebServer();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        sts.start(InetAddress.getByName("127.0.0.1"), 0);
        ec2.start(InetAddress.getByName("127.0.0.1"), 0);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(
                home.resolve(".aws/config"),
                "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\n"
                        + "mfa_serial = " + MFA_SERIAL + "\nregion = us-east-1\n");
        Files.writeString(
                home.resolve(".aws/credentials"),
                "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        env.put("HOME", home.toString());
        env.put("AWS_ENDPOINT_URL_STS", sts.url("/").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        sts.close();
        ec2.close();
    }

    private CliRun detach(Terminal terminal, String... extra) {
        return run(terminal, "detach-network-interface", "--attachment-id", "eni-attach-0123456789abcdef0", extra);
    }

    /** {@code command} with {@code options} and {@code extra}, against the EC2 stub, as the profile "admin". */
    private CliRun run(Terminal terminal, String command, String option, String value, String... extra) {
        String[] base = {
            command, "--endpoint-url", "http://127.0.0.1:" + ec2.getPort(), "--profile", "admin", option, value
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                terminal);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void answerBoth() {
        sts.enqueue(new MockResponse.Builder().code(200).body(ASSUMED).build());
        ec2.enqueue(new MockResponse.Builder().code(200).body(DETACHED).build());
    }

    private String stsBody() throws InterruptedException {
        return sts.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
    }

    @Test
    void theTerminalIsAskedAndTheCodeGoesToAssumeRole() throws Exception {
        answerBoth();
        ByteArrayOutputStream prompts = new ByteArrayOutputStream();
        Terminal stdin = Terminal.of(
                new BufferedReader(new StringReader("246810\n")),
                new PrintWriter(prompts, true, StandardCharsets.UTF_8));

        CliRun run = detach(stdin);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Enter MFA code for " + MFA_SERIAL + ": ", prompts.toString(StandardCharsets.UTF_8));
        String body = stsBody();
        assertTrue(body.contains("&TokenCode=246810"), body);
        assertTrue(body.contains("&SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice"), body);
        assertFalse(run.out().contains("246810") || run.err().contains("246810"));
    }

    /** The commands built on Ec2CallCommand ask the terminal they were given, as detach does. */
    @Test
    void aCommandOfTheSharedCallPathAsksTheSameTerminal() throws Exception {
        sts.enqueue(new MockResponse.Builder().code(200).body(ASSUMED).build());
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .body("<DisassociateAddressResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                        + "<requestId>5bd0a2f9-1b1c-4c4f-9a8e-example</requestId><return>true</return>"
                        + "</DisassociateAddressResponse>")
                .build());
        ByteArrayOutputStream prompts = new ByteArrayOutputStream();
        Terminal stdin = Terminal.of(
                new BufferedReader(new StringReader("975310\n")),
                new PrintWriter(prompts, true, StandardCharsets.UTF_8));

        CliRun run = run(stdin, "disassociate-address", "--association-id", "eipassoc-0123456789abcdef0");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Enter MFA code for " + MFA_SERIAL + ": ", prompts.toString(StandardCharsets.UTF_8));
        assertTrue(stsBody().contains("&TokenCode=975310"));
    }

    @Test
    void withoutATerminalTheOptionGivesTheCode() throws Exception {
        answerBoth();

        CliRun run = detach(null, "--mfa-token-code", "135790");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(stsBody().contains("&TokenCode=135790"));
    }

    @Test
    void withoutATerminalTheVariableGivesTheCode() throws Exception {
        answerBoth();
        env.put(MfaCodes.ENV_VARIABLE, "975310");

        CliRun run = detach(null);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(stsBody().contains("&TokenCode=975310"));
    }

    @Test
    void withNothingToAskItIsAConfigurationErrorAndNothingIsSent() {
        CliRun run = detach(null);

        assertEquals(ExitCodes.CONFIGURATION, run.exitCode(), run.err());
        assertTrue(run.err().contains("mfa_serial " + MFA_SERIAL), run.err());
        assertTrue(run.err().contains("--mfa-token-code"), run.err());
        assertFalse(run.err().contains("No AWS credentials found"), "the chain stops at the profile: " + run.err());
        assertEquals(0, sts.getRequestCount());
        assertEquals(0, ec2.getRequestCount());
    }

    @Test
    void anEmptyAnswerOnTheTerminalIsRefusedBeforeAnyCall() {
        Terminal closed =
                Terminal.of(new BufferedReader(new StringReader("")), new PrintWriter(new java.io.StringWriter()));

        CliRun run = detach(closed);

        assertEquals(ExitCodes.CONFIGURATION, run.exitCode(), run.err());
        assertTrue(run.err().contains("must be 6 digits"), run.err());
        assertEquals(0, sts.getRequestCount());
    }
}
