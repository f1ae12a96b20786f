package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.http.NetworkConfig;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.retry.Sleeper;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Credentials from a profile of the shared config and credentials files: static keys ({@code
 * aws_access_key_id}, {@code aws_secret_access_key}, {@code aws_session_token}), a {@code
 * credential_process}, or a role ({@code role_arn} with {@code source_profile}, {@code
 * credential_source} or {@code web_identity_token_file}) assumed through a {@link
 * RoleCredentialsSource}.
 *
 * <p>The profile is the one named to the builder, else {@code aws.profile}, else {@code AWS_PROFILE},
 * else {@code default}. The files are read once, on the first call that succeeds; temporary
 * credentials (process, roles) are cached and refreshed through {@link CachedCredentialsProvider}.
 *
 * <p>IAM Identity Center profiles ({@code sso_session} or the legacy {@code sso_start_url}, with
 * {@code sso_account_id} and {@code sso_role_name}) use the token {@code aws sso login} cached; a role
 * with {@code mfa_serial} needs a {@link Builder#mfaCodeProvider}.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    private final Environment env;
    private final String profileName;
    private final ProfileFile profileFile;
    private final RoleCredentialsSource roles;
    private final Clock clock;
    private final OkHttpClient http;
    private final NetworkSettings network;
    private final MfaCodeProvider mfa;
    private final Sleeper sleeper;
    private volatile CredentialsProvider delegate;
    private volatile String description;

    private ProfileCredentialsProvider(Builder builder) {
        this.env = Objects.requireNonNull(builder.env, "environment == null");
        this.profileName = ProfileFile.selectedProfileName(env, builder.profileName);
        this.profileFile = builder.profileFile;
        this.roles = builder.roles;
        this.clock = builder.clock;
        this.http = builder.http;
        this.network = builder.network;
        this.mfa = builder.mfa;
        this.sleeper = builder.sleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The profile this provider reads. */
    public String profileName() {
        return profileName;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        CredentialsProvider provider = delegate;
        if (provider == null) {
            synchronized (this) {
                if (delegate == null) {
                    ProfileFile file = profileFile != null ? profileFile : ProfileFile.load(env);
                    ProfileCredentialsResolver.Resolved resolved = new ProfileCredentialsResolver(
                                    file, env, roles, clock, http, network, mfa, sleeper)
                            .resolve(profileName);
                    description = resolved.description();
                    delegate = resolved.provider();
                }
                provider = delegate;
            }
        }
        return provider.resolveCredentials();
    }

    /**
     * What the profile resolved to, once it has: {@code "IAM Identity Center (sso_session 'my-sso',
     * account 111122223333, role ReadOnly)"}, {@code "role arn:… (source: …)"}; never a secret.
     */
    public Optional<String> sourceDescription() {
        return Optional.ofNullable(description);
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider{profile=" + profileName + "}";
    }

    /** Settings for a {@link ProfileCredentialsProvider}; only the environment is required. */
    public static final class Builder {
        private Environment env;
        private String profileName;
        private ProfileFile profileFile;
        private RoleCredentialsSource roles;
        private Clock clock = Clock.systemUTC();
        private OkHttpClient http;
        private NetworkSettings network;
        private MfaCodeProvider mfa;
        private Sleeper sleeper = Sleeper.system();

        private Builder() {}

        /** Gives the code for a role profile with {@code mfa_serial}; default none, which makes such profiles fail clearly. */
        public Builder mfaCodeProvider(MfaCodeProvider mfa) {
            this.mfa = mfa;
            return this;
        }

        /** Waits between retries of IAM Identity Center calls; tests pass one that returns at once. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** Where variables, system properties and the home directory come from. Required. */
        public Builder environment(Environment env) {
            this.env = Objects.requireNonNull(env, "env == null");
            return this;
        }

        /** The profile to read (from code or {@code --profile}); null: the selected one. */
        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        /** Files already read; default: {@link ProfileFile#load} from the environment on first use. */
        public Builder profileFile(ProfileFile profileFile) {
            this.profileFile = profileFile;
            return this;
        }

        /** Calls STS for {@code role_arn} profiles; default none, which makes such profiles fail clearly. */
        public Builder roleCredentialsSource(RoleCredentialsSource roles) {
            this.roles = roles;
            return this;
        }

        /** Decides when cached credentials are due; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** The proxy and trusted CAs for IAM Identity Center calls; default: the HTTP client's own. */
        public Builder network(NetworkConfig network) {
            this.network = NetworkSettings.of(network);
            return this;
        }

        /** For {@code credential_source} Ec2InstanceMetadata and EcsContainer; default a shared client. */
        public Builder httpClient(OkHttpClient http) {
            this.http = http;
            return this;
        }

        public ProfileCredentialsProvider build() {
            return new ProfileCredentialsProvider(this);
        }
    }
}
