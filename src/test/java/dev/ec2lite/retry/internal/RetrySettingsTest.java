package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.internal.RetrySettings.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetrySettingsTest {

    @Test
    void retryModeValuesAreReadInAnyCase() {
        assertEquals(RetryMode.STANDARD, RetrySettings.parseRetryMode("AWS_RETRY_MODE", "standard"));
        assertEquals(RetryMode.ADAPTIVE, RetrySettings.parseRetryMode("AWS_RETRY_MODE", " Adaptive "));
        assertEquals(RetryMode.STANDARD, RetrySettings.parseRetryMode("retry_mode", "STANDARD"));
    }

    @Test
    void legacyRetryModeIsReadAsStandard() {
        assertEquals(RetryMode.STANDARD, RetrySettings.parseRetryMode("retry_mode", "legacy"));
    }

    @Test
    void unknownRetryModeIsRejectedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RetrySettings.parseRetryMode("AWS_RETRY_MODE", "fast"));
        assertTrue(e.getMessage().startsWith("AWS_RETRY_MODE: \"fast\""), e.getMessage());
    }

    @Test
    void maxAttemptsIsAPositiveInteger() {
        assertEquals(1, RetrySettings.parseMaxAttempts("AWS_MAX_ATTEMPTS", "1"));
        assertEquals(5, RetrySettings.parseMaxAttempts("AWS_MAX_ATTEMPTS", " 5 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", "2.5", "", "99999999999"})
    void invalidMaxAttemptsIsRejectedNamingTheSetting(String value) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RetrySettings.parseMaxAttempts("AWS_MAX_ATTEMPTS", value));
        assertTrue(e.getMessage().startsWith("AWS_MAX_ATTEMPTS: "), e.getMessage());
        assertTrue(e.getMessage().contains("positive integer"), e.getMessage());
    }

    @Test
    void firstCandidateThatIsSetWins() {
        RetryMode mode = RetrySettings.resolveRetryMode(
                new Candidate("builder", null),
                new Candidate("aws.retryMode", " "),
                new Candidate("AWS_RETRY_MODE", "adaptive"),
                new Candidate("profile default: retry_mode", "nonsense"));
        assertEquals(RetryMode.ADAPTIVE, mode);

        int attempts = RetrySettings.resolveMaxAttempts(
                new Candidate("aws.maxAttempts", "7"), new Candidate("AWS_MAX_ATTEMPTS", "2"));
        assertEquals(7, attempts);
    }

    @Test
    void nothingSetMeansStandardModeAndThreeAttempts() {
        assertEquals(RetryMode.STANDARD, RetrySettings.resolveRetryMode(new Candidate("AWS_RETRY_MODE", null)));
        assertEquals(3, RetrySettings.resolveMaxAttempts());
    }

    @Test
    void anInvalidValueInTheWinningCandidateIsReportedNotSkipped() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RetrySettings.resolveMaxAttempts(
                        new Candidate("AWS_MAX_ATTEMPTS", "0"), new Candidate("max_attempts", "3")));
        assertTrue(e.getMessage().startsWith("AWS_MAX_ATTEMPTS"), e.getMessage());
    }
}
