package dev.ec2lite.providers;

import java.time.Instant;

/**
 * An IAM Identity Center access token from the cache that {@code aws sso login} writes, with what is
 * needed to refresh it. {@link #toString()} shows the expiry only: every other field is a secret.
 *
 * @param refreshToken null when the cache holds none (then the token cannot be refreshed)
 * @param clientId the registered SSO-OIDC client; null when absent
 * @param clientSecret null when absent
 * @param registrationExpiresAt when the client registration ends; null when not recorded
 */
record SsoToken(
        String accessToken,
        Instant expiresAt,
        String refreshToken,
        String clientId,
        String clientSecret,
        Instant registrationExpiresAt) {

    /** Whether an SSO-OIDC {@code CreateToken} refresh can be tried at {@code now}. */
    boolean canRefresh(Instant now) {
        return refreshToken != null
                && clientId != null
                && clientSecret != null
                && (registrationExpiresAt == null || now.isBefore(registrationExpiresAt));
    }

    @Override
    public String toString() {
        return "SsoToken{expiresAt=" + expiresAt + ", refreshable=" + (refreshToken != null) + "}";
    }
}
