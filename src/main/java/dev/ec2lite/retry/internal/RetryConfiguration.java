package dev.ec2lite.retry.internal;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.internal.RetrySettings.Candidate;
import java.time.Clock;

/**
 * The retry settings every AWS call of one configuration uses, EC2 and STS alike: mode from {@code
 * aws.retryMode}, {@code AWS_RETRY_MODE}, the profile's {@code retry_mode}; attempts from {@code
 * aws.maxAttempts}, {@code AWS_MAX_ATTEMPTS}, the profile's {@code max_attempts}; a value given in code
 * wins over all of them.
 */
public final class RetryConfiguration {
    private RetryConfiguration() {}

    /**
     * A new strategy (its own quota and clock-skew record) with the configured mode and attempts.
     *
     * @param profile the selected profile, or null if there is none
     * @param mode given in code, or null to read the settings
     * @param maxAttempts given in code, or null to read the settings
     * @throws Ec2ConfigurationException naming the setting whose value is invalid
     */
    public static RetryStrategy resolve(
            Environment env, Profile profile, RetryMode mode, Integer maxAttempts, Clock clock) {
        try {
            RetryMode resolvedMode = mode != null
                    ? mode
                    : RetrySettings.resolveRetryMode(
                            new Candidate(
                                    "aws.retryMode",
                                    env.systemProperty("aws.retryMode").orElse(null)),
                            new Candidate(
                                    "AWS_RETRY_MODE",
                                    env.variable("AWS_RETRY_MODE").orElse(null)),
                            new Candidate(
                                    "retry_mode",
                                    profile == null ? null : profile.retryMode().orElse(null)));
            int attempts = maxAttempts != null
                    ? RetrySettings.parseMaxAttempts("maxAttempts", String.valueOf(maxAttempts))
                    : RetrySettings.resolveMaxAttempts(
                            new Candidate(
                                    "aws.maxAttempts",
                                    env.systemProperty("aws.maxAttempts").orElse(null)),
                            new Candidate(
                                    "AWS_MAX_ATTEMPTS",
                                    env.variable("AWS_MAX_ATTEMPTS").orElse(null)),
                            new Candidate(
                                    "max_attempts",
                                    profile == null
                                            ? null
                                            : profile.property("max_attempts").orElse(null)));
            return RetryStrategy.builder()
                    .mode(resolvedMode)
                    .maxAttempts(attempts)
                    .clock(clock == null ? Clock.systemUTC() : clock)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid retry configuration: " + e.getMessage(), e);
        }
    }

    /** A new strategy with {@code template}'s mode and attempts: the same settings, its own quota and skew. */
    public static RetryStrategy likeThis(RetryStrategy template, Clock clock) {
        return RetryStrategy.builder()
                .mode(template.mode())
                .maxAttempts(template.maxAttempts())
                .clock(clock == null ? Clock.systemUTC() : clock)
                .build();
    }
}
