package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.internal.EndpointUrlResolver;
import dev.ec2lite.config.internal.ResolvedEndpoint;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * Turns one profile into the provider it describes, in the Java SDK v2's order of precedence: {@code
 * role_arn} (with {@code web_identity_token_file}, else {@code source_profile}, else {@code
 * credential_source}), then IAM Identity Center ({@code sso_*}), then {@code credential_process}, then
 * static keys. A role with {@code mfa_serial} asks the {@link MfaCodeProvider} for a code each time it
 * is assumed; without one it is a configuration error before any request.
 *
 * <p>{@code source_profile} chains are followed with the profiles seen so far, and a profile seen
 * twice is an error naming the cycle ({@code a -> b -> a}). The one exception, as in the AWS CLI: a
 * profile that names itself as {@code source_profile} and has static keys uses those keys as the
 * source.
 */
final class ProfileCredentialsResolver {
    static final String SOURCE_PROFILE = "source_profile";
    static final String CREDENTIAL_SOURCE = "credential_source";
    private static final KeyPairSettings KEYS =
            new KeyPairSettings("aws_access_key_id", "aws_secret_access_key", "aws_session_token");

    static final String MFA_SERIAL = "mfa_serial";
    /** Service ids, from which the endpoint settings are named: {@code AWS_ENDPOINT_URL_SSO_OIDC}, {@code sso_oidc}. */
    static final String SSO_SERVICE_ID = "SSO";

    static final String SSO_OIDC_SERVICE_ID = "SSO OIDC";
    private static final Pattern MFA_CODE = Pattern.compile("[0-9]{6}");

    private final ProfileFile file;
    private final Environment env;
    private final RoleCredentialsSource roles;
    private final Clock clock;
    private final OkHttpClient http;
    private final NetworkSettings network;
    private final MfaCodeProvider mfa;
    private final Sleeper sleeper;
    private SsoHttp ssoHttp;

    ProfileCredentialsResolver(
            ProfileFile file, Environment env, RoleCredentialsSource roles, Clock clock, OkHttpClient http) {
        this(file, env, roles, clock, http, null, null, Sleeper.system());
    }

    ProfileCredentialsResolver(
            ProfileFile file,
            Environment env,
            RoleCredentialsSource roles,
            Clock clock,
            OkHttpClient http,
            NetworkSettings network,
            MfaCodeProvider mfa,
            Sleeper sleeper) {
        this.file = file;
        this.env = env;
        this.roles = roles;
        this.clock = clock;
        this.http = http;
        this.network = network;
        this.mfa = mfa;
        this.sleeper = sleeper;
    }

    /** A provider and the words that say where its credentials come from (for {@code --debug}). */
    record Resolved(CredentialsProvider provider, String description) {}

    CredentialsProvider providerFor(String profileName) {
        return resolve(profileName).provider();
    }

    Resolved resolve(String profileName) {
        return resolve(profileName, List.of());
    }

    private Resolved resolve(String name, List<String> path) {
        Profile profile = file.profile(name).orElseThrow(() -> notFound(name, path));
        if (profile.roleArn().isPresent()) {
            return roleProvider(profile, path);
        }
        if (SsoProfile.isSso(profile)) {
            SsoProfile sso = SsoProfile.of(profile, file);
            return new Resolved(
                    CachedCredentialsProvider.create(ssoProvider(sso, profile), clock, sso.describe()), sso.describe());
        }
        if (profile.credentialProcess().isPresent()) {
            ProcessCredentialsProvider process = ProcessCredentialsProvider.create(
                    profile.credentialProcess().get());
            return new Resolved(CachedCredentialsProvider.create(process, clock), "credential_process");
        }
        if (hasStaticKeys(profile)) {
            return new Resolved(staticKeys(profile), "static keys");
        }
        throw new Ec2ClientException(context(profile)
                + "no credentials in it (none of aws_access_key_id, credential_process, role_arn, sso_session)");
    }

