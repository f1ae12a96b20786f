package dev.ec2lite.providers;

import java.util.Objects;

/**
 * What to ask STS {@code AssumeRole} for, as a profile with {@code role_arn} describes it.
 *
 * @param roleArn {@code role_arn}
 * @param sessionName {@code role_session_name}, or a generated {@code ec2lite-<millis>} name
 * @param externalId {@code external_id}; null when not set
 * @param durationSeconds {@code duration_seconds}; null for STS's default (one hour)
 * @param region the profile's {@code region}, else {@code AWS_REGION}/{@code AWS_DEFAULT_REGION},
 *     for choosing the regional STS endpoint; null when none is configured
 */
public record AssumeRoleSpec(
        String roleArn, String sessionName, String externalId, Integer durationSeconds, String region) {
    public AssumeRoleSpec {
        Objects.requireNonNull(roleArn, "roleArn == null");
        Objects.requireNonNull(sessionName, "sessionName == null");
    }
}
