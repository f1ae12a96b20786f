package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * Credentials of the IAM role attached to this EC2 instance, from the instance metadata service,
 * cached through {@link CachedCredentialsProvider}: {@code GET
 * /latest/meta-data/iam/security-credentials/} gives the role name, {@code GET …/<role>} the JSON
 * with {@code Code: Success}, {@code AccessKeyId}, {@code SecretAccessKey}, {@code Token} and {@code
 * Expiration}. IMDSv2 session tokens, the IMDSv1 fallback and the settings that control them are
 * described in {@link InstanceMetadataClient} and {@link ImdsSettings}; {@code
 * AWS_EC2_METADATA_DISABLED=true} turns this provider off.
 */
public final class InstanceProfileCredentialsProvider implements CredentialsProvider {
    static final String SECURITY_CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/";
    private static final String SOURCE = "the instance metadata service";
    /** IAM role names: letters, digits and {@code +=,.@_-}, up to 64 characters. */
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    private final Environment env;
    private final String profileName;
    private final OkHttpClient http;
    private final CachedCredentialsProvider cache;

    private InstanceProfileCredentialsProvider(Environment env, String profileName, OkHttpClient http, Clock clock) {
        this.env = Objects.requireNonNull(env, "env == null");
        this.profileName = profileName;
        this.http = http; // may be null: the metadata client then uses the shared default
        this.cache = CachedCredentialsProvider.create(this::fetch, clock, "InstanceProfileCredentialsProvider");
    }

    /**
     * @param profileName the profile whose IMDS settings apply; null for the selected one
     * @param httpClient shares its connection pool; null for a shared default
     */
    public static InstanceProfileCredentialsProvider create(
            Environment env, String profileName, OkHttpClient httpClient, Clock clock) {
        return new InstanceProfileCredentialsProvider(env, profileName, httpClient, clock);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private AwsCredentials fetch() {
        InstanceMetadataClient.Session session =
                InstanceMetadataClient.create(env, profileName, http).session();
        String roles = session.get(SECURITY_CREDENTIALS_PATH)
                .orElseThrow(() -> new Ec2ClientException("no IAM role is attached to this instance", 404, null));
        String role = roles.strip().split("\\R", 2)[0].strip();
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new Ec2ClientException(SOURCE + " answered no usable IAM role name");
        }
        String document = session.get(SECURITY_CREDENTIALS_PATH + role)
                .orElseThrow(() -> new Ec2ClientException(SOURCE + " has no credentials for role " + role, 404, null));
        CredentialsJson json = CredentialsJson.parse(document.getBytes(StandardCharsets.UTF_8), SOURCE);
        String code = json.optionalText("Code");
        if (code != null && !code.equals("Success")) {
            throw new Ec2ClientException(SOURCE + " answered Code " + ErrorText.clean(code, 60) + " for role " + role);
        }
        return json.credentials("Token");
    }

    @Override
    public String toString() {
        return "InstanceProfileCredentialsProvider";
    }
}
