package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import java.util.function.Predicate;

/**
 * Polls {@code DescribeNetworkInterfaces} until an interface reaches a state, as the SDKs' waiters
 * do: a fixed pause between polls, a bounded number of polls and time, and an immediate failure when
 * the interface does not exist.
 */
final class NetworkInterfaceWaiter {
    private final Ec2Calls calls;
    private final Poller poller;

    NetworkInterfaceWaiter(Ec2Calls calls, Poller poller) {
        this.calls = calls;
        this.poller = poller;
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
        return poller.until(
                networkInterfaceId + " to be " + wanted,
                timeout -> {
                    try {
                        return DescribeNetworkInterfacesOperation.one(calls, networkInterfaceId, timeout);
                    } catch (Ec2ServiceException e) {
                        if (e.isErrorCode("InvalidNetworkInterfaceID.NotFound")) {
                            // It will not appear by waiting: say so at once.
                            throw new Ec2WaiterException(
                                    "waiting for " + networkInterfaceId + " to be " + wanted + ": it does not exist",
                                    Poller.NOT_FOUND,
                                    e);
                        }
                        throw e;
                    }
                },
                done,
                NetworkInterface::describe,
                config);
    }
}
