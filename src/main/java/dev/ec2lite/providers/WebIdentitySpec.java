package dev.ec2lite.providers;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to ask STS {@code AssumeRoleWithWebIdentity} for.
 *
 * @param roleArn {@code AWS_ROLE_ARN} or the profile's {@code role_arn}
 * @param sessionName {@code AWS_ROLE_SESSION_NAME} or {@code role_session_name}, or a generated
 *     {@code ec2lite-<millis>} name
 * @param tokenFile {@code AWS_WEB_IDENTITY_TOKEN_FILE} or {@code web_identity_token_file}
 * @param durationSeconds the profile's {@code duration_seconds}; null for STS's default
 * @param region the region to call STS in; null when none is configured
 */
public record WebIdentitySpec(
        String roleArn, String sessionName, Path tokenFile, Integer durationSeconds, String region) {
    public WebIdentitySpec {
        Objects.requireNonNull(roleArn, "roleArn == null");
        Objects.requireNonNull(sessionName, "sessionName == null");
        Objects.requireNonNull(tokenFile, "tokenFile == null");
    }
}
