package dev.ec2lite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed accessors, and a {@code toString()} that never shows a value. */
class ProfileTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "EXAMPLESESSIONTOKENVALUE";

    @TempDir
    Path dir;

    private Profile profile(String... lines) throws IOException {
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile p]\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return ProfileFile.read(config, null).profile("p").orElseThrow();
    }

    @Test
    void everyKeyEc2liteUsesHasAnAccessor() throws IOException {
        Profile p = profile(
                "region = eu-west-3",
                "aws_access_key_id = AKIDEXAMPLE",
                "aws_secret_access_key = " + SECRET,
                "aws_session_token = " + TOKEN,
                "credential_process = /opt/bin/creds --json",
                "role_arn = arn:aws:iam::123456789012:role/example",
                "source_profile = base",
                "credential_source = Ec2InstanceMetadata",
                "role_session_name = session",
                "external_id = ext",
                "web_identity_token_file = /var/run/token",
                "duration_seconds = 900",
                "endpoint_url = http://localhost:4566",
                "services = local",
                "use_fips_endpoint = TRUE",
                "use_dualstack_endpoint = false",
                "ignore_configured_endpoint_urls = true",
                "retry_mode = adaptive",
                "max_attempts = 5",
                "ec2_metadata_service_endpoint = http://[fd00:ec2::254]",
                "ec2_metadata_service_endpoint_mode = IPv6");

        assertEquals(Optional.of("eu-west-3"), p.region());
        assertEquals(Optional.of("AKIDEXAMPLE"), p.accessKeyId());
        assertEquals(Optional.of(SECRET), p.secretAccessKey());
        assertEquals(Optional.of(TOKEN), p.sessionToken());
        assertEquals(Optional.of("/opt/bin/creds --json"), p.credentialProcess());
        assertEquals(Optional.of("arn:aws:iam::123456789012:role/example"), p.roleArn());
        assertEquals(Optional.of("base"), p.sourceProfile());
        assertEquals(Optional.of("Ec2InstanceMetadata"), p.credentialSource());
        assertEquals(Optional.of("session"), p.roleSessionName());
        assertEquals(Optional.of("ext"), p.externalId());
        assertEquals(Optional.of("/var/run/token"), p.webIdentityTokenFile());
        assertEquals(Optional.of(900), p.durationSeconds());
        assertEquals(Optional.of("http://localhost:4566"), p.endpointUrl());
        assertEquals(Optional.of("local"), p.services());
        assertEquals(Optional.of(true), p.useFipsEndpoint());
        assertEquals(Optional.of(false), p.useDualstackEndpoint());
        assertEquals(Optional.of(true), p.ignoreConfiguredEndpointUrls());
        assertEquals(Optional.of("adaptive"), p.retryMode());
        assertEquals(Optional.of(5), p.maxAttempts());
        assertEquals(Optional.of("http://[fd00:ec2::254]"), p.ec2MetadataServiceEndpoint());
        assertEquals(Optional.of("IPv6"), p.ec2MetadataServiceEndpointMode());
    }

    @Test
    void unsetKeysAreEmpty() throws IOException {
        Profile p = profile("output = json");

        assertEquals(Optional.empty(), p.region());
        assertEquals(Optional.empty(), p.useFipsEndpoint());
        assertEquals(Optional.empty(), p.maxAttempts());
    }

    @Test
    void booleanOtherThanTrueOrFalseIsAnErrorNamingProfileAndKey() throws IOException {
        Profile p = profile("use_fips_endpoint = yes");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::useFipsEndpoint);
        assertTrue(e.getMessage().contains("profile 'p' use_fips_endpoint"), e.getMessage());
    }

    @Test
    void numberThatIsNotAWholeNumberIsAnErrorNamingTheKey() throws IOException {
        Profile p = profile("max_attempts = three");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::maxAttempts);
        assertTrue(e.getMessage().contains("max_attempts"), e.getMessage());
    }

    @Test
    void toStringShowsKeyNamesButNeverSecretValues() throws IOException {
        Profile p = profile(
                "aws_access_key_id = AKIDEXAMPLE", "aws_secret_access_key = " + SECRET, "aws_session_token = " + TOKEN);

        String text = p.toString();
        assertTrue(text.contains("aws_secret_access_key"), text);
        assertTrue(text.contains("aws_session_token"), text);
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
    }

    @Test
    void profileFileToStringNeverShowsSecretValues() throws IOException {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[default]\naws_secret_access_key = " + SECRET + "\n", StandardCharsets.UTF_8);

        assertFalse(ProfileFile.read(null, credentials).toString().contains(SECRET));
    }
}
