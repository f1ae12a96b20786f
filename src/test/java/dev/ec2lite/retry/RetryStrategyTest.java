package dev.ec2lite.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strategy as a user sees it: its settings. Its decisions are tested in retry.internal. */
class RetryStrategyTest {

    @Test
    void defaultsAreStandardModeAndThreeAttempts() {
        RetryStrategy defaults = RetryStrategy.create();
        assertEquals(RetryMode.STANDARD, defaults.mode());
        assertEquals(3, defaults.maxAttempts());
        assertEquals(Set.of(), defaults.extraTransientErrorCodes());
    }

    @Test
    void theBuilderSetsModeAttemptsAndExtraCodes() {
        RetryStrategy strategy = RetryStrategy.builder()
                .mode(RetryMode.ADAPTIVE)
                .maxAttempts(5)
                .extraTransientErrorCodes(List.of(" IDPCommunicationError "))
                .build();

        assertEquals(RetryMode.ADAPTIVE, strategy.mode());
        assertEquals(5, strategy.maxAttempts());
        assertEquals(Set.of("IDPCommunicationError"), strategy.extraTransientErrorCodes());
    }

    @Test
    void zeroAttemptsAreRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RetryStrategy.builder().maxAttempts(0));
        assertEquals("maxAttempts < 1: 0", e.getMessage());
    }

    @Test
    void aBlankExtraCodeIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> RetryStrategy.builder().extraTransientErrorCodes(List.of("Throttling", " ")));
        assertEquals("an extra transient error code is blank: ' '", e.getMessage());
    }
}
