package dev.ec2lite;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.internal.Ec2EndpointResolver;
import dev.ec2lite.config.internal.ResolvedEndpoint;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.http.internal.OkHttpTransport;
import dev.ec2lite.providers.CredentialsUnavailableException;
import dev.ec2lite.providers.DefaultCredentialsChain;
import dev.ec2lite.providers.RegionChain;
import dev.ec2lite.providers.ResolvedRegion;
import dev.ec2lite.providers.RoleCredentialsSource;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.internal.RetryConfiguration;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.xml.internal.Ec2ResponseParser;
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
    private final NetworkSettings network;
    private final String appId;

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
        this.network = NetworkResolution.resolve(builder, env, profile, endpoint.uri());
        Clock clock = builder.clock == null ? Clock.systemUTC() : builder.clock;
        this.appId = appId(builder, env, profile);
        this.retryStrategy = retryStrategy(builder, env, profile);
        // STS calls (role profiles, web identity) retry as EC2 calls do: same mode and attempts.
        this.defaultSts = builder.roleCredentialsSource == null
                ? new LazyStsSource(
                        env,
                        builder.httpClient,
                        clock,
                        retryStrategy,
                        network,
                        profile == null
                                ? null
                                : profile.property("sts_regional_endpoints").orElse(null))
                : null;
        if (builder.credentials != null) {
            this.credentials = builder.credentials;
            this.credentialsSource = "given to the builder";
        } else {
            this.credentials = defaultCredentials(
                    builder,
                    env,
                    files,
                    builder.roleCredentialsSource != null ? builder.roleCredentialsSource : defaultSts,
                    network);
            this.credentialsSource = "the default chain (system properties, environment, web identity, profile,"
                    + " container, instance metadata)";
        }
        this.signer = builder.crypto == null ? SigV4Signer.create() : SigV4Signer.create(builder.crypto);
        this.ownsTransport = builder.transport == null;
        this.transport = builder.transport != null
                ? builder.transport
                : OkHttpTransport.builder()
                        .baseClient(builder.httpClient)
                        .connectTimeout(builder.connectTimeout)
                        .readTimeout(builder.readTimeout)
                        .maxBodyBytes(Ec2ResponseParser.MAX_BODY_BYTES)
                        .plainHttpOnly("http".equalsIgnoreCase(endpoint.uri().getScheme()))
                        .network(network)
                        .build();
        if (builder.debug != null) {
            builder.debug.accept("network: " + NetworkResolution.describe(network, endpoint.uri()));
        }
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
            Ec2Client.Builder builder,
            Environment env,
            ProfileFile files,
            RoleCredentialsSource roles,
            NetworkSettings network) {
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .environment(env)
                .profileName(builder.profile)
                .profileFile(files)
                .clock(builder.clock == null ? Clock.systemUTC() : builder.clock)
                .httpClient(builder.httpClient)
                .network(network)
                .roleCredentialsSource(roles)
                .mfaCodeProvider(builder.mfaCodeProvider)
                .build();
        AtomicBoolean logged = new AtomicBoolean();
        return () -> {
            AwsCredentials credentials;
            try {
                credentials = chain.resolveCredentials();
            } catch (Ec2ConfigurationException | CredentialsUnavailableException e) {
                // Unreachable (an IAM Identity Center portal down) is not a configuration problem.
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

    /** Builder, else {@code sdk.ua.appId}, else {@code AWS_SDK_UA_APP_ID}, else the profile's {@code sdk_ua_app_id}. */
    private static String appId(Ec2Client.Builder builder, Environment env, Profile profile) {
        if (builder.appId != null && !builder.appId.isBlank()) {
            return UserAgent.appId(builder.appId, "appId (builder)");
        }
        if (env.systemProperty("sdk.ua.appId").isPresent()) {
            return UserAgent.appId(env.systemProperty("sdk.ua.appId").get(), "system property sdk.ua.appId");
        }
        if (env.variable("AWS_SDK_UA_APP_ID").isPresent()) {
            return UserAgent.appId(env.variable("AWS_SDK_UA_APP_ID").get(), "AWS_SDK_UA_APP_ID");
        }
        return profile == null
                ? null
                : UserAgent.appId(
                        profile.property("sdk_ua_app_id").orElse(null),
                        "profile '" + profile.name() + "' sdk_ua_app_id");
    }

    /** The User-Agent of EC2 calls, with {@code app/<id>} when one is configured. */
    String userAgent() {
        return UserAgent.value(appId);
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
                + "); " + NetworkResolution.describe(network, endpoint.uri()) + "; credentials: " + credentialsSource
                + "; retry: "
                + retryStrategy.mode().name().toLowerCase(Locale.ROOT) + ", " + retryStrategy.maxAttempts()
                + " attempts";
    }
}
