package dev.ec2lite;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.MoveException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Moves an Elastic IP to another instance or interface, the fail-over of Pacemaker's {@code awseip}:
 * look the address up, check the target, associate it there with {@code AllowReassociation} (one call
 * takes it from where it was), then describe it again until EC2 shows the new association.
 *
 * <p>Never worse than doing nothing: an unknown address, a missing target, a private address that is
 * not the target's, or a target in another VPC than the one the address serves stop the move before
 * the association. "Already done" counts as progress: an address already associated with the target
 * is left as it is.
 */
final class ElasticIpMover {
    /** The state look-up after a failure may overrun the deadline by this much, no more. */
    private static final Duration STATE_LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    private final Ec2Calls calls;
    private final Poller poller;
    private final AddressTargetCheck targets;
    private final LongSupplier nanoTime;

    ElasticIpMover(Ec2Calls calls, Poller poller, LongSupplier nanoTime) {
        this.calls = calls;
        this.poller = poller;
        this.targets = new AddressTargetCheck(calls);
        this.nanoTime = nanoTime;
    }

    MoveAddressResponse move(MoveAddressRequest request, MoveListener listener) {
        String allocationId = request.allocationId();
        MoveDeadline deadline = MoveDeadline.start(request.deadline(), nanoTime);
        Step step = Step.LOOK_UP;
        try {
            deadline.check(step);
            ElasticIpAddress current = lookUp(allocationId, deadline.callTimeout());
            listener.onStep(step, current.describe());

            step = Step.VERIFY_TARGET;
            deadline.check(step);
            AddressTargetCheck.Target target = null;
            if (request.verifyTarget()) {
                target = targets.resolve(request, deadline.callTimeout());
                listener.onStep(step, targets.checkSameVpc(current, target, deadline.callTimeout()));
            } else {
                listener.onStep(step, "skipped: the target checks were turned off");
            }
            if (alreadyThere(current, request, target)) {
                listener.onStep(Step.DONE, "already associated with " + request.target() + ": " + current.describe());
                return new MoveAddressResponse(
                        allocationId, current.associationId().orElseThrow(), null, true, current);
            }

            step = Step.ASSOCIATE_ADDRESS;
            deadline.check(step);
            String associationId = calls.call(
                            AssociateAddressOperation.INSTANCE, association(request, target), deadline.callTimeout())
                    .associationId()
                    .orElseThrow();
            listener.onStep(
                    step,
                    associationId + ": " + current.publicIp() + " to "
                            + (target != null
                                    ? target.networkInterfaceId() + " " + target.privateIpAddress()
                                    : request.target())
                            + current.associationId()
                                    .map(old -> ", replacing " + old)
                                    .orElse(""));

            step = Step.VERIFY_RESULT;
            deadline.check(step);
            ElasticIpAddress done = poller.until(
                    current.publicIp() + " to show " + associationId,
                    timeout -> DescribeAddressesOperation.one(calls, allocationId, timeout),
                    seen -> seen.associationId().filter(associationId::equals).isPresent(),
                    ElasticIpAddress::describe,
                    deadline.bound(request.waiting()));
            listener.onStep(step, done.describe());
            listener.onStep(Step.DONE, current.publicIp() + " is on " + request.target());
            return new MoveAddressResponse(
                    allocationId, associationId, current.associationId().orElse(null), false, done);
        } catch (Ec2Exception | IllegalStateException e) {
            RuntimeException reason =
                    !(e instanceof MoveDeadlineException) && deadline.explains(e) ? deadline.during(step, e) : e;
            String state = e instanceof Ec2WaiterException waited ? waited.lastState() : stateNow(allocationId);
            throw new MoveException(
                    step.name(),
                    state,
                    "moving Elastic IP " + allocationId + " to " + request.target() + " failed: " + reason.getMessage(),
                    reason);
        }
    }

    /** The address; an unknown allocation is the failed check {@code SOURCE_EXISTS}. */
    private ElasticIpAddress lookUp(String allocationId, Duration timeout) {
        try {
            return DescribeAddressesOperation.one(calls, allocationId, timeout)
                    .orElseThrow(() -> new MoveTargetException(
                            Check.SOURCE_EXISTS, allocationId + " is not in the DescribeAddresses answer", null));
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("InvalidAllocationID.NotFound") || e.isErrorCode("InvalidAllocationID.Malformed")) {
                throw new MoveTargetException(
                        Check.SOURCE_EXISTS,
                        "Elastic IP " + allocationId + " does not exist (" + e.errorCode() + ")",
                        e);
            }
            throw e;
        }
    }

    /**
     * Whether the address already serves the target: the checked interface and address; without the
     * checks, the interface (and address, when given) or the instance, as {@code DescribeAddresses} names
     * them.
     */
    private static boolean alreadyThere(
            ElasticIpAddress current, MoveAddressRequest request, AddressTargetCheck.Target target) {
        if (!current.associated()) {
            return false;
        }
        if (target != null) {
            return current.associatedWith(target.networkInterfaceId(), target.privateIpAddress());
        }
        if (request.instanceId().isPresent()) {
            return current.instanceId().equals(request.instanceId());
        }
        return current.networkInterfaceId().equals(request.networkInterfaceId())
                && (request.privateIpAddress().isEmpty()
                        || current.privateIpAddress().equals(request.privateIpAddress()));
    }

    /**
     * The association to ask for, taking the address from wherever it is. A checked target is named by
     * its interface and address, so an instance with several interfaces (say, after an interface move)
     * works too, where EC2 refuses {@code InstanceId}; unchecked, the request's own target is sent.
     */
    private static AssociateAddressRequest association(MoveAddressRequest request, AddressTargetCheck.Target target) {
        AssociateAddressRequest.Builder builder = AssociateAddressRequest.builder()
                .allocationId(request.allocationId())
                .allowReassociation(true);
        if (target != null) {
            return builder.networkInterfaceId(target.networkInterfaceId())
                    .privateIpAddress(target.privateIpAddress())
                    .build();
        }
        return builder.instanceId(request.instanceId().orElse(null))
                .networkInterfaceId(request.networkInterfaceId().orElse(null))
                .privateIpAddress(request.privateIpAddress().orElse(null))
                .build();
    }

    /** The address's state for a failure message, within a few seconds; never throws. */
    private String stateNow(String allocationId) {
        try {
            return DescribeAddressesOperation.one(calls, allocationId, STATE_LOOKUP_TIMEOUT)
                    .map(ElasticIpAddress::describe)
                    .orElse("not found");
        } catch (RuntimeException e) {
            return "unknown (it could not be described: " + e.getMessage() + ")";
        }
    }
}
