package dev.ec2lite;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.NetworkInterfaceMoveException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Moves a network interface to another instance, the fail-over every HA agent needs: look up the
 * current attachment, check the target, detach (forced when the old instance is dead), wait until
 * the interface is {@code available}, attach it to the target, wait until it is {@code in-use} there.
 *
 * <p>Never worse than doing nothing: everything that can be checked without changing state is
 * checked before the detach (see {@link MoveTargetVerifier}), and one deadline bounds the whole move.
 *
 * <p>"Already done" counts as progress: an interface already detaching is only waited for, an
 * attachment that vanished between look-up and detach ({@code InvalidAttachmentID.NotFound}) was
 * detached by someone else, and an interface already attached to the target at that device index is
 * left as it is.
 */
final class NetworkInterfaceMover {
    /** The state look-up after a failure may overrun the deadline by this much, no more. */
    private static final Duration STATE_LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    private final Ec2Calls calls;
    private final NetworkInterfaceWaiter waiter;
    private final MoveTargetVerifier verifier;
    private final LongSupplier nanoTime;

    NetworkInterfaceMover(
            Ec2Calls calls, NetworkInterfaceWaiter waiter, MoveTargetVerifier verifier, LongSupplier nanoTime) {
        this.calls = calls;
        this.waiter = waiter;
        this.verifier = verifier;
        this.nanoTime = nanoTime;
    }

    MoveNetworkInterfaceResponse move(MoveNetworkInterfaceRequest request, MoveListener listener) {
        String networkInterfaceId = request.networkInterfaceId();
        String instanceId = request.instanceId();
        int deviceIndex = request.deviceIndex();
        MoveDeadline deadline = MoveDeadline.start(request.deadline(), nanoTime);
        Step step = Step.LOOK_UP;
        try {
            deadline.check(step);
            NetworkInterface current = DescribeNetworkInterfacesOperation.one(
                            calls, networkInterfaceId, deadline.callTimeout())
                    .orElseThrow(() -> new IllegalStateException(networkInterfaceId + " is not in the answer"));
            listener.onStep(step, current.describe());

            Optional<NetworkInterface.Attachment> attachment = current.attachment();
            if (attachment.isPresent()
                    && attachment.get().instanceId().equals(instanceId)
                    && attachment.get().deviceIndex() == deviceIndex
                    && !attachment.get().status().startsWith("detach")) {
                step = Step.WAIT_IN_USE;
                deadline.check(step);
                NetworkInterface there =
                        waiter.untilInUse(networkInterfaceId, instanceId, deadline.bound(request.waiting()));
                listener.onStep(Step.DONE, "already attached to " + instanceId + ": " + there.describe());
                return new MoveNetworkInterfaceResponse(
                        networkInterfaceId,
                        instanceId,
                        deviceIndex,
                        attachment.get().attachmentId(),
                        null,
                        there);
            }

            step = Step.VERIFY_TARGET;
            deadline.check(step);
            listener.onStep(
                    step,
                    request.verifyTarget()
                            ? verifier.verify(current, instanceId, deviceIndex, deadline.callTimeout())
                            : "skipped: the target checks were turned off");

            String detached = null;
            if (attachment.isPresent()) {
                step = Step.DETACH;
                deadline.check(step);
                detached = attachment.get().attachmentId();
                boolean alreadyDetaching = attachment.get().status().equals("detaching");
                // A detach under way needs no second one, unless it is forced to unstick a dead instance.
                listener.onStep(
                        step,
                        alreadyDetaching && !request.force()
                                ? detached + " is already detaching"
                                : detach(detached, request.force(), deadline.callTimeout()));
            }
            if (!current.status().equals(NetworkInterface.AVAILABLE) || attachment.isPresent()) {
                step = Step.WAIT_AVAILABLE;
                deadline.check(step);
                listener.onStep(
                        step,
                        waiter.untilAvailable(networkInterfaceId, deadline.bound(request.waiting()))
                                .describe());
            }

            step = Step.ATTACH;
            deadline.check(step);
            String attachmentId = calls.call(
                            AttachNetworkInterfaceOperation.INSTANCE,
                            AttachNetworkInterfaceRequest.of(networkInterfaceId, instanceId, deviceIndex),
                            deadline.callTimeout())
                    .attachmentId()
                    .orElseThrow();
            listener.onStep(step, attachmentId + " to " + instanceId + " at device index " + deviceIndex);

            step = Step.WAIT_IN_USE;
            deadline.check(step);
            NetworkInterface done =
                    waiter.untilInUse(networkInterfaceId, instanceId, deadline.bound(request.waiting()));
            listener.onStep(step, done.describe());
            listener.onStep(Step.DONE, networkInterfaceId + " is on " + instanceId);
            return new MoveNetworkInterfaceResponse(
                    networkInterfaceId, instanceId, deviceIndex, attachmentId, detached, done);
        } catch (Ec2Exception | IllegalStateException e) {
            RuntimeException reason =
                    !(e instanceof MoveDeadlineException) && deadline.explains(e) ? deadline.during(step, e) : e;
            // A waiter that gave up has just seen the state; describing again would only add delay.
            String state = e instanceof Ec2WaiterException waited ? waited.lastState() : stateNow(networkInterfaceId);
            throw new NetworkInterfaceMoveException(
                    step.name(),
                    state,
                    "moving " + networkInterfaceId + " to " + instanceId + " failed: " + reason.getMessage(),
                    reason);
        }
    }

    /** Detaches, treating an attachment that is already gone as done. Returns what happened. */
    private String detach(String attachmentId, boolean force, Duration timeout) {
        try {
            DetachNetworkInterfaceResponse response = calls.call(
                    DetachNetworkInterfaceOperation.INSTANCE,
                    DetachNetworkInterfaceRequest.builder()
                            .attachmentId(attachmentId)
                            .force(force ? Boolean.TRUE : null)
                            .build(),
                    timeout);
            return attachmentId + (force ? " (forced)" : "") + ", request id "
                    + response.requestId().orElse("none");
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("InvalidAttachmentID.NotFound")) {
                return attachmentId + " was already detached";
            }
            throw e;
        }
    }

    /** The interface's state for a failure message, within a few seconds; never throws. */
    private String stateNow(String networkInterfaceId) {
        try {
            return DescribeNetworkInterfacesOperation.one(calls, networkInterfaceId, STATE_LOOKUP_TIMEOUT)
                    .map(NetworkInterface::describe)
                    .orElse("not found");
        } catch (RuntimeException e) {
            return "unknown (it could not be described: " + e.getMessage() + ")";
        }
    }
}
