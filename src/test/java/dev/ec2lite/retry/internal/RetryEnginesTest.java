package dev.ec2lite.retry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.RetryStrategy;
import org.junit.jupiter.api.Test;

class RetryEnginesTest {

    @Test
    void aStrategyHasOneEngineWithItsSettings() {
        RetryStrategy strategy =
                RetryStrategy.builder().mode(RetryMode.ADAPTIVE).maxAttempts(4).build();

        RetryEngine engine = RetryEngines.of(strategy);

        assertSame(engine, RetryEngines.of(strategy), "one engine, so one quota, per strategy");
        assertEquals(RetryMode.ADAPTIVE, engine.mode());
        assertEquals(4, engine.maxAttempts());
        assertNotSame(engine, RetryEngines.of(RetryStrategy.create()), "each strategy its own");
    }

    @Test
    void theReaderCannotBeReplaced() {
        RetryStrategy.create(); // the strategy installs its reader when its class is initialised
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> RetryEngines.install(strategy -> null));
        assertEquals("the retry engine reader is already installed", e.getMessage());
    }
}
