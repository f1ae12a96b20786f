package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Polls {@code DescribeNetworkInterfaces} until an interface reaches a state, as the SDKs' waiters
 * do: a fixed pause between polls, a bounded number of polls and time, and an immediate failure when
 * the interface does not exist.
 */
final class NetworkInterfaceWaiter {
    /** The last state of a wait for an interface that does not exist. */
    static final String NOT_FOUND = "not found";

    private final Ec2Calls calls;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    NetworkInterfaceWaiter(Ec2Calls calls, Sleeper sleeper, LongSupplier nanoTime) {
        this.calls = calls;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** {@code NetworkInterfaceAvailable}: status {@code available}. */
    NetworkInterface untilAvailable(String networkInterfaceId, WaiterConfig config) {
        return until(networkInterfaceId, eni -> eni.status().equals(NetworkInterface.AVAILABLE), "available", config);
    }

    /** Status {@code in-use} with an {@code attached} attachment (to {@code instanceId}, when given). */
    NetworkInterface untilInUse(String networkInterfaceId, String instanceId, WaiterConfig config) {
        return until(
                networkInterfaceId,
                eni -> eni.status().equals(NetworkInterface.IN_USE)
                        && eni.attachment()
                                .filter(a -> a.status().equals("attached"))
                                .filter(a ->
                                        instanceId == null || a.instanceId().equals(instanceId))
                                .isPresent(),
                instanceId == null ? "in-use" : "in-use on " + instanceId,
                config);
    }

    private NetworkInterface until(
            String networkInterfaceId, Predicate<NetworkInterface> done, String wanted, WaiterConfig config) {
        DetachNetworkInterfaceRequest.checkId(networkInterfaceId, "networkInterfaceId");
        Objects.requireNonNull(config, "config == null");
        long start = nanoTime.getAsLong();
        String lastState = "not described yet";
        for (int attempt = 1; ; attempt++) {
            NetworkInterface eni;
            try {
                // A poll may not outlast the wait: a silent server must not stretch maxWait.
                Duration left =
                        config.maxWait() == null ? null : config.maxWait().minusNanos(nanoTime.getAsLong() - start);
                eni = DescribeNetworkInterfacesOperation.one(
                                calls,
                                networkInterfaceId,
                                left == null || left.toMillis() >= 1 ? left : Duration.ofMillis(1))
                        .orElse(null);
            } catch (Ec2ServiceException e) {
                if (e.isErrorCode("InvalidNetworkInterfaceID.NotFound")) {
                    throw new Ec2WaiterException(
                            "waiting for " + networkInterfaceId + " to be " + wanted + ": it does not exist",
                            NOT_FOUND,
                            e);
                }
                throw e;
            }
            if (eni != null) {
                lastState = eni.describe();
                if (done.test(eni)) {
                    return eni;
                }
            }
            Duration waited = Duration.ofNanos(nanoTime.getAsLong() - start);
            boolean outOfTime =
                    config.maxWait() != null && waited.plus(config.delay()).compareTo(config.maxWait()) > 0;
            if (attempt >= config.maxAttempts() || outOfTime) {
                throw new Ec2WaiterException(
                        "gave up waiting for " + networkInterfaceId + " to be " + wanted + " after " + attempt
                                + " polls and " + waited.toMillis() + " ms",
                        lastState,
                        null);
            }
            try {
                sleeper.sleep(config.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Ec2WaiterException("interrupted waiting for " + networkInterfaceId, lastState, e);
            }
        }
    }
}
