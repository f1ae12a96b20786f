package dev.ec2lite.providers;

import static dev.ec2lite.providers.StsAnswers.ASSUMED_KEY_ID;
import static dev.ec2lite.providers.StsAnswers.ROLE_ARN;
import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A role profile with mfa_serial: real profile files, STS on MockWebServer. */
class MfaRoleTest {
    static final String MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice";

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();
    private final List<String> asked = new ArrayList<>();
    private StsRoleCredentialsSource sts;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        sts = StsRoleCredentialsSource.builder()
                .endpointOverride(URI.create(server.url("/").toString()))
                .environment(TestEnv.in(home).build())
                .clock(clock)
                .sleeper(duration -> {})
                .build();
        TestEnv.config(
                home,
                "[profile admin]",
                "role_arn = " + ROLE_ARN,
                "source_profile = base",
                "mfa_serial = " + MFA_SERIAL,
                "role_session_name = admin",
                "region = eu-west-1");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);
    }

    @AfterEach
    void stop() {
        sts.close();
        server.close();
    }

    private DefaultCredentialsChain chain(MfaCodeProvider codes) {
        return DefaultCredentialsChain.builder()
                .environment(TestEnv.in(home).variable("AWS_PROFILE", "admin").build())
                .roleCredentialsSource(sts)
                .mfaCodeProvider(codes)
                .clock(clock)
                .build();
    }

    private MfaCodeProvider answering(String code) {
        return serial -> {
            asked.add(serial);
            return code;
        };
    }

    @Test
    void theProvidersCodeIsSentAsSerialNumberAndTokenCodeAndTheRoleIsCachedForItsLifetime() throws Exception {
        server.enqueue(StsAnswers.ok("AssumeRole"));
        DefaultCredentialsChain chain = chain(answering(" 123456 "));

        assertEquals(ASSUMED_KEY_ID, chain.resolveCredentials().accessKeyId());
        clock.advance(Duration.ofMinutes(30));
        assertEquals(ASSUMED_KEY_ID, chain.resolveCredentials().accessKeyId());

        String body = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body.contains("Action=AssumeRole&"), body);
        assertTrue(body.contains("&SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice"), body);
        assertTrue(body.contains("&TokenCode=123456"), body);
        assertEquals(List.of(MFA_SERIAL), asked, "asked once: the credentials are cached");
        assertEquals(1, server.getRequestCount());
        assertTrue(chain.sourceDescription().orElseThrow().contains("with MFA " + MFA_SERIAL));
    }

    @Test
    void withoutAProviderItIsAConfigurationErrorNamingMfaSerialAndNothingIsSent() {
        Ec2ConfigurationException e =
                assertThrows(Ec2ConfigurationException.class, () -> chain(null).resolveCredentials());

        assertTrue(e.getMessage().contains("mfa_serial " + MFA_SERIAL), e.getMessage());
        assertTrue(e.getMessage().contains("no MFA code provider"), e.getMessage());
        assertFalse(e.getMessage().contains("No AWS credentials found"), "the chain stops at the profile");
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefusedWithoutEchoAndWithoutACall() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> chain(answering("hunter2")).resolveCredentials());

        assertTrue(e.getMessage().contains("must be 6 digits"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theCodeIsNeverShownBySpecs() {
        AssumeRoleSpec spec = new AssumeRoleSpec(ROLE_ARN, "s", null, null, null).withMfa(MFA_SERIAL, "654321");

        assertFalse(spec.toString().contains("654321"), spec.toString());
        assertTrue(spec.toString().contains(MFA_SERIAL));
    }
}