    private SsoCredentialsProvider ssoProvider(SsoProfile sso, Profile profile) {
        URI portal = endpoint(SSO_SERVICE_ID, profile).orElseGet(() -> SsoPortal.defaultEndpoint(sso.region()));
        URI oidc = endpoint(SSO_OIDC_SERVICE_ID, profile).orElseGet(() -> SsoOidc.defaultEndpoint(sso.region()));
        SsoTokenCache cache = new SsoTokenCache(env.home(), sso.cacheKey(), SsoCredentialsProvider.loginHint(sso));
        String userAgent = "ec2lite/" + version() + " sso-credentials";
        SsoHttp calls = ssoHttp();
        return new SsoCredentialsProvider(
                sso, cache, new SsoPortal(calls, userAgent), new SsoOidc(calls, userAgent), portal, oidc, clock);
    }

    private Optional<URI> endpoint(String serviceId, Profile profile) {
        try {
            return EndpointUrlResolver.configured(serviceId, env, file, profile).map(ResolvedEndpoint::uri);
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException(context(profile) + e.getMessage(), e);
        }
    }

    /** One transport for every IAM Identity Center profile this resolver reads (a chain of roles may have two). */
    private synchronized SsoHttp ssoHttp() {
        if (ssoHttp == null) {
            ssoHttp = SsoHttp.create(http, network, sleeper);
        }
        return ssoHttp;
    }

