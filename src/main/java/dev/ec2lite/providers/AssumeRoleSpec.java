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
 * @param mfaSerial {@code mfa_serial}, sent as {@code SerialNumber}; null when not set
 * @param tokenCode the MFA code for this call, sent as {@code TokenCode}; null without {@code
 *     mfaSerial}. Never shown by {@link #toString()}.
 */
public record AssumeRoleSpec(
        String roleArn,
        String sessionName,
        String externalId,
        Integer durationSeconds,
        String region,
        String mfaSerial,
        String tokenCode) {
    public AssumeRoleSpec {
        Objects.requireNonNull(roleArn, "roleArn == null");
        Objects.requireNonNull(sessionName, "sessionName == null");
        if ((mfaSerial == null) != (tokenCode == null)) {
            throw new IllegalArgumentException("mfaSerial and tokenCode go together: set both or neither");
        }
    }

    /** A spec without MFA. */
    public AssumeRoleSpec(
            String roleArn, String sessionName, String externalId, Integer durationSeconds, String region) {
        this(roleArn, sessionName, externalId, durationSeconds, region, null, null);
    }

    /** This spec with an MFA device and the code it shows now. */
    public AssumeRoleSpec withMfa(String serialNumber, String code) {
        return new AssumeRoleSpec(roleArn, sessionName, externalId, durationSeconds, region, serialNumber, code);
    }

    /** Everything but the MFA code. */
    @Override
    public String toString() {
        return "AssumeRoleSpec[roleArn=" + roleArn + ", sessionName=" + sessionName + ", externalId=" + externalId
                + ", durationSeconds=" + durationSeconds + ", region=" + region + ", mfaSerial=" + mfaSerial
                + (tokenCode != null ? ", tokenCode=<redacted>" : "") + "]";
    }
}
