package dev.ec2lite.providers;

import static dev.ec2lite.providers.TestEnv.ACCESS_KEY_ID;
import static dev.ec2lite.providers.TestEnv.SECRET_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Profiles in real files under a temporary home, with a recording fake STS. */
class ProfileCredentialsProviderTest {
    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock();
    private final RecordingRoles roles = new RecordingRoles(MutableClock.DEFAULT_START.plus(Duration.ofHours(1)));

    private ProfileCredentialsProvider provider(Environment env, String profile, RoleCredentialsSource source) {
        return ProfileCredentialsProvider.builder()
                .environment(env)
                .profileName(profile)
                .roleCredentialsSource(source)
                .clock(clock)
                .build();
    }

    private AwsCredentials resolve(String profile) {
        return provider(TestEnv.in(home).build(), profile, roles).resolveCredentials();
    }

    private Ec2ClientException failure(String profile) {
        return assertThrows(Ec2ClientException.class, () -> resolve(profile));
    }

    @Test
    void staticKeysOfTheDefaultProfileAreUsed() {
        TestEnv.credentials(
                home, "[default]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);

        assertEquals(AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY), resolve(null));
    }

    @Test
    void awsProfileSelectsTheProfileAndAnExplicitNameBeatsIt() {
        TestEnv.credentials(
                home,
                "[dev]",
                "aws_access_key_id = AKIDDEV",
                "aws_secret_access_key = " + SECRET_KEY,
                "[prod]",
                "aws_access_key_id = AKIDPROD",
                "aws_secret_access_key = " + SECRET_KEY);
        Environment env = TestEnv.in(home).variable("AWS_PROFILE", "dev").build();

        assertEquals("AKIDDEV", provider(env, null, null).resolveCredentials().accessKeyId());
        assertEquals(
                "AKIDPROD", provider(env, "prod", null).resolveCredentials().accessKeyId());
    }

    @Test
    void sessionTokenIsReadWithTheKeys() {
        TestEnv.credentials(
                home,
                "[default]",
                "aws_access_key_id = " + ACCESS_KEY_ID,
                "aws_secret_access_key = " + SECRET_KEY,
                "aws_session_token = " + TestEnv.SESSION_TOKEN);

        assertEquals(Optional.of(TestEnv.SESSION_TOKEN), resolve(null).sessionToken());
    }

    @Test
    void aKeyIdWithoutSecretNamesTheMissingKeyAndTheProfile() {
        TestEnv.credentials(home, "[default]", "aws_access_key_id = " + ACCESS_KEY_ID);

        assertEquals(
                "profile 'default': aws_access_key_id is set but aws_secret_access_key is missing",
                failure(null).getMessage());
    }

    @Test
    void aMissingProfileIsNamed() {
        TestEnv.config(home, "[default]", "region = eu-west-1");

        assertEquals(
                "profile 'nope' is not in the config or credentials file",
                failure("nope").getMessage());
    }

    @Test
    void aProfileWithoutCredentialsSaysWhatWasLookedFor() {
        TestEnv.config(home, "[default]", "region = eu-west-1");

        assertTrue(failure(null).getMessage().contains("no credentials in it"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void credentialProcessIsRunAndItsAnswerCached() {
        Path counter = home.resolve("runs");
        Path script = TestEnv.write(
                home.resolve("helper.sh"),
                "echo run >> '" + counter + "'",
                "printf '{\"Version\":1,\"AccessKeyId\":\"ASIAPROC\",\"SecretAccessKey\":\"" + SECRET_KEY
                        + "\",\"Expiration\":\"2025-06-01T13:00:00Z\"}'");
        TestEnv.config(home, "[profile tool]", "credential_process = sh '" + script + "'");
        ProfileCredentialsProvider provider = provider(TestEnv.in(home).build(), "tool", null);

        assertEquals("ASIAPROC", provider.resolveCredentials().accessKeyId());
        assertEquals("ASIAPROC", provider.resolveCredentials().accessKeyId());

        assertEquals(1, TestEnv.lines(counter));
    }

    @Test
    void roleArnWithSourceProfileAssumesTheRoleWithTheSourceKeys() {
        TestEnv.config(
                home,
                "[profile admin]",
                "role_arn = arn:aws:iam::123456789012:role/Admin",
                "source_profile = base",
                "role_session_name = alice",
                "external_id = ext-1",
                "duration_seconds = 900",
                "region = eu-central-1");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);

        AwsCredentials credentials = resolve("admin");

        assertEquals("ASIAROLE1", credentials.accessKeyId());
        assertEquals(
                new AssumeRoleSpec("arn:aws:iam::123456789012:role/Admin", "alice", "ext-1", 900, "eu-central-1"),
                roles.assumeRoleSpecs.get(0));
        assertEquals(AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY), roles.sourceCredentials.get(0));
    }

    @Test
    void chainedRolesAreAssumedInOrderFromTheBaseKeys() {
        TestEnv.config(
                home,
                "[profile second]",
                "role_arn = arn:aws:iam::222222222222:role/Second",
                "source_profile = first",
                "[profile first]",
                "role_arn = arn:aws:iam::111111111111:role/First",
                "source_profile = base");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);

        assertEquals("ASIAROLE2", resolve("second").accessKeyId());

        assertEquals(
                "arn:aws:iam::111111111111:role/First",
                roles.assumeRoleSpecs.get(0).roleArn());
        assertEquals(
                "arn:aws:iam::222222222222:role/Second",
                roles.assumeRoleSpecs.get(1).roleArn());
        assertEquals("ASIAROLE1", roles.sourceCredentials.get(1).accessKeyId());
        assertTrue(roles.assumeRoleSpecs.get(0).sessionName().startsWith("ec2lite-"));
    }

