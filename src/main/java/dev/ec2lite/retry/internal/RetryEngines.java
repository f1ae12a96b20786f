package dev.ec2lite.retry.internal;

import dev.ec2lite.retry.RetryStrategy;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds the {@link RetryEngine} behind a {@link RetryStrategy}, for ec2lite's own retry loop. The
 * strategy is public API and keeps its engine out of it: it hands this class a reader of its private
 * field once, when its class is initialised (the JDK's "shared secrets" pattern), so no public method of
 * the exported package returns the engine.
 */
public final class RetryEngines {

    private static volatile Function<RetryStrategy, RetryEngine> reader;

    private RetryEngines() {}

    /** The engine of {@code strategy}: its settings and the quota, rate limiter and clock skew it shares. */
    public static RetryEngine of(RetryStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy == null");
        Function<RetryStrategy, RetryEngine> read = reader;
        if (read == null) {
            // Seeing a strategy from another thread does not by itself make that thread see the class's
            // initialisation; asking for it does (and costs nothing once done).
            initialise(RetryStrategy.class);
            read = reader;
        }
        return read.apply(strategy);
    }

    /**
     * Called once, by {@link RetryStrategy}'s static initialiser.
     *
     * @throws IllegalStateException when a reader is already installed
     */
    public static synchronized void install(Function<RetryStrategy, RetryEngine> engineOfStrategy) {
        Objects.requireNonNull(engineOfStrategy, "engineOfStrategy == null");
        if (reader != null) {
            throw new IllegalStateException("the retry engine reader is already installed");
        }
        reader = engineOfStrategy;
    }

    private static void initialise(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialise " + type.getName(), e);
        }
    }
}
