package dev.ec2lite;

import dev.ec2lite.config.Ec2EndpointResolver;
import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.ResolvedEndpoint;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.OkHttpTransport;
import dev.ec2lite.providers.DefaultCredentialsChain;
import dev.ec2lite.providers.RegionChain;
import dev.ec2lite.providers.ResolvedRegion;
import dev.ec2lite.providers.RetryConfiguration;
import dev.ec2lite.providers.RoleCredentialsSource;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.xml.Ec2ResponseParser;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final boolean ownsTransport;
    private final LazyStsSource defaultSts;

    private Ec2ClientSettings(Ec2Client.Builder builder) {
        Environment env = builder.environment == null ? Environment.system() : builder.environment;
        ProfileFile files = loadProfiles(env);
        Profile profile = files.profile(ProfileFile.selectedProfileName(env, builder.profile))
                .orElse(null);

        ResolvedRegion resolvedRegion = resolveRegion(builder, env, files);
        this.region = resolvedRegion.region();
        this.regionSource = resolvedRegion.source();
        try {
            this.endpoint = Ec2EndpointResolver.resolve(region, builder.endpointUrl, env, files, profile);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid endpoint configuration: " + e.getMessage(), e);
        }
        Clock clock = builder.clock == null ? Clock.systemUTC() : builder.clock;
        this.retryStrategy = retryStrategy(builder, env, profile);
        // STS calls (role profiles, web identity) retry as EC2 calls do: same mode and attempts.
        this.defaultSts = builder.roleCredentialsSource == null
                ? new LazyStsSource(env, builder.httpClient, clock, retryStrategy)
                : null;
        if (builder.credentials != null) {
            this.credentials = builder.credentials;
            this.credentialsSource = "given to the builder";
        } else {
            this.credentials = defaultCredentials(
                    builder,
                    env,
                    files,
                    builder.roleCredentialsSource != null ? builder.roleCredentialsSource : defaultSts);
            this.credentialsSource = "the default chain (system properties, environment, web identity, profile,"
                    + " container, instance metadata)";
        }
        this.signer = builder.crypto == null ? SigV4Signer.create() : SigV4Signer.create(builder.crypto);
        this.ownsTransport = builder.transport == null;
        this.transport = builder.transport != null
                ? builder.transport
                : OkHttpTransport.create(
                        builder.httpClient,
                        builder.connectTimeout,
                        builder.readTimeout,
                        Ec2ResponseParser.MAX_BODY_BYTES,
                        "http".equalsIgnoreCase(endpoint.uri().getScheme()));
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

    /** The region chain: builder, aws.region, AWS_REGION, AWS_DEFAULT_REGION, profile, instance metadata. */
    private static ResolvedRegion resolveRegion(Ec2Client.Builder builder, Environment env, ProfileFile files) {
        try {
            return RegionChain.builder()
                    .environment(env)
                    .region(builder.region)
                    .profileName(builder.profile)
                    .profileFile(files)
                    .httpClient(builder.httpClient)
                    .build()
                    .resolve();
        } catch (Ec2ClientException e) {
            throw new Ec2ConfigurationException(e.getMessage(), e);
        }
    }

    /**
     * The default credentials chain, asked lazily at the first call. Its "nothing found" becomes a
     * configuration error, and the source that answered is logged once for {@code --debug}.
     */
    private static CredentialsProvider defaultCredentials(
            Ec2Client.Builder builder, Environment env, ProfileFile files, RoleCredentialsSource roles) {
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .environment(env)
                .profileName(builder.profile)
                .profileFile(files)
                .clock(builder.clock == null ? Clock.systemUTC() : builder.clock)
                .httpClient(builder.httpClient)
                .roleCredentialsSource(roles)
                .build();
        AtomicBoolean logged = new AtomicBoolean();
        return () -> {
            AwsCredentials credentials;
            try {
                credentials = chain.resolveCredentials();
            } catch (Ec2ConfigurationException e) {
                throw e;
            } catch (Ec2ClientException e) {
                Ec2ConfigurationException configuration =
                        new Ec2ConfigurationException("no usable credentials: " + e.getMessage(), e);
                throw configuration;
            }
            if (builder.debug != null && logged.compareAndSet(false, true)) {
                builder.debug.accept(
                        "credentials from " + chain.sourceDescription().orElse("the default chain") + " (access key id "
                                + credentials.accessKeyId() + ")");
            }
            return credentials;
        };
    }

    private static RetryStrategy retryStrategy(Ec2Client.Builder builder, Environment env, Profile profile) {
        if (builder.retryStrategy != null) {
            return builder.retryStrategy;
        }
        return RetryConfiguration.resolve(env, profile, builder.retryMode, builder.maxAttempts, builder.clock);
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

    /** Whether the client made its transport (and so closes it), rather than being given one. */
    boolean ownsTransport() {
        return ownsTransport;
    }

    /** Stops what resolving settings started: the STS client, if a role setting made one. */
    void close() {
        if (defaultSts != null) {
            defaultSts.close();
        }
    }

    String describe() {
        return "region " + region + " (" + regionSource + "); endpoint " + endpoint.uri() + " (" + endpoint.source()
                + "); credentials: " + credentialsSource + "; retry: "
                + retryStrategy.mode().name().toLowerCase(Locale.ROOT) + ", " + retryStrategy.maxAttempts()
                + " attempts";
    }
}
