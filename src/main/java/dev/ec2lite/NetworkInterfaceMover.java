package dev.ec2lite;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.NetworkInterfaceMoveException;
import java.util.Optional;

/**
 * Moves a network interface to another instance, the fail-over every HA agent needs: look up the
 * current attachment, detach it (forced when the old instance is dead), wait until the interface is
 * {@code available}, attach it to the target, wait until it is {@code in-use} there.
 *
 * <p>"Already done" counts as progress: an interface already detaching is only waited for, an
 * attachment that vanished between look-up and detach ({@code InvalidAttachmentID.NotFound}) was
 * detached by someone else, and an interface already attached to the target at that device index is
 * left as it is.
 */
final class NetworkInterfaceMover {
    private final Ec2Client ec2;
    private final NetworkInterfaceCalls calls;
    private final NetworkInterfaceWaiter waiter;

    NetworkInterfaceMover(Ec2Client ec2, NetworkInterfaceCalls calls, NetworkInterfaceWaiter waiter) {
        this.ec2 = ec2;
        this.calls = calls;
        this.waiter = waiter;
    }

    MoveNetworkInterfaceResponse move(
            String networkInterfaceId,
            String instanceId,
            int deviceIndex,
            boolean force,
            WaiterConfig waiting,
            MoveListener listener) {
        AttachNetworkInterfaceRequest target =
                AttachNetworkInterfaceRequest.of(networkInterfaceId, instanceId, deviceIndex);
        Step step = Step.LOOK_UP;
        try {
            NetworkInterface current = calls.describe(DescribeNetworkInterfacesRequest.byId(networkInterfaceId))
                    .find(networkInterfaceId)
                    .orElseThrow(() -> new IllegalStateException(networkInterfaceId + " is not in the answer"));
            listener.onStep(step, current.describe());

            Optional<NetworkInterface.Attachment> attachment = current.attachment();
            if (attachment.isPresent()
                    && attachment.get().instanceId().equals(instanceId)
                    && attachment.get().deviceIndex() == deviceIndex
                    && !attachment.get().status().startsWith("detach")) {
                step = Step.WAIT_IN_USE;
                NetworkInterface there = waiter.untilInUse(networkInterfaceId, instanceId, waiting);
                listener.onStep(Step.DONE, "already attached to " + instanceId + ": " + there.describe());
                return new MoveNetworkInterfaceResponse(
                        networkInterfaceId,
                        instanceId,
                        deviceIndex,
                        attachment.get().attachmentId(),
                        null,
                        there);
            }

            String detached = null;
            if (attachment.isPresent()) {
                step = Step.DETACH;
                detached = attachment.get().attachmentId();
                boolean alreadyDetaching = attachment.get().status().equals("detaching");
                // A detach under way needs no second one, unless it is forced to unstick a dead instance.
                listener.onStep(
                        step,
                        alreadyDetaching && !force ? detached + " is already detaching" : detach(detached, force));
            }
            if (!current.status().equals(NetworkInterface.AVAILABLE) || attachment.isPresent()) {
                step = Step.WAIT_AVAILABLE;
                listener.onStep(
                        step, waiter.untilAvailable(networkInterfaceId, waiting).describe());
            }

            step = Step.ATTACH;
            String attachmentId = calls.attach(target).attachmentId().orElseThrow();
            listener.onStep(step, attachmentId + " to " + instanceId + " at device index " + deviceIndex);

            step = Step.WAIT_IN_USE;
            NetworkInterface done = waiter.untilInUse(networkInterfaceId, instanceId, waiting);
            listener.onStep(step, done.describe());
            listener.onStep(Step.DONE, networkInterfaceId + " is on " + instanceId);
            return new MoveNetworkInterfaceResponse(
                    networkInterfaceId, instanceId, deviceIndex, attachmentId, detached, done);
        } catch (Ec2Exception | IllegalStateException e) {
            // A waiter that gave up has just seen the state; describing again would only add delay.
            String state = e instanceof Ec2WaiterException waited ? waited.lastState() : stateNow(networkInterfaceId);
            throw new NetworkInterfaceMoveException(
                    step.name(),
                    state,
                    "moving " + networkInterfaceId + " to " + instanceId + " failed: " + e.getMessage(),
                    e);
        }
    }

    /** Detaches, treating an attachment that is already gone as done. Returns what happened. */
    private String detach(String attachmentId, boolean force) {
        try {
            DetachNetworkInterfaceResponse response = ec2.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                    .attachmentId(attachmentId)
                    .force(force ? Boolean.TRUE : null)
                    .build());
            return attachmentId + (force ? " (forced)" : "") + ", request id "
                    + response.requestId().orElse("none");
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("InvalidAttachmentID.NotFound")) {
                return attachmentId + " was already detached";
            }
            throw e;
        }
    }

    /** The interface's state for a failure message; never throws. */
    private String stateNow(String networkInterfaceId) {
        try {
            return calls.describe(DescribeNetworkInterfacesRequest.byId(networkInterfaceId))
                    .find(networkInterfaceId)
                    .map(NetworkInterface::describe)
                    .orElse("not found");
        } catch (RuntimeException e) {
            return "unknown (it could not be described: " + e.getMessage() + ")";
        }
    }
}
