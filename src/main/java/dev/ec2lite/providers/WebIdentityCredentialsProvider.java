package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Credentials for a role assumed with a web identity token (EKS IRSA and the like), from {@code
 * AWS_WEB_IDENTITY_TOKEN_FILE}, {@code AWS_ROLE_ARN} and (optional) {@code AWS_ROLE_SESSION_NAME}, or
 * the Java SDK v2's system properties {@code aws.webIdentityTokenFile}, {@code aws.roleArn}, {@code
 * aws.roleSessionName}, which win. The STS call goes through a {@link RoleCredentialsSource}; without
 * one this provider fails with a "needs STS" message. Answers are cached through {@link
 * CachedCredentialsProvider}. A profile's {@code web_identity_token_file} is read by {@link
 * ProfileCredentialsProvider}, which calls the same seam.
 */
public final class WebIdentityCredentialsProvider implements CredentialsProvider {
    static final String TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
    static final String ROLE_ARN = "AWS_ROLE_ARN";
    static final String SESSION_NAME = "AWS_ROLE_SESSION_NAME";

    private final Environment env;
    private final RoleCredentialsSource roles;
    private final Clock clock;
    private volatile CredentialsProvider cache;

    private WebIdentityCredentialsProvider(Environment env, RoleCredentialsSource roles, Clock clock) {
        this.env = Objects.requireNonNull(env, "env == null");
        this.roles = roles;
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** @param roles calls STS; null when there is none, which makes this provider fail once it is configured */
    public static WebIdentityCredentialsProvider create(Environment env, RoleCredentialsSource roles, Clock clock) {
        return new WebIdentityCredentialsProvider(env, roles, clock);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        CredentialsProvider provider = cache;
        if (provider == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = cachedAssumeRole(spec());
                }
                provider = cache;
            }
        }
        return provider.resolveCredentials();
    }

    private WebIdentitySpec spec() {
        Optional<String> tokenFile =
                env.systemProperty("aws.webIdentityTokenFile").or(() -> env.variable(TOKEN_FILE));
        Optional<String> roleArn = env.systemProperty("aws.roleArn").or(() -> env.variable(ROLE_ARN));
        if (tokenFile.isEmpty() && roleArn.isEmpty()) {
            throw new Ec2ClientException(TOKEN_FILE + " and " + ROLE_ARN + " are not set");
        }
        if (tokenFile.isEmpty()) {
            throw new Ec2ClientException(ROLE_ARN + " is set but " + TOKEN_FILE + " is missing");
        }
        if (roleArn.isEmpty()) {
            throw new Ec2ClientException(TOKEN_FILE + " is set but " + ROLE_ARN + " is missing");
        }
        if (roles == null) {
            throw Sts.needed(TOKEN_FILE, "AssumeRoleWithWebIdentity");
        }
        String sessionName = env.systemProperty("aws.roleSessionName")
                .or(() -> env.variable(SESSION_NAME))
                .map(String::trim)
                .orElseGet(() -> Sts.sessionName(clock));
        String region = Sts.region(env, Optional.empty());
        Path file = Sts.file(tokenFile.get(), env.home());
        return new WebIdentitySpec(roleArn.get().trim(), sessionName, file, null, region);
    }

    /** Caches the answers of {@code roles} for {@code spec}; shared with the profile provider. */
    static CredentialsProvider cachedAssumeRole(RoleCredentialsSource roles, WebIdentitySpec spec, Clock clock) {
        return CachedCredentialsProvider.create(
                () -> roles.assumeRoleWithWebIdentity(spec), clock, "web identity role " + spec.roleArn());
    }

    private CredentialsProvider cachedAssumeRole(WebIdentitySpec spec) {
        return cachedAssumeRole(roles, spec, clock);
    }

    @Override
    public String toString() {
        return "WebIdentityCredentialsProvider";
    }
}
