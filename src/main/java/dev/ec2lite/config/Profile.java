package dev.ec2lite.config;

import dev.ec2lite.config.internal.SwitchSetting;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One named profile, with the config-file and credentials-file properties already merged
 * (credentials-file values win). Immutable.
 *
 * <p>Keys keep the case they were written in and lookups are exact ({@code Region} is not {@code
 * region}), as in the AWS SDK for Java v2; the AWS CLI lower-cases keys, so a file that relies on
 * that works there and not here.
 *
 * <p>{@link #toString()} shows key names only, never values: the secret key and session token live
 * here.
 */
public final class Profile {
    static final String REGION = "region";
    static final String AWS_ACCESS_KEY_ID = "aws_access_key_id";
    static final String AWS_SECRET_ACCESS_KEY = "aws_secret_access_key";
    static final String AWS_SESSION_TOKEN = "aws_session_token";
    static final String CREDENTIAL_PROCESS = "credential_process";
    static final String ROLE_ARN = "role_arn";
    static final String SOURCE_PROFILE = "source_profile";
    static final String CREDENTIAL_SOURCE = "credential_source";
    static final String ROLE_SESSION_NAME = "role_session_name";
    static final String EXTERNAL_ID = "external_id";
    static final String WEB_IDENTITY_TOKEN_FILE = "web_identity_token_file";
    static final String DURATION_SECONDS = "duration_seconds";
    static final String ENDPOINT_URL = "endpoint_url";
    static final String SERVICES = "services";
    static final String USE_FIPS_ENDPOINT = "use_fips_endpoint";
    static final String USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
    static final String IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
    static final String RETRY_MODE = "retry_mode";
    static final String MAX_ATTEMPTS = "max_attempts";
    static final String EC2_METADATA_SERVICE_ENDPOINT = "ec2_metadata_service_endpoint";
    static final String EC2_METADATA_SERVICE_ENDPOINT_MODE = "ec2_metadata_service_endpoint_mode";

    /** A profile is a section with typed accessors; the section holds the name and the properties. */
    private final Section section;

    Profile(String name, Map<String, String> properties) {
        this.section = new Section(name, properties);
    }

    public String name() {
        return section.name();
    }

    /** The value of {@code key}; a multi-line value keeps its line breaks. */
    public Optional<String> property(String key) {
        return section.property(key);
    }

    /**
     * A nested setting, for example {@code subProperty("s3", "max_concurrent_requests")} for
     *
     * <pre>
     * s3 =
     *   max_concurrent_requests = 20
     * </pre>
     */
    public Optional<String> subProperty(String key, String subKey) {
        return section.subProperty(key, subKey);
    }

    /** The keys, config-file keys first, in file order. */
    public Set<String> propertyNames() {
        return section.propertyNames();
    }

    public Optional<String> region() {
        return property(REGION);
    }

    public Optional<String> accessKeyId() {
        return property(AWS_ACCESS_KEY_ID);
    }

    public Optional<String> secretAccessKey() {
        return property(AWS_SECRET_ACCESS_KEY);
    }

    public Optional<String> sessionToken() {
        return property(AWS_SESSION_TOKEN);
    }

    public Optional<String> credentialProcess() {
        return property(CREDENTIAL_PROCESS);
    }

    public Optional<String> roleArn() {
        return property(ROLE_ARN);
    }

    public Optional<String> sourceProfile() {
        return property(SOURCE_PROFILE);
    }

    public Optional<String> credentialSource() {
        return property(CREDENTIAL_SOURCE);
    }

    public Optional<String> roleSessionName() {
        return property(ROLE_SESSION_NAME);
    }

    public Optional<String> externalId() {
        return property(EXTERNAL_ID);
    }

    public Optional<String> webIdentityTokenFile() {
        return property(WEB_IDENTITY_TOKEN_FILE);
    }

    /** {@code duration_seconds}; a value that is not a whole number is an error naming the key. */
    public Optional<Integer> durationSeconds() {
        return integer(DURATION_SECONDS);
    }

    public Optional<String> endpointUrl() {
        return property(ENDPOINT_URL);
    }

    /** The name of the {@code [services NAME]} section this profile uses. */
    public Optional<String> services() {
        return property(SERVICES);
    }

    /** {@code use_fips_endpoint}: {@code true} or {@code false} in any case; anything else is an error. */
    public Optional<Boolean> useFipsEndpoint() {
        return bool(USE_FIPS_ENDPOINT);
    }

    public Optional<Boolean> useDualstackEndpoint() {
        return bool(USE_DUALSTACK_ENDPOINT);
    }

    public Optional<Boolean> ignoreConfiguredEndpointUrls() {
        return bool(IGNORE_CONFIGURED_ENDPOINT_URLS);
    }

    public Optional<String> retryMode() {
        return property(RETRY_MODE);
    }

    public Optional<Integer> maxAttempts() {
        return integer(MAX_ATTEMPTS);
    }

    public Optional<String> ec2MetadataServiceEndpoint() {
        return property(EC2_METADATA_SERVICE_ENDPOINT);
    }

    public Optional<String> ec2MetadataServiceEndpointMode() {
        return property(EC2_METADATA_SERVICE_ENDPOINT_MODE);
    }

    private Optional<Boolean> bool(String key) {
        return property(key).map(value -> SwitchSetting.parseBoolean(value, "profile '" + name() + "' " + key));
    }

    private Optional<Integer> integer(String key) {
        return property(key).map(value -> {
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "profile '" + name() + "' " + key + " must be a whole number, was '" + value + "'", e);
            }
        });
    }

    /** Shows the profile name and key names only, never a value. */
    @Override
    public String toString() {
        return "Profile{name=" + name() + ", properties=" + propertyNames() + "}";
    }
}