    private static String version() {
        String version = ProfileCredentialsResolver.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private Resolved roleProvider(Profile profile, List<String> path) {
        boolean hasSourceProfile = profile.sourceProfile().isPresent();
        boolean hasCredentialSource = profile.credentialSource().isPresent();
        if (hasSourceProfile && hasCredentialSource) {
            throw new Ec2ClientException(
                    context(profile) + "sets both " + SOURCE_PROFILE + " and " + CREDENTIAL_SOURCE + "; keep one");
        }
        Integer duration = profile.durationSeconds().orElse(null);
        String region = Sts.region(env, Optional.of(profile));
        String sessionName = profile.roleSessionName().map(String::trim).orElseGet(() -> Sts.sessionName(clock));
        String roleArn = profile.roleArn().get().trim();
        if (profile.webIdentityTokenFile().isPresent()) {
            if (roles == null) {
                throw Sts.needed(context(profile) + "web_identity_token_file", "AssumeRoleWithWebIdentity");
            }
            WebIdentitySpec spec = new WebIdentitySpec(
                    roleArn,
                    sessionName,
                    Sts.file(profile.webIdentityTokenFile().get(), env.home()),
                    duration,
                    region);
            return new Resolved(
                    WebIdentityCredentialsProvider.cachedAssumeRole(roles, spec, clock),
                    "role " + roleArn + " (web identity)");
        }
        Resolved source;
        if (hasSourceProfile) {
            source = sourceProfile(profile, path);
        } else if (hasCredentialSource) {
            source = new Resolved(
                    credentialSource(profile),
                    CREDENTIAL_SOURCE + " " + profile.credentialSource().get().trim());
        } else {
            throw new Ec2ClientException(context(profile) + "sets role_arn but none of " + SOURCE_PROFILE + ", "
                    + CREDENTIAL_SOURCE + ", web_identity_token_file");
        }
        String mfaSerial = profile.property(MFA_SERIAL)
                .map(String::trim)
                .filter(serial -> !serial.isEmpty())
                .orElse(null);
        if (mfaSerial != null && mfa == null) {
            // Checked before anything is sent: STS would only answer AccessDenied.
            throw new CredentialsConfigurationException(context(profile) + MFA_SERIAL + " " + mfaSerial
                    + " needs an MFA code, and no MFA code provider was given (Ec2Client.Builder.mfaCodeProvider;"
                    + " on the command line: a terminal, --mfa-token-code or EC2LITE_MFA_TOKEN_CODE)");
        }
        if (roles == null) {
            throw Sts.needed(context(profile) + "role_arn", "AssumeRole");
        }
        AssumeRoleSpec spec = new AssumeRoleSpec(
                roleArn, sessionName, profile.externalId().map(String::trim).orElse(null), duration, region);
        CredentialsProvider sourceProvider = source.provider();
        CredentialsProvider assume = mfaSerial == null
                ? () -> roles.assumeRole(spec, sourceProvider.resolveCredentials())
                : () -> {
                    var sourceCredentials = sourceProvider.resolveCredentials();
                    return roles.assumeRole(spec.withMfa(mfaSerial, mfaCode(profile, mfaSerial)), sourceCredentials);
                };
        String description = "role " + roleArn + (mfaSerial != null ? " with MFA " + mfaSerial : "") + " (source: "
                + source.description() + ")";
        return new Resolved(CachedCredentialsProvider.create(assume, clock, "role " + roleArn), description);
    }

    /** The provider's code, checked: STS wants six digits, and a wrong code need not cost a call. */
    private String mfaCode(Profile profile, String mfaSerial) {
        String code;
        try {
            code = mfa.codeFor(mfaSerial);
        } catch (Ec2ConfigurationException e) {
            if (e instanceof EndsTheChain) {
                throw e;
            }
            // The provider could not ask (no terminal): the next source's answer would hide that.
            throw new CredentialsConfigurationException(e.getMessage(), e);
        }
        String trimmed = code == null ? "" : code.trim();
        if (!MFA_CODE.matcher(trimmed).matches()) {
            // The code itself is not echoed: it may be a mistyped password.
            throw new CredentialsConfigurationException(
                    context(profile) + "the MFA code for " + MFA_SERIAL + " " + mfaSerial + " must be 6 digits");
        }
        return trimmed;
    }

    private Resolved sourceProfile(Profile profile, List<String> path) {
        String sourceName = profile.sourceProfile().get().trim();
        List<String> seen = new ArrayList<>(path);
        seen.add(profile.name());
        if (sourceName.equals(profile.name()) && hasStaticKeys(profile)) {
            return new Resolved(staticKeys(profile), "static keys of profile '" + profile.name() + "'");
        }
        if (seen.contains(sourceName)) {
            seen.add(sourceName);
            throw new Ec2ClientException("source_profile cycle: " + String.join(" -> ", seen));
        }
        Resolved source = resolve(sourceName, seen);
        return new Resolved(source.provider(), "profile '" + sourceName + "': " + source.description());
    }

    private CredentialsProvider credentialSource(Profile profile) {
        String value = profile.credentialSource().get().trim();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "environment":
                return new FirstAnswer(
                        "credentials for credential_source Environment",
                        List.of(
                                new FirstAnswer.Source(
                                        "system properties", SystemPropertyCredentialsProvider.create(env)),
                                new FirstAnswer.Source(
                                        "environment variables", EnvironmentCredentialsProvider.create(env))));
            case "ec2instancemetadata":
                return InstanceProfileCredentialsProvider.create(env, profile.name(), http, clock);
            case "ecscontainer":
                return ContainerCredentialsProvider.create(env, http, clock);
            default:
                throw new Ec2ClientException(context(profile) + CREDENTIAL_SOURCE + " must be Environment, "
                        + "Ec2InstanceMetadata or EcsContainer, was '" + ErrorText.clean(value, 40) + "'");
        }
    }

    private static boolean hasStaticKeys(Profile profile) {
        return profile.accessKeyId().isPresent()
                || profile.secretAccessKey().isPresent()
                || profile.sessionToken().isPresent();
    }

    private static CredentialsProvider staticKeys(Profile profile) {
        return CredentialsProvider.of(KEYS.read(profile::property, context(profile)));
    }

    private static String context(Profile profile) {
        return "profile '" + profile.name() + "': ";
    }

    private static Ec2ClientException notFound(String name, List<String> path) {
        String via = path.isEmpty() ? "" : " (the source_profile of '" + path.get(path.size() - 1) + "')";
        return new Ec2ClientException("profile '" + name + "'" + via + " is not in the config or credentials file");
    }
}
