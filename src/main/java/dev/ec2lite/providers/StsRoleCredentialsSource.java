package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.internal.EndpointUrlResolver;
import dev.ec2lite.config.internal.ResolvedEndpoint;
import dev.ec2lite.config.internal.SwitchSetting;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.NetworkConfig;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.http.internal.OkHttpTransport;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.query.internal.QueryClient;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.Sleeper;
import dev.ec2lite.retry.internal.RetryConfiguration;
import dev.ec2lite.signing.SigV4Signer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * Calls AWS STS through ec2lite's own Query client: {@code AssumeRole}, signed with the source
 * credentials, and {@code AssumeRoleWithWebIdentity}, unsigned, with the token read from its file on
 * every call. Give it to {@link DefaultCredentialsChain.Builder#roleCredentialsSource} (or to the
 * profile and web identity providers); they cache its answers and call again shortly before expiry.
 *
 * <pre>{@code
 * try (StsRoleCredentialsSource sts = StsRoleCredentialsSource.builder().build()) {
 *     DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
 *             .environment(Environment.system())
 *             .roleCredentialsSource(sts)
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Endpoint</b>, first that applies: the builder's {@link Builder#endpointOverride}; the configured
 * endpoint URL, found exactly as EC2's is (service id {@code STS}): {@code AWS_ENDPOINT_URL_STS}, {@code
 * AWS_ENDPOINT_URL}, the selected profile's {@code [services]} entry {@code sts.endpoint_url}, the
 * profile's {@code endpoint_url} (all switched off by {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} or the
 * profile's {@code ignore_configured_endpoint_urls}); else the regional endpoint {@code
 * https://sts.{region}.{dnsSuffix}} ({@code sts-fips.…} with FIPS: {@code AWS_USE_FIPS_ENDPOINT}, else
 * the profile's {@code use_fips_endpoint}; dual-stack likewise), as the SDK for Java v2 always does. The
 * selected profile is {@code AWS_PROFILE}'s, else {@code default}. The region is the spec's (the
 * profile's {@code region}, else {@code AWS_REGION}), else the builder's {@link Builder#region}; with
 * neither, it does what the SDK for Java v2 does then: calls the global {@code
 * https://sts.amazonaws.com}, signed for {@code us-east-1}. With {@code AWS_STS_REGIONAL_ENDPOINTS=legacy}
 * (or the profile's {@code sts_regional_endpoints = legacy}, given to {@link
 * Builder#stsRegionalEndpoints}), the sixteen regions the SDKs list for that setting use the global
 * endpoint too.
 *
 * <p><b>Retries</b>: the Query client's one loop, with the strategy configured as for EC2 calls ({@code
 * AWS_RETRY_MODE} / {@code retry_mode}, {@code AWS_MAX_ATTEMPTS} / {@code max_attempts} and their system
 * properties; standard mode, 3 attempts when unset), or the builder's, retries throttling, 5xx answers
 * and connection failures. STS's {@code IDPCommunicationError} (the identity provider could not be
 * reached; HTTP 400) is added to that strategy as an extra transient code ({@link
 * RetryStrategy#withExtraTransientErrorCodes}, sharing its quota), as the SDK for Java v2 retries {@code
 * IdpCommunicationErrorException}. {@code InvalidIdentityToken} and {@code ExpiredTokenException} are
 * final: the same token gets the same answer.
 *
 * <p><b>Errors</b>: an STS error answer is an {@link Ec2ServiceException} with STS's code ({@code
 * AccessDenied}, {@code InvalidIdentityToken}, …) whose message names the role; no usable answer is an
 * {@link Ec2ClientException}. Neither ever contains a key, a session token or the web identity token.
 *
 * <p>Thread-safe; share one. {@link #close()} releases the HTTP client it made itself, never yours.
 */
public final class StsRoleCredentialsSource implements RoleCredentialsSource, AutoCloseable {
    static final String SIGNING_NAME = "sts";
    static final String VERSION = "2011-06-15";
    static final String ASSUME_ROLE = "AssumeRole";
    static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "AssumeRoleWithWebIdentity";
    static final String IDP_COMMUNICATION_ERROR = "IDPCommunicationError";

    /** STS's service id: its endpoint settings are {@code AWS_ENDPOINT_URL_STS} and {@code sts.endpoint_url}. */
    static final String SERVICE_ID = "STS";

    static final String AWS_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
    static final String AWS_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
    static final String AWS_STS_REGIONAL_ENDPOINTS = "AWS_STS_REGIONAL_ENDPOINTS";

    /** The profile keys of the two switches, read when their variables are unset, as for EC2. */
    static final String USE_FIPS_ENDPOINT_KEY = "use_fips_endpoint";

    static final String USE_DUALSTACK_ENDPOINT_KEY = "use_dualstack_endpoint";

    /**
     * The regions that {@code sts_regional_endpoints = legacy} sends to the global endpoint, as the
     * SDKs document the setting; every other region keeps its regional endpoint.
     */
    static final Set<String> LEGACY_GLOBAL_REGIONS = Set.of(
            "ap-northeast-1",
            "ap-south-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "aws-global",
            "ca-central-1",
            "eu-central-1",
            "eu-north-1",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2");

    /** The region signed for when nothing names one, as in the SDK for Java v2 (with the global endpoint). */
    static final String DEFAULT_REGION = "us-east-1";

    /**
     * STS answers are a few KiB (the session token is the largest part, under 2 KiB); 256 KiB bounds
     * what a wrong endpoint can make us read.
     */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

    private final String region;
    private final ResolvedEndpoint endpointOverride;
    private final boolean useFips;
    private final boolean useDualStack;
    private final boolean legacyGlobal;
    private final HttpTransport transport;
    private final RetryStrategy retryStrategy;
    private final Sleeper sleeper;
    private final SigV4Signer signer;
    private final Duration callTimeout;
    private final String userAgent;

    private StsRoleCredentialsSource(Builder builder) {
        Environment env = builder.env != null ? builder.env : Environment.system();
        SelectedProfile selected = SelectedProfile.load(env);
        this.region = builder.region;
        this.endpointOverride = endpointOverride(builder.endpointOverride, env, selected);
        this.useFips = builder.useFips != null
                ? builder.useFips
                : flag(env, AWS_USE_FIPS_ENDPOINT, selected, USE_FIPS_ENDPOINT_KEY);
        this.useDualStack = builder.useDualStack != null
                ? builder.useDualStack
                : flag(env, AWS_USE_DUALSTACK_ENDPOINT, selected, USE_DUALSTACK_ENDPOINT_KEY);
        this.legacyGlobal = env.variable(AWS_STS_REGIONAL_ENDPOINTS)
                .map(value -> legacy(value, AWS_STS_REGIONAL_ENDPOINTS))
                .orElseGet(() -> builder.stsRegionalEndpoints != null
                        && legacy(builder.stsRegionalEndpoints, "sts_regional_endpoints"));
        this.transport = OkHttpTransport.builder()
                .baseClient(builder.httpClient)
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .maxBodyBytes(MAX_ANSWER_BYTES)
                .network(builder.network)
                .build();
        RetryStrategy strategy = builder.retryStrategy != null
                ? builder.retryStrategy
                : RetryConfiguration.resolve(env, selected.profile(), null, null, builder.clock);
        // One loop for every retry: STS's own transient code is a setting of the (shared) strategy.
        this.retryStrategy = strategy.withExtraTransientErrorCodes(Set.of(IDP_COMMUNICATION_ERROR));
        this.sleeper = builder.sleeper;
        this.signer = SigV4Signer.create();
        this.callTimeout = builder.callTimeout;
        String version = StsRoleCredentialsSource.class.getPackage().getImplementationVersion();
        this.userAgent = "ec2lite/" + (version == null ? "dev" : version) + " sts-credentials";
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends {@code AssumeRole} with {@code RoleArn}, {@code RoleSessionName}, and {@code DurationSeconds}
     * and {@code ExternalId} when the spec sets them, and {@code SerialNumber} and {@code TokenCode} for MFA,
     * signed with {@code sourceCredentials}.
     *
     * @throws Ec2ServiceException STS refused ({@code AccessDenied}, {@code ExpiredToken}, …); the message
     *     names the role
     * @throws Ec2ClientException no usable answer, or an answer without complete credentials
     */
    @Override
    public AwsCredentials assumeRole(AssumeRoleSpec spec, AwsCredentials sourceCredentials) {
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(sourceCredentials, "sourceCredentials == null");
        // Parameters in the order of the STS model's AssumeRoleRequest members, as the SDKs send them.
        QueryRequest.Builder request = QueryRequest.builder(ASSUME_ROLE, VERSION)
                .param("RoleArn", spec.roleArn())
                .param("RoleSessionName", spec.sessionName());
        if (spec.durationSeconds() != null) {
            request.param("DurationSeconds", spec.durationSeconds());
        }
        if (spec.externalId() != null) {
            request.param("ExternalId", spec.externalId());
        }
        if (spec.mfaSerial() != null) {
            request.param("SerialNumber", spec.mfaSerial()).param("TokenCode", spec.tokenCode());
        }
        QueryClient client = client(spec.region(), CredentialsProvider.of(sourceCredentials));
        QueryResponse response = call(client, request.build(), spec.roleArn());
        return StsCredentialsResult.credentials(response, ASSUME_ROLE, spec.roleArn());
    }

    /**
     * Reads the token from {@link WebIdentitySpec#tokenFile()} (now, every call: it is rotated) and sends
     * an unsigned {@code AssumeRoleWithWebIdentity} with {@code RoleArn}, {@code RoleSessionName}, {@code
     * WebIdentityToken}, and {@code DurationSeconds} when the spec sets it.
     *
     * @throws Ec2ServiceException STS refused ({@code InvalidIdentityToken}, {@code
     *     ExpiredTokenException}, {@code AccessDenied}, …); the message names the role
     * @throws Ec2ClientException the token file is missing, empty or too large (naming the file), there
     *     was no usable answer, or the answer lacks a credentials field
     */
    @Override
    public AwsCredentials assumeRoleWithWebIdentity(WebIdentitySpec spec) {
        Objects.requireNonNull(spec, "spec == null");
        String token = WebIdentityToken.read(spec.tokenFile());
        QueryRequest.Builder request = QueryRequest.builder(ASSUME_ROLE_WITH_WEB_IDENTITY, VERSION)
                .param("RoleArn", spec.roleArn())
                .param("RoleSessionName", spec.sessionName())
                .param("WebIdentityToken", token);
        if (spec.durationSeconds() != null) {
            request.param("DurationSeconds", spec.durationSeconds());
        }
        QueryClient client = client(spec.region(), null);
        QueryResponse response = call(client, request.build(), spec.roleArn());
        return StsCredentialsResult.credentials(response, ASSUME_ROLE_WITH_WEB_IDENTITY, spec.roleArn());
    }

    /**
     * A Query client for one call. It is only a bundle of settings: the transport (connection pool), the
     * retry strategy (quota, clock skew) and the signer (signing-key cache) are this source's, shared.
     */
    private QueryClient client(String specRegion, CredentialsProvider credentials) {
        Target target = target(specRegion);
        return QueryClient.builder()
                .endpoint(target.endpoint())
                .region(target.signingRegion())
                .signingName(SIGNING_NAME)
                .credentials(credentials)
                .transport(transport)
                .signer(signer)
                .retryStrategy(retryStrategy)
                .sleeper(sleeper)
                .callTimeout(callTimeout)
                .userAgent(userAgent)
                .build();
    }

    /** Where a call for a spec naming {@code specRegion} (null: none) goes, and the region it is signed for. */
    Target target(String specRegion) {
        String chosen = specRegion != null && !specRegion.isBlank() ? specRegion.trim() : region;
        if (endpointOverride != null) {
            return new Target(endpointOverride.uri(), chosen != null ? chosen : DEFAULT_REGION);
        }
        if (chosen == null && !useFips && !useDualStack) {
            return new Target(StsEndpoint.GLOBAL_URI, DEFAULT_REGION);
        }
        String effective = chosen != null ? chosen : DEFAULT_REGION;
        if (legacyGlobal && !useFips && !useDualStack && LEGACY_GLOBAL_REGIONS.contains(effective)) {
            return new Target(StsEndpoint.GLOBAL_URI, StsEndpoint.GLOBAL_SIGNING_REGION);
        }
        return new Target(StsEndpoint.uri(effective, useFips, useDualStack), StsEndpoint.signingRegion(effective));
    }

    /** An endpoint and the region signatures for it are made for. */
    record Target(URI endpoint, String signingRegion) {}

    /** The call, retried by the Query client's one loop; a failure names the role. */
    private static QueryResponse call(QueryClient client, QueryRequest request, String roleArn) {
        try {
            return client.call(request);
        } catch (Ec2ServiceException e) {
            throw new StsServiceException(e, roleArn);
        } catch (Ec2ClientException e) {
            throw new StsClientException(e, roleArn);
        }
    }

    /** {@code legacy} or {@code regional}, in any case; anything else is refused, naming {@code setting}. */
    private static boolean legacy(String value, String setting) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("legacy") || lower.equals("regional")) {
            return lower.equals("legacy");
        }
        throw new Ec2ConfigurationException(
                setting + " must be 'regional' or 'legacy', was '" + ErrorText.clean(value, 20) + "'");
    }

    /**
     * The builder's URL, else the configured one, found as EC2's is (service id {@code STS}): {@code
     * AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, the profile's {@code [services]} {@code sts} entry
     * and {@code endpoint_url}; null when none is set.
     */
    private static ResolvedEndpoint endpointOverride(URI fromBuilder, Environment env, SelectedProfile selected) {
        try {
            if (fromBuilder != null) {
                return EndpointUrlResolver.explicit(fromBuilder.toString(), "endpointOverride");
            }
            return EndpointUrlResolver.configured(SERVICE_ID, env, selected.files(), selected.profile())
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("STS " + e.getMessage(), e);
        }
    }

    /** An on/off setting, read and checked as every other service's: the variable, else the profile. */
    private static boolean flag(Environment env, String variable, SelectedProfile selected, String profileKey) {
        try {
            return SwitchSetting.read(env, variable, selected.profile(), profileKey);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException(e.getMessage(), e);
        }
    }

    /** Releases the HTTP client this source made itself; one passed to {@link Builder#httpClient} stays open. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "StsRoleCredentialsSource{"
                + (endpointOverride != null
                        ? "endpoint=" + endpointOverride.uri() + " (" + endpointOverride.source() + ")"
                        : "regional")
                + (region != null ? ", region=" + region : "")
                + (useFips ? ", fips" : "")
                + (useDualStack ? ", dual-stack" : "")
                + (legacyGlobal ? ", sts_regional_endpoints=legacy" : "")
                + "}";
    }

    /** Settings for a {@link StsRoleCredentialsSource}; all optional, each with its default. */
    public static final class Builder {
        private String region;
        private URI endpointOverride;
        private Environment env;
        private OkHttpClient httpClient;
        private NetworkSettings network;
        private Clock clock = Clock.systemUTC();
        private RetryStrategy retryStrategy;
        private Sleeper sleeper = Sleeper.system();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration callTimeout = Duration.ofSeconds(30);
        private Boolean useFips;
        private Boolean useDualStack;
        private String stsRegionalEndpoints;

        private Builder() {}

        /**
         * The profile's {@code sts_regional_endpoints}: {@code regional} (the default) or {@code legacy},
         * which sends calls for the regions in {@link #LEGACY_GLOBAL_REGIONS} to the global {@code
         * https://sts.amazonaws.com}, signed for {@code us-east-1}. {@code AWS_STS_REGIONAL_ENDPOINTS}
         * wins over it, as in the SDKs. Checked at {@link #build()}.
         */
        public Builder stsRegionalEndpoints(String value) {
            this.stsRegionalEndpoints = value == null || value.isBlank() ? null : value;
            return this;
        }

        /**
         * The region for specs that name none (no profile {@code region}, no {@code AWS_REGION}). Default
         * none: such calls go to the global {@code https://sts.amazonaws.com}, signed for {@code us-east-1},
         * as in the SDK for Java v2.
         */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.trim();
            return this;
        }

        /**
         * Sends every call here ({@code https://…}, or {@code http://…} for a local emulator) instead of the
         * STS endpoint; calls are still signed for the spec's region (else {@link #region}, else {@code
         * us-east-1}). Default: {@code AWS_ENDPOINT_URL_STS}, else {@code AWS_ENDPOINT_URL}, else the rules.
         */
        public Builder endpointOverride(URI endpointOverride) {
            this.endpointOverride = endpointOverride;
            return this;
        }

        /**
         * Where the endpoint, FIPS, dual-stack and retry settings are read (the variables, and the shared
         * config files of the profile {@code AWS_PROFILE} selects), once, at {@link #build()}. Default
         * {@link Environment#system()}.
         */
        public Builder environment(Environment env) {
            this.env = Objects.requireNonNull(env, "env == null");
            return this;
        }

        /** The proxy and trusted certificates for STS; default: the HTTP client's proxy, the JDK's trust store. */
        public Builder network(NetworkConfig network) {
            this.network = NetworkSettings.of(network);
            return this;
        }

        /** Your client, to share its pool, proxy and interceptors; ec2lite derives its own and never closes it. */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** The clock {@code AssumeRole} is signed with (through the retry strategy); default system UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Default: the configured retry mode and attempts (as for EC2 calls; standard, 3 when unset), on
         * {@link #clock}. Its quota and clock skew are shared by all calls; {@code IDPCommunicationError}
         * is retried on top of whatever it retries.
         */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /** Waits between attempts; default {@link Sleeper#system()}; tests pass one that returns at once. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Default 5 s: STS is a regional AWS endpoint, so a connection that takes longer is better retried;
         * credentials are needed before anything else can happen.
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
            return this;
        }

        /**
         * Default 10 s: for {@code AssumeRoleWithWebIdentity} STS itself may first fetch the identity
         * provider's keys before it answers.
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
            return this;
        }

        /** The most one STS call may take, all attempts and pauses included; default 30 s; null for none. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** FIPS endpoints ({@code sts-fips.…}); default {@code AWS_USE_FIPS_ENDPOINT}, else off. */
        public Builder useFips(boolean useFips) {
            this.useFips = useFips;
            return this;
        }

        /** Dual-stack endpoints ({@code sts.{region}.api.aws}); default {@code AWS_USE_DUALSTACK_ENDPOINT}, else off. */
        public Builder useDualStack(boolean useDualStack) {
            this.useDualStack = useDualStack;
            return this;
        }

        /**
         * @throws Ec2ConfigurationException for an endpoint URL or a switch that cannot work, naming the
         *     setting
         */
        public StsRoleCredentialsSource build() {
            return new StsRoleCredentialsSource(this);
        }
    }
}
