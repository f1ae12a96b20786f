package dev.ec2lite;

import dev.ec2lite.config.Ec2EndpointResolver;
import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.ResolvedEndpoint;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.OkHttpTransport;
import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.RetrySettings;
import dev.ec2lite.retry.RetrySettings.Candidate;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.xml.Ec2ResponseParser;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * Resolves, once, every setting an {@link Ec2Client} needs from its builder, the environment and the
 * shared config files, and remembers where each came from.
 */
final class Ec2ClientSettings {
    private final String region;
    private final String regionSource;
    private final ResolvedEndpoint endpoint;
    private final CredentialsProvider credentials;
    private final String credentialsSource;
    private final RetryStrategy retryStrategy;
    private final SigV4Signer signer;
    private final HttpTransport transport;

    private Ec2ClientSettings(Ec2Client.Builder builder) {
        Environment env = builder.environment == null ? Environment.system() : builder.environment;
        ProfileFile files = loadProfiles(env);
        Profile profile = files.profile(ProfileFile.selectedProfileName(env, builder.profile))
                .orElse(null);

        String[] regionAndSource = resolveRegion(builder.region, env, profile);
        this.region = regionAndSource[0];
        this.regionSource = regionAndSource[1];
        try {
            this.endpoint = Ec2EndpointResolver.resolve(region, builder.endpointUrl, env, files, profile);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid endpoint configuration: " + e.getMessage(), e);
        }
        if (builder.credentials != null) {
            this.credentials = builder.credentials;
            this.credentialsSource = "given to the builder";
        } else {
            this.credentials = () -> environmentCredentials(env);
            this.credentialsSource = "system properties or environment";
        }
        this.retryStrategy = retryStrategy(builder, env, profile);
        this.signer = builder.crypto == null ? SigV4Signer.create() : SigV4Signer.create(builder.crypto);
        this.transport = builder.transport != null
                ? builder.transport
                : OkHttpTransport.create(
                        builder.httpClient,
                        builder.connectTimeout,
                        builder.readTimeout,
                        Ec2ResponseParser.MAX_BODY_BYTES);
    }

    static Ec2ClientSettings resolve(Ec2Client.Builder builder) {
        return new Ec2ClientSettings(builder);
    }

    private static ProfileFile loadProfiles(Environment env) {
        try {
            return ProfileFile.load(env);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid shared config file: " + e.getMessage(), e);
        }
    }

    /** The region and where it came from, in the SDKs' order. */
    private static String[] resolveRegion(String explicit, Environment env, Profile profile) {
        if (explicit != null && !explicit.isBlank()) {
            return new String[] {explicit, "given to the builder"};
        }
        Optional<String> property = env.systemProperty("aws.region");
        if (property.isPresent()) {
            return new String[] {property.get(), "system property aws.region"};
        }
        for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            Optional<String> value = env.variable(variable);
            if (value.isPresent()) {
                return new String[] {value.get(), "environment variable " + variable};
            }
        }
        if (profile != null && profile.region().isPresent()) {
            return new String[] {profile.region().get(), "profile " + profile.name()};
        }
        throw new Ec2ConfigurationException("no region: set one with the builder's region(), --region, the aws.region"
                + " system property, AWS_REGION, AWS_DEFAULT_REGION or the profile's region");
    }

    private static AwsCredentials environmentCredentials(Environment env) {
        Optional<String> id = env.systemProperty("aws.accessKeyId").or(() -> env.variable("AWS_ACCESS_KEY_ID"));
        Optional<String> secret =
                env.systemProperty("aws.secretAccessKey").or(() -> env.variable("AWS_SECRET_ACCESS_KEY"));
        Optional<String> token = env.systemProperty("aws.sessionToken").or(() -> env.variable("AWS_SESSION_TOKEN"));
        if (id.isEmpty() || secret.isEmpty()) {
            throw new Ec2ConfigurationException("no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                    + " (or the aws.accessKeyId and aws.secretAccessKey system properties)");
        }
        return AwsCredentials.of(id.get(), secret.get(), token.orElse(null));
    }

    private static RetryStrategy retryStrategy(Ec2Client.Builder builder, Environment env, Profile profile) {
        if (builder.retryStrategy != null) {
            return builder.retryStrategy;
        }
        try {
            RetryMode mode = builder.retryMode != null
                    ? builder.retryMode
                    : RetrySettings.resolveRetryMode(
                            new Candidate(
                                    "aws.retryMode",
                                    env.systemProperty("aws.retryMode").orElse(null)),
                            new Candidate(
                                    "AWS_RETRY_MODE",
                                    env.variable("AWS_RETRY_MODE").orElse(null)),
                            new Candidate(
                                    "retry_mode",
                                    profile == null ? null : profile.retryMode().orElse(null)));
            int attempts = builder.maxAttempts != null
                    ? RetrySettings.parseMaxAttempts("maxAttempts", String.valueOf(builder.maxAttempts))
                    : RetrySettings.resolveMaxAttempts(
                            new Candidate(
                                    "aws.maxAttempts",
                                    env.systemProperty("aws.maxAttempts").orElse(null)),
                            new Candidate(
                                    "AWS_MAX_ATTEMPTS",
                                    env.variable("AWS_MAX_ATTEMPTS").orElse(null)),
                            new Candidate(
                                    "max_attempts",
                                    profile == null
                                            ? null
                                            : profile.property("max_attempts").orElse(null)));
            Clock clock = builder.clock == null ? Clock.systemUTC() : builder.clock;
            return RetryStrategy.builder()
                    .mode(mode)
                    .maxAttempts(attempts)
                    .clock(clock)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid retry configuration: " + e.getMessage(), e);
        }
    }

    String region() {
        return region;
    }

    URI endpoint() {
        return endpoint.uri();
    }

    CredentialsProvider credentials() {
        return credentials;
    }

    RetryStrategy retryStrategy() {
        return retryStrategy;
    }

    SigV4Signer signer() {
        return signer;
    }

    HttpTransport transport() {
        return transport;
    }

    String describe() {
        return "region " + region + " (" + regionSource + "); endpoint " + endpoint.uri() + " (" + endpoint.source()
                + "); credentials: " + credentialsSource + "; retry: "
                + retryStrategy.mode().name().toLowerCase(java.util.Locale.ROOT) + ", " + retryStrategy.maxAttempts()
                + " attempts";
    }
}
