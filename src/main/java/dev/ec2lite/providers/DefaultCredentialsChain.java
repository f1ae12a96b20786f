package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.http.NetworkConfig;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The Java SDK v2's default credentials chain: system properties, environment variables, web
 * identity, the profile (static keys, a role, IAM Identity Center, {@code credential_process}), the
 * container endpoint, then EC2 instance metadata. The first source that
 * answers wins and is asked alone from then on; when none answers, one {@link
 * dev.ec2lite.error.Ec2ClientException} lists every source tried and why each gave nothing, without
 * a secret.
 *
 * <pre>{@code
 * DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
 *         .environment(Environment.system())
 *         .roleCredentialsSource(sts) // optional: for role_arn profiles and web identity
 *         .build();
 * AwsCredentials credentials = chain.resolveCredentials();
 * chain.sourceDescription(); // "environment variables (AWS_ACCESS_KEY_ID)"
 * }</pre>
 */
public final class DefaultCredentialsChain implements CredentialsProvider {
    private final FirstAnswer chain;
    private final ProfileCredentialsProvider profile;
    private final String profileSourceName;

    private DefaultCredentialsChain(Builder builder) {
        Environment env = Objects.requireNonNull(builder.env, "environment == null");
        String profileName = ProfileFile.selectedProfileName(env, builder.profileName);
        ProfileCredentialsProvider profile = ProfileCredentialsProvider.builder()
                .environment(env)
                .profileName(profileName)
                .profileFile(builder.profileFile)
                .roleCredentialsSource(builder.roles)
                .clock(builder.clock)
                .httpClient(builder.http)
                .network(builder.network)
                .mfaCodeProvider(builder.mfa)
                .build();
        this.profile = profile;
        this.profileSourceName = "profile '" + profileName + "' (shared config and credentials files)";
        this.chain = new FirstAnswer(
                "AWS credentials",
                List.of(
                        new FirstAnswer.Source(
                                "system properties (aws.accessKeyId)", SystemPropertyCredentialsProvider.create(env)),
                        new FirstAnswer.Source(
                                "environment variables (AWS_ACCESS_KEY_ID)",
                                EnvironmentCredentialsProvider.create(env)),
                        new FirstAnswer.Source(
                                "web identity (AWS_WEB_IDENTITY_TOKEN_FILE)",
                                WebIdentityCredentialsProvider.create(env, builder.roles, builder.clock)),
                        new FirstAnswer.Source(profileSourceName, profile),
                        new FirstAnswer.Source(
                                "container endpoint (AWS_CONTAINER_CREDENTIALS_*)",
                                ContainerCredentialsProvider.create(env, builder.http, builder.clock)),
                        new FirstAnswer.Source(
                                "EC2 instance metadata (IMDS)",
                                InstanceProfileCredentialsProvider.create(
                                        env, profileName, builder.http, builder.clock))));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws dev.ec2lite.error.Ec2ClientException listing every source and its reason when none answers
     */
    @Override
    public AwsCredentials resolveCredentials() {
        return chain.resolveCredentials();
    }

    /**
     * Which source answered (for {@code --debug}); empty until one has. For the profile, also what it
     * resolved to: {@code "profile 'dev' (…): IAM Identity Center (sso_session 'my-sso', account
     * 111122223333, role ReadOnly)"}. Never a key or token.
     */
    public Optional<String> sourceDescription() {
        Optional<String> answered = chain.answeredBy();
        if (answered.isPresent() && answered.get().equals(profileSourceName)) {
            return Optional.of(profileSourceName
                    + profile.sourceDescription().map(text -> ": " + text).orElse(""));
        }
        return answered;
    }

    @Override
    public String toString() {
        return "DefaultCredentialsChain{" + sourceDescription().orElse("not resolved yet") + "}";
    }

    /** Settings for a {@link DefaultCredentialsChain}; only the environment is required. */
    public static final class Builder {
        private Environment env;
        private String profileName;
        private RoleCredentialsSource roles;
        private Clock clock = Clock.systemUTC();
        private OkHttpClient http;
        private NetworkConfig network;
        private ProfileFile profileFile;
        private MfaCodeProvider mfa;

        private Builder() {}

        /** Gives the code for a role profile with {@code mfa_serial}; default none, which makes such profiles fail clearly. */
        public Builder mfaCodeProvider(MfaCodeProvider mfa) {
            this.mfa = mfa;
            return this;
        }

        /** Where variables, system properties and the home directory come from. Required. */
        public Builder environment(Environment env) {
            this.env = Objects.requireNonNull(env, "env == null");
            return this;
        }

        /** The profile to use instead of {@code aws.profile}/{@code AWS_PROFILE}/{@code default}; null: those. */
        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        /** Calls STS for web identity and {@code role_arn} profiles; default none, and those sources fail clearly. */
        public Builder roleCredentialsSource(RoleCredentialsSource roles) {
            this.roles = roles;
            return this;
        }

        /** Decides when cached credentials are due; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Files already read, so they are not read again; default: read from the environment when needed. */
        public Builder profileFile(ProfileFile profileFile) {
            this.profileFile = profileFile;
            return this;
        }

        /**
         * The proxy and trusted CAs for IAM Identity Center calls (instance metadata and the container
         * endpoint never use a proxy); default: the HTTP client's own.
         */
        public Builder network(NetworkConfig network) {
            this.network = network;
            return this;
        }

        /** The client whose connection pool IMDS and the container endpoint share; default a small one of their own. */
        public Builder httpClient(OkHttpClient http) {
            this.http = http;
            return this;
        }

        public DefaultCredentialsChain build() {
            return new DefaultCredentialsChain(this);
        }
    }
}
