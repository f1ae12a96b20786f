package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Role credentials from IAM Identity Center, as the AWS CLI and SDKs get them after {@code aws sso
 * login}: the access token from the token cache, refreshed through SSO-OIDC when it is within {@value
 * #REFRESH_WINDOW_MINUTES} minutes of expiry and the cache holds a refresh token (the refreshed token
 * is written back), then the portal's {@code GetRoleCredentials}. Not cached here: {@link
 * CachedCredentialsProvider} keeps the role credentials until shortly before they expire.
 *
 * <p>When the session cannot be used any more (no cache entry, an expired token without a refresh
 * token, a refused refresh, the portal's 401), the failure says to run {@code aws sso login --profile
 * NAME}. No message carries a token.
 */
final class SsoCredentialsProvider implements CredentialsProvider {
    static final long REFRESH_WINDOW_MINUTES = 5;
    private static final Duration REFRESH_WINDOW = Duration.ofMinutes(REFRESH_WINDOW_MINUTES);

    private final SsoProfile sso;
    private final SsoTokenCache cache;
    private final SsoPortal portal;
    private final SsoOidc oidc;
    private final URI portalEndpoint;
    private final URI oidcEndpoint;
    private final Clock clock;
    private final String loginHint;

    SsoCredentialsProvider(
            SsoProfile sso,
            SsoTokenCache cache,
            SsoPortal portal,
            SsoOidc oidc,
            URI portalEndpoint,
            URI oidcEndpoint,
            Clock clock) {
        this.sso = Objects.requireNonNull(sso, "sso == null");
        this.cache = cache;
        this.portal = portal;
        this.oidc = oidc;
        this.portalEndpoint = portalEndpoint;
        this.oidcEndpoint = oidcEndpoint;
        this.clock = clock;
        this.loginHint = loginHint(sso);
    }

    /** What a user must do when the session has ended. */
    static String loginHint(SsoProfile sso) {
        return "run `aws sso login --profile " + sso.profileName() + "`";
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        String accessToken = currentAccessToken();
        try {
            return portal.roleCredentials(sso, portalEndpoint, accessToken, loginHint);
        } catch (Ec2ClientException e) {
            throw unusableAnswer(e);
        }
    }

    /** The cached access token, refreshed first when it is near its end and can be. */
    private String currentAccessToken() {
        SsoToken token = cache.read();
        Instant now = clock.instant();
        if (now.isBefore(token.expiresAt().minus(REFRESH_WINDOW))) {
            return token.accessToken();
        }
        boolean expired = !now.isBefore(token.expiresAt());
        if (token.canRefresh(now)) {
            try {
                SsoOidc.Refreshed fresh = oidc.refresh(oidcEndpoint, token, now, loginHint);
                cache.write(fresh.accessToken(), fresh.expiresAt(), fresh.refreshToken());
                return fresh.accessToken();
            } catch (CredentialsUnavailableException e) {
                if (expired) {
                    throw e;
                }
                // As the SDKs do: a token that still works is used when SSO-OIDC cannot be reached.
                return token.accessToken();
            } catch (Ec2ClientException e) {
                throw unusableAnswer(e);
            }
        }
        if (expired) {
            throw new CredentialsConfigurationException("the IAM Identity Center session of profile '"
                    + sso.profileName() + "' ("
                    + (sso.sessionName() != null
                            ? "sso_session '" + sso.sessionName() + "'"
                            : "sso_start_url " + sso.startUrl())
                    + ") expired at " + token.expiresAt()
                    + (token.refreshToken() == null ? " and cannot be refreshed" : "")
                    + "; " + loginHint);
        }
        return token.accessToken();
    }

    /** An answer that could not be used ends the chain too: the profile clearly asked for this source. */
    private static Ec2ClientException unusableAnswer(Ec2ClientException e) {
        if (e instanceof EndsTheChain) {
            return e;
        }
        return new CredentialsUnavailableException(
                e.getMessage(), e.statusCode().orElse(-1), e);
    }

    /** For {@code --debug}: the session, account and role. */
    String describe() {
        return sso.describe();
    }

    @Override
    public String toString() {
        return "SsoCredentialsProvider{" + sso.describe() + "}";
    }
}
