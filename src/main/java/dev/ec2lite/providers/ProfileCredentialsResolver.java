package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Turns one profile into the provider it describes, in the Java SDK v2's order of precedence: {@code
 * role_arn} (with {@code web_identity_token_file}, else {@code source_profile}, else {@code
 * credential_source}), then {@code credential_process}, then static keys.
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

    private final ProfileFile file;
    private final Environment env;
    private final RoleCredentialsSource roles;
    private final Clock clock;
    private final OkHttpClient http;

    ProfileCredentialsResolver(
            ProfileFile file, Environment env, RoleCredentialsSource roles, Clock clock, OkHttpClient http) {
        this.file = file;
        this.env = env;
        this.roles = roles;
        this.clock = clock;
        this.http = http;
    }

    CredentialsProvider providerFor(String profileName) {
        return providerFor(profileName, List.of());
    }

    private CredentialsProvider providerFor(String name, List<String> path) {
        Profile profile = file.profile(name).orElseThrow(() -> notFound(name, path));
        if (profile.roleArn().isPresent()) {
            return roleProvider(profile, path);
        }
        if (profile.credentialProcess().isPresent()) {
            ProcessCredentialsProvider process = ProcessCredentialsProvider.create(
                    profile.credentialProcess().get());
            return CachedCredentialsProvider.create(process, clock);
        }
        if (hasStaticKeys(profile)) {
            return staticKeys(profile);
        }
        if (profile.propertyNames().stream().anyMatch(key -> key.startsWith("sso_"))) {
            throw new Ec2ClientException(context(profile) + "IAM Identity Center (sso_*) profiles are not supported");
        }
        throw new Ec2ClientException(
                context(profile) + "no credentials in it (none of aws_access_key_id, credential_process, role_arn)");
    }

    private CredentialsProvider roleProvider(Profile profile, List<String> path) {
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
            return WebIdentityCredentialsProvider.cachedAssumeRole(roles, spec, clock);
        }
        CredentialsProvider source;
        if (hasSourceProfile) {
            source = sourceProfile(profile, path);
        } else if (hasCredentialSource) {
            source = credentialSource(profile);
        } else {
            throw new Ec2ClientException(context(profile) + "sets role_arn but none of " + SOURCE_PROFILE + ", "
                    + CREDENTIAL_SOURCE + ", web_identity_token_file");
        }
        if (roles == null) {
            throw Sts.needed(context(profile) + "role_arn", "AssumeRole");
        }
        AssumeRoleSpec spec = new AssumeRoleSpec(
                roleArn, sessionName, profile.externalId().map(String::trim).orElse(null), duration, region);
        return CachedCredentialsProvider.create(
                () -> roles.assumeRole(spec, source.resolveCredentials()), clock, "role " + roleArn);
    }

    private CredentialsProvider sourceProfile(Profile profile, List<String> path) {
        String sourceName = profile.sourceProfile().get().trim();
        List<String> seen = new ArrayList<>(path);
        seen.add(profile.name());
        if (sourceName.equals(profile.name()) && hasStaticKeys(profile)) {
            return staticKeys(profile);
        }
        if (seen.contains(sourceName)) {
            seen.add(sourceName);
            throw new Ec2ClientException("source_profile cycle: " + String.join(" -> ", seen));
        }
        return providerFor(sourceName, seen);
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
