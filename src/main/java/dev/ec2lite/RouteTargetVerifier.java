package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the target of a route move before any route is replaced: it exists, it can take a route (an
 * instance not terminated, with exactly one interface, as EC2 requires of an instance target), and it
 * is in the VPC of every route table, which EC2 would otherwise refuse table by table.
 */
final class RouteTargetVerifier {
    private final Ec2Calls calls;
    private final MoveTargetVerifier instances;

    RouteTargetVerifier(Ec2Calls calls, MoveTargetVerifier instances) {
        this.calls = calls;
        this.instances = instances;
    }

    /**
     * @return what was checked, for the progress output
     * @throws MoveTargetException naming the check that failed
     */
    String verify(RouteTarget target, List<RouteTable> tables, Duration timeout) {
        String vpcId = switch (target.kind()) {
            case NETWORK_INTERFACE -> networkInterfaceVpc(target.id(), timeout);
            case INSTANCE -> instanceVpc(target.id(), timeout);
        };
        for (RouteTable table : tables) {
            if (!table.vpcId().equals(vpcId)) {
                throw new MoveTargetException(
                        Check.SAME_VPC,
                        "route table " + table.routeTableId() + " is in " + table.vpcId() + " but " + target
                                + " is in " + (vpcId.isEmpty() ? "no VPC" : vpcId)
                                + "; a route can only point at a target in its table's VPC",
                        null);
            }
        }
        return target + " in " + vpcId + ", the VPC of "
                + tables.stream().map(RouteTable::routeTableId).collect(Collectors.joining(", "));
    }

    private String networkInterfaceVpc(String networkInterfaceId, Duration timeout) {
        try {
            return DescribeNetworkInterfacesOperation.one(calls, networkInterfaceId, timeout)
                    .orElseThrow(() -> new MoveTargetException(
                            Check.INTERFACE_EXISTS,
                            networkInterfaceId + " is not in the DescribeNetworkInterfaces answer",
                            null))
                    .vpcId();
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("UnauthorizedOperation")) {
                throw new MoveTargetException(
                        Check.PERMISSION,
                        "the caller may not call ec2:DescribeNetworkInterfaces, so " + networkInterfaceId
                                + " cannot be checked. Grant that permission, or turn the checks off"
                                + " (--no-verify-target, verifyTarget(false)) to move without them",
                        e);
            }
            if (e.isErrorCode("InvalidNetworkInterfaceID.NotFound")
                    || e.isErrorCode("InvalidNetworkInterfaceID.Malformed")) {
                throw new MoveTargetException(
                        Check.INTERFACE_EXISTS,
                        "network interface " + networkInterfaceId + " does not exist (" + e.errorCode() + ")",
                        e);
            }
            throw e;
        }
    }

    private String instanceVpc(String instanceId, Duration timeout) {
        Instance instance = instances.describe(instanceId, timeout);
        if (instance.state().name().equals(Instance.State.TERMINATED)
                || instance.state().name().equals(Instance.State.SHUTTING_DOWN)) {
            throw new MoveTargetException(
                    Check.INSTANCE_STATE,
                    instanceId + " is " + instance.state().name() + "; a route to it would lead nowhere",
                    null);
        }
        if (instance.networkInterfaces().size() != 1) {
            // EC2 refuses an instance target with several interfaces (InvalidInstanceID): it cannot tell which.
            throw new MoveTargetException(
                    Check.INTERFACE_EXISTS,
                    instanceId + " has " + instance.networkInterfaces().size() + " network interfaces; EC2 routes to"
                            + " an instance only when it has exactly one. Name the interface instead"
                            + " (--network-interface-id, networkInterfaceId(…))",
                    null);
        }
        return instance.vpcId().orElse("");
    }
}
