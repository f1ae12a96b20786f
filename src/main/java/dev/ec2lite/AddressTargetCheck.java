package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds and checks the target of an Elastic IP move before anything changes: the interface (an
 * instance's is its primary one, at device index 0) exists, the private address is one of its own,
 * and it is in the VPC where the address is used now.
 */
final class AddressTargetCheck {
    /** The interface and private address the Elastic IP is to be associated with. */
    record Target(String networkInterfaceId, String privateIpAddress, String vpcId) {
        String describe() {
            return networkInterfaceId + " " + privateIpAddress + " in " + vpcId;
        }
    }

    private final Ec2Calls calls;

    AddressTargetCheck(Ec2Calls calls) {
        this.calls = calls;
    }

    /**
     * The interface and address the request points at.
     *
     * @throws MoveTargetException when the instance or interface does not exist, the address is not on
     *     the interface, or the caller may not describe them
     */
    Target resolve(MoveAddressRequest request, Duration timeout) {
        String interfaceId;
        if (request.instanceId().isPresent()) {
            String instanceId = request.instanceId().get();
            Instance instance = new MoveTargetVerifier(calls).describe(instanceId, timeout);
            interfaceId = instance.interfaceAt(0, 0)
                    .map(Instance.InstanceNetworkInterface::networkInterfaceId)
                    .orElseThrow(() -> new MoveTargetException(
                            Check.INSTANCE_EXISTS,
                            instanceId + " (" + instance.state().name() + ") has no primary network interface",
                            null));
        } else {
            interfaceId = request.networkInterfaceId().orElseThrow();
        }
        NetworkInterface eni = describeInterface(interfaceId, timeout)
                .orElseThrow(() -> new MoveTargetException(
                        Check.INTERFACE_EXISTS, interfaceId + " is not in the DescribeNetworkInterfaces answer", null));
        String address = request.privateIpAddress().orElse(eni.privateIpAddress());
        boolean own = eni.privateIpAddresses().stream()
                        .anyMatch(ip -> ip.privateIpAddress().equals(address))
                || eni.privateIpAddress().equals(address);
        if (!own) {
            throw new MoveTargetException(
                    Check.INTERFACE_EXISTS,
                    address + " is not a private address of " + interfaceId + " (it has "
                            + eni.privateIpAddresses().stream()
                                    .map(NetworkInterface.PrivateIpAddress::privateIpAddress)
                                    .toList()
                            + ")",
                    null);
        }
        return new Target(interfaceId, address, eni.vpcId());
    }

    /**
     * Checks that the target is in the VPC of the interface the address is associated with now. An
     * address associated with nothing has no VPC to compare: any VPC of the region can take it, which
     * the returned detail says.
     *
     * @return what was checked, for the progress output
     * @throws MoveTargetException (check {@code SAME_VPC}) when the VPCs differ
     */
    String checkSameVpc(ElasticIpAddress address, Target target, Duration timeout) {
        Optional<String> current = address.networkInterfaceId();
        if (current.isEmpty()) {
            return target.describe() + "; the address is associated with nothing, so there is no VPC to compare";
        }
        Optional<String> currentVpc;
        try {
            currentVpc = describeInterface(current.get(), timeout)
                    .map(NetworkInterface::vpcId)
                    .filter(vpc -> !vpc.isEmpty());
        } catch (MoveTargetException e) {
            if (e.check() != Check.INTERFACE_EXISTS) {
                throw e;
            }
            currentVpc = Optional.empty(); // deleted under the association: nothing left to compare with
        }
        if (currentVpc.isEmpty()) {
            return target.describe() + "; VPC not compared (" + current.get() + " could not be described)";
        }
        if (!currentVpc.get().equals(target.vpcId())) {
            throw new MoveTargetException(
                    Check.SAME_VPC,
                    target.networkInterfaceId() + " is in " + target.vpcId() + " but " + address.publicIp()
                            + " serves " + current.get() + " in " + currentVpc.get()
                            + "; a fail-over pair lives in one VPC",
                    null);
        }
        return target.describe() + ", the VPC the address serves now";
    }

    private Optional<NetworkInterface> describeInterface(String interfaceId, Duration timeout) {
        try {
            return DescribeNetworkInterfacesOperation.one(calls, interfaceId, timeout);
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("UnauthorizedOperation")) {
                throw new MoveTargetException(
                        Check.PERMISSION,
                        "the caller may not call ec2:DescribeNetworkInterfaces, so " + interfaceId
                                + " cannot be checked. Grant that permission, or turn the checks off"
                                + " (--no-verify-target, verifyTarget(false)) to move without them",
                        e);
            }
            if (e.isErrorCode("InvalidNetworkInterfaceID.NotFound")
                    || e.isErrorCode("InvalidNetworkInterfaceID.Malformed")) {
                throw new MoveTargetException(
                        Check.INTERFACE_EXISTS,
                        "network interface " + interfaceId + " does not exist (" + e.errorCode() + ")",
                        e);
            }
            throw e;
        }
    }
}
