package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the target of a move with one {@code DescribeInstances}, before anything is changed: what
 * EC2 would refuse at the attach must not be found out after the detach.
 */
final class MoveTargetVerifier {
    /** Fail-over attaches on the first network card; the other cards need an explicit index. */
    private static final int NETWORK_CARD_INDEX = 0;

    private final Ec2Calls calls;

    MoveTargetVerifier(Ec2Calls calls) {
        this.calls = calls;
    }

    /**
     * @return what was checked, for the progress output
     * @throws MoveTargetException naming the check that failed
     */
    String verify(NetworkInterface eni, String instanceId, int deviceIndex, Duration timeout) {
        Instance target = describe(instanceId, timeout);
        if (!target.state().acceptsAttachment()) {
            throw new MoveTargetException(
                    Check.INSTANCE_STATE,
                    instanceId + " is " + target.state().name() + "; EC2 attaches interfaces only to pending,"
                            + " running, stopping or stopped instances",
                    null);
        }
        String zoneChecked;
        Optional<String> eniZone = Optional.of(eni.availabilityZone()).filter(zone -> !zone.isEmpty());
        Optional<String> targetZone = target.availabilityZone();
        if (eniZone.isPresent() && targetZone.isPresent()) {
            if (!eniZone.get().equals(targetZone.get())) {
                throw new MoveTargetException(
                        Check.AVAILABILITY_ZONE,
                        eni.networkInterfaceId() + " is in " + eniZone.get() + " but " + instanceId + " is in "
                                + targetZone.get() + "; an interface can only be attached in its own zone",
                        null);
            }
            zoneChecked = "same zone " + eniZone.get();
        } else {
            zoneChecked = "zone not checked (not in the answers)";
        }
        Optional<Instance.InstanceNetworkInterface> taken = target.interfaceAt(deviceIndex, NETWORK_CARD_INDEX)
                .filter(other -> !other.networkInterfaceId().equals(eni.networkInterfaceId()));
        if (taken.isPresent()) {
            throw new MoveTargetException(
                    Check.DEVICE_INDEX_FREE,
                    "device index " + deviceIndex + " on " + instanceId + " is taken by "
                            + taken.get().networkInterfaceId() + " ("
                            + taken.get().attachmentStatus() + ")",
                    null);
        }
        return target.describe() + ": accepts an attachment, " + zoneChecked + ", device index " + deviceIndex
                + " free";
    }

    /**
     * The instance as {@code DescribeInstances} shows it now.
     *
     * @throws MoveTargetException {@code INSTANCE_EXISTS} when EC2 does not know it, {@code PERMISSION}
     *     when the caller may not describe instances
     */
    Instance describe(String instanceId, Duration timeout) {
        try {
            return calls.call(DescribeInstancesOperation.INSTANCE, DescribeInstancesRequest.byId(instanceId), timeout)
                    .find(instanceId)
                    .orElseThrow(() -> new MoveTargetException(
                            Check.INSTANCE_EXISTS, instanceId + " is not in the DescribeInstances answer", null));
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("UnauthorizedOperation")) {
                throw new MoveTargetException(
                        Check.PERMISSION,
                        "the caller may not call ec2:DescribeInstances, so " + instanceId + " cannot be checked."
                                + " Grant that permission, or turn the checks off (--no-verify-target,"
                                + " verifyTarget(false)) to move without them",
                        e);
            }
            if (e.isErrorCode("InvalidInstanceID.NotFound") || e.isErrorCode("InvalidInstanceID.Malformed")) {
                throw new MoveTargetException(
                        Check.INSTANCE_EXISTS, "instance " + instanceId + " does not exist (" + e.errorCode() + ")", e);
            }
            throw e;
        }
    }
}
