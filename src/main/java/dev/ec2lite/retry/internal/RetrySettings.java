package dev.ec2lite.retry.internal;

import dev.ec2lite.retry.RetryMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the retry settings as the AWS SDKs spell them: {@code retry_mode} / {@code AWS_RETRY_MODE} /
 * {@code aws.retryMode} and {@code max_attempts} / {@code AWS_MAX_ATTEMPTS} / {@code aws.maxAttempts}.
 * Where the values come from (builder, system property, environment, profile) is decided elsewhere; the
 * {@code resolve} methods only take the candidates in precedence order and pick the first that is set.
 *
 * @see <a href="https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html">AWS SDKs
 *     and Tools reference: Retry behavior ("Valid values: Number greater than 0"; three attempts by
 *     default in standard and adaptive modes)</a>
 */
public final class RetrySettings {

    /** Attempts per call, counting the first, when nothing is configured: three in both modes. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** The mode when nothing is configured. */
    public static final RetryMode DEFAULT_RETRY_MODE = RetryMode.STANDARD;

    private RetrySettings() {}

    /**
     * One place a setting may come from: its name, for error messages ({@code AWS_MAX_ATTEMPTS}, {@code
     * profile default: max_attempts}), and its raw value, {@code null} when that place does not set it.
     */
    public record Candidate(String setting, String value) {
        public Candidate {
            Objects.requireNonNull(setting, "setting == null");
        }

        /** Whether this place sets a value; a blank value counts as unset. */
        boolean isSet() {
            return value != null && !value.isBlank();
        }
    }

    /**
     * {@code standard}, {@code adaptive} or {@code legacy} (any case, surrounding blanks ignored).
     *
     * <p>{@code legacy} is read as {@link RetryMode#STANDARD}: in the SDKs it names each SDK's own
     * pre-standard behaviour, which ec2lite never had, and AWS recommends standard for every workload.
     *
     * @throws IllegalArgumentException naming {@code setting} when the value is none of those
     */
    public static RetryMode parseRetryMode(String setting, String value) {
        Objects.requireNonNull(setting, "setting == null");
        String mode = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "standard":
            case "legacy":
                return RetryMode.STANDARD;
            case "adaptive":
                return RetryMode.ADAPTIVE;
            default:
                throw new IllegalArgumentException(
                        setting + ": \"" + value + "\" is not a retry mode; use standard, adaptive or legacy");
        }
    }

    /**
     * A positive integer (surrounding blanks ignored); {@code 1} means no retry.
     *
     * @throws IllegalArgumentException naming {@code setting} otherwise
     */
    public static int parseMaxAttempts(String setting, String value) {
        Objects.requireNonNull(setting, "setting == null");
        int attempts;
        try {
            attempts = Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            attempts = 0;
        }
        if (attempts < 1) {
            throw new IllegalArgumentException(
                    setting + ": \"" + value + "\" is not a valid number of attempts; use a positive integer");
        }
        return attempts;
    }

    /** The first candidate that is set, parsed; {@link #DEFAULT_RETRY_MODE} when none is. */
    public static RetryMode resolveRetryMode(Candidate... candidatesInOrder) {
        for (Candidate candidate : candidatesInOrder) {
            if (candidate.isSet()) {
                return parseRetryMode(candidate.setting(), candidate.value());
            }
        }
        return DEFAULT_RETRY_MODE;
    }

    /** The first candidate that is set, parsed; {@link #DEFAULT_MAX_ATTEMPTS} when none is. */
    public static int resolveMaxAttempts(Candidate... candidatesInOrder) {
        for (Candidate candidate : candidatesInOrder) {
            if (candidate.isSet()) {
                return parseMaxAttempts(candidate.setting(), candidate.value());
            }
        }
        return DEFAULT_MAX_ATTEMPTS;
    }
}