    @Test
    void aSourceProfileCycleIsAnErrorNamingTheCycle() {
        TestEnv.config(
                home,
                "[profile a]",
                "role_arn = arn:aws:iam::123456789012:role/A",
                "source_profile = b",
                "[profile b]",
                "role_arn = arn:aws:iam::123456789012:role/B",
                "source_profile = c",
                "[profile c]",
                "role_arn = arn:aws:iam::123456789012:role/C",
                "source_profile = a");

        assertEquals("source_profile cycle: a -> b -> c -> a", failure("a").getMessage());
        assertTrue(roles.assumeRoleSpecs.isEmpty());
    }

    @Test
    void aProfileThatIsItsOwnSourceUsesItsStaticKeys() {
        TestEnv.credentials(
                home,
                "[self]",
                "aws_access_key_id = " + ACCESS_KEY_ID,
                "aws_secret_access_key = " + SECRET_KEY,
                "role_arn = arn:aws:iam::123456789012:role/Self",
                "source_profile = self");

        assertEquals("ASIAROLE1", resolve("self").accessKeyId());
        assertEquals(AwsCredentials.of(ACCESS_KEY_ID, SECRET_KEY), roles.sourceCredentials.get(0));
    }

    @Test
    void aProfileThatIsItsOwnSourceWithoutKeysIsACycle() {
        TestEnv.config(home, "[profile loop]", "role_arn = arn:aws:iam::123456789012:role/L", "source_profile = loop");

        assertEquals("source_profile cycle: loop -> loop", failure("loop").getMessage());
    }

    @Test
    void credentialSourceEnvironmentTakesTheSourceKeysFromTheEnvironment() {
        TestEnv.config(
                home, "[default]", "role_arn = arn:aws:iam::123456789012:role/Env", "credential_source = Environment");
        Environment env = TestEnv.in(home)
                .variable("AWS_ACCESS_KEY_ID", "AKIDFROMENV")
                .variable("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
                .build();

        assertEquals(
                "ASIAROLE1", provider(env, null, roles).resolveCredentials().accessKeyId());
        assertEquals("AKIDFROMENV", roles.sourceCredentials.get(0).accessKeyId());
    }

    @Test
    void anUnknownCredentialSourceListsTheValidOnes() {
        TestEnv.config(home, "[default]", "role_arn = arn:aws:iam::123456789012:role/X", "credential_source = Laptop");

        assertEquals(
                "profile 'default': credential_source must be Environment, Ec2InstanceMetadata or EcsContainer,"
                        + " was 'Laptop'",
                failure(null).getMessage());
    }

    @Test
    void sourceProfileAndCredentialSourceTogetherAreAnError() {
        TestEnv.config(
                home,
                "[default]",
                "role_arn = arn:aws:iam::123456789012:role/X",
                "source_profile = base",
                "credential_source = Environment");

        assertTrue(failure(null).getMessage().contains("sets both source_profile and credential_source"));
    }

    @Test
    void aRoleWithoutRoleCredentialsSourceFailsSayingItNeedsSts() {
        TestEnv.config(home, "[default]", "role_arn = arn:aws:iam::123456789012:role/X", "source_profile = base");
        TestEnv.credentials(
                home, "[base]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);

        Ec2ClientException e = assertThrows(
                Ec2ClientException.class,
                () -> provider(TestEnv.in(home).build(), null, null).resolveCredentials());

        assertEquals(
                "profile 'default': role_arn needs STS AssumeRole, and no RoleCredentialsSource was given"
                        + " (pass one to the provider or chain builder)",
                e.getMessage());
    }

    @Test
    void webIdentityTokenFileInTheProfileAsksForAWebIdentityRole() {
        TestEnv.config(
                home,
                "[profile eks]",
                "role_arn = arn:aws:iam::123456789012:role/Pod",
                "web_identity_token_file = ~/token",
                "role_session_name = pod-1");

        assertEquals("ASIAWEB1", resolve("eks").accessKeyId());

        WebIdentitySpec spec = roles.webIdentitySpecs.get(0);
        assertEquals("arn:aws:iam::123456789012:role/Pod", spec.roleArn());
        assertEquals("pod-1", spec.sessionName());
        assertEquals(home.resolve("token"), spec.tokenFile());
        assertNull(spec.durationSeconds());
    }

    @Test
    void anIncompleteSsoProfileNamesTheMissingKey() {
        TestEnv.config(home, "[profile sso]", "sso_session = corp", "sso_role_name = Dev");

        assertTrue(failure("sso").getMessage().contains("profile 'sso': sso_account_id is missing"));
    }

    @Test
    void toStringNamesTheProfileOnly() {
        TestEnv.credentials(
                home, "[default]", "aws_access_key_id = " + ACCESS_KEY_ID, "aws_secret_access_key = " + SECRET_KEY);
        ProfileCredentialsProvider provider = provider(TestEnv.in(home).build(), null, null);
        provider.resolveCredentials();

        assertEquals("ProfileCredentialsProvider{profile=default}", provider.toString());
        assertFalse(provider.toString().contains(SECRET_KEY));
    }
}
