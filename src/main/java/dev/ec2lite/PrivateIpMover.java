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
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Moves a secondary private IP to another interface, the fail-over of Pacemaker's {@code awsvip}:
 * find the interface that has the address, check the target, reassign ({@code
 * AssignPrivateIpAddresses} with {@code AllowReassignment}), then describe again until the address
 * shows on the target and no longer on the source (EC2 remaps asynchronously).
 *
 * <p>Never worse than doing nothing: the address must be a secondary one of some interface, and the
 * target must exist in that interface's subnet (an address belongs to its subnet's CIDR), all checked
 * before the reassignment. One deadline bounds the whole move. An address already on the target is
 * "already done": nothing is changed.
 */
final class PrivateIpMover {
    /** The state look-up after a failure may overrun the deadline by this much, no more. */
    private static final Duration STATE_LOOKUP_TIMEOUT = Duration.ofSeconds(5);
    /** EC2's filter for any private IPv4 address of an interface, primary or secondary. */
    static final String ADDRESS_FILTER = "addresses.private-ip-address";

    private final Ec2Calls calls;
    private final Poller poller;
    private final LongSupplier nanoTime;

    PrivateIpMover(Ec2Calls calls, Poller poller, LongSupplier nanoTime) {
        this.calls = calls;
        this.poller = poller;
        this.nanoTime = nanoTime;
    }

    MovePrivateIpResponse move(MovePrivateIpRequest request, MoveListener listener) {
        String ip = request.privateIpAddress();
        String target = request.networkInterfaceId();
        MoveDeadline deadline = MoveDeadline.start(request.deadline(), nanoTime);
        Step step = Step.LOOK_UP;
        try {
            deadline.check(step);
            List<NetworkInterface> holders = holders(ip, deadline.callTimeout());
            if (holders.isEmpty()) {
                throw new MoveTargetException(
                        Check.SOURCE_EXISTS,
                        ip + " is on no interface, so its subnet is unknown; assign it with"
                                + " AssignPrivateIpAddresses instead of moving it",
                        null);
            }
            listener.onStep(step, describe(ip, holders));
            Optional<NetworkInterface> onTarget = on(holders, target);
            if (onTarget.isPresent()) {
                listener.onStep(Step.DONE, ip + " is already on " + target + ": nothing to change");
                return new MovePrivateIpResponse(
                        ip, target, Optional.empty(), association(onTarget.get(), ip), onTarget.get());
            }

            step = Step.VERIFY_TARGET;
            deadline.check(step);
            NetworkInterface source;
            if (request.verifyTarget()) {
                NetworkInterface targetEni = describeTarget(target, deadline.callTimeout());
                source = sourceInVpc(holders, ip, targetEni);
                checkSecondary(source, ip);
                if (!source.subnetId().equals(targetEni.subnetId())) {
                    throw new MoveTargetException(
                            Check.SAME_SUBNET,
                            target + " is in " + targetEni.subnetId() + " but " + ip + " belongs to "
                                    + source.subnetId() + " (on " + source.networkInterfaceId()
                                    + "); an address can only move within its subnet",
                            null);
                }
                listener.onStep(
                        step,
                        target + " exists in " + targetEni.vpcId() + ", same subnet " + targetEni.subnetId() + "; " + ip
                                + " is a secondary address of " + source.networkInterfaceId());
            } else {
                source = onlyHolder(holders, ip);
                checkSecondary(source, ip);
                listener.onStep(
                        step,
                        "skipped: the target checks were turned off (" + ip + " is a secondary address of "
                                + source.networkInterfaceId() + ")");
            }

            step = Step.ASSIGN_PRIVATE_IP;
            deadline.check(step);
            AssignPrivateIpAddressesResponse assigned = calls.call(
                    AssignPrivateIpAddressesOperation.INSTANCE,
                    AssignPrivateIpAddressesRequest.reassign(target, ip),
                    deadline.callTimeout());
            listener.onStep(
                    step,
                    ip + " reassigned from " + source.networkInterfaceId() + " to " + target + ", request id "
                            + assigned.requestId().orElse("none"));

            step = Step.VERIFY_RESULT;
            deadline.check(step);
            String from = source.networkInterfaceId();
            List<NetworkInterface> now = poller.until(
                    ip + " to be on " + target + " and not on " + from,
                    timeout -> Optional.of(holders(ip, timeout)),
                    seen -> on(seen, target).isPresent() && on(seen, from).isEmpty(),
                    seen -> describe(ip, seen),
                    deadline.bound(request.waiting()));
            NetworkInterface there = on(now, target).orElseThrow();
            listener.onStep(step, describe(ip, now));
            listener.onStep(Step.DONE, ip + " is on " + target);
            return new MovePrivateIpResponse(ip, target, Optional.of(from), association(there, ip), there);
        } catch (Ec2Exception | IllegalStateException e) {
            RuntimeException reason =
                    !(e instanceof MoveDeadlineException) && deadline.explains(e) ? deadline.during(step, e) : e;
            // A wait that gave up has just seen the state; describing again would only add delay.
            String state = e instanceof Ec2WaiterException waited ? waited.lastState() : stateNow(ip);
            throw new MoveException(
                    step.name(), state, "moving " + ip + " to " + target + " failed: " + reason.getMessage(), reason);
        }
    }

    /** The interfaces that list {@code ip} among their private addresses, every page. */
    private List<NetworkInterface> holders(String ip, Duration timeout) {
        DescribeNetworkInterfacesRequest byAddress = DescribeNetworkInterfacesRequest.builder()
                .filter(ADDRESS_FILTER, ip)
                .build();
        // The filter is EC2's; checking the addresses again keeps a loose answer from moving the wrong one.
        return DescribeNetworkInterfacesOperation.allPages(calls, byAddress, timeout).networkInterfaces().stream()
                .filter(eni -> address(eni, ip).isPresent())
                .toList();
    }

    private static Optional<NetworkInterface.PrivateIpAddress> address(NetworkInterface eni, String ip) {
        return eni.privateIpAddresses().stream()
                .filter(address -> address.privateIpAddress().equals(ip))
                .findFirst();
    }

    private static Optional<NetworkInterface.IpAssociation> association(NetworkInterface eni, String ip) {
        return address(eni, ip).flatMap(NetworkInterface.PrivateIpAddress::association);
    }

    private static Optional<NetworkInterface> on(List<NetworkInterface> holders, String networkInterfaceId) {
        return holders.stream()
                .filter(eni -> eni.networkInterfaceId().equals(networkInterfaceId))
                .findFirst();
    }

    /** "10.0.1.100 on eni-… (secondary, Elastic IP 203.0.113.10)", for progress and failure messages. */
    static String describe(String ip, List<NetworkInterface> holders) {
        if (holders.isEmpty()) {
            return ip + " is on no interface";
        }
        return ip + " on "
                + holders.stream()
                        .map(eni -> eni.networkInterfaceId()
                                + " (" + (address(eni, ip).orElseThrow().primary() ? "primary" : "secondary")
                                + association(eni, ip)
                                        .map(eip -> ", Elastic IP " + eip.publicIp())
                                        .orElse("")
                                + ", " + eni.subnetId() + ")")
                        .collect(Collectors.joining(", "));
    }

    private NetworkInterface describeTarget(String target, Duration timeout) {
        try {
            return DescribeNetworkInterfacesOperation.one(calls, target, timeout)
                    .orElseThrow(() -> new MoveTargetException(
                            Check.INTERFACE_EXISTS, target + " is not in the DescribeNetworkInterfaces answer", null));
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("InvalidNetworkInterfaceID.NotFound")
                    || e.isErrorCode("InvalidNetworkInterfaceID.Malformed")) {
                throw new MoveTargetException(
                        Check.INTERFACE_EXISTS, "interface " + target + " does not exist (" + e.errorCode() + ")", e);
            }
            throw e;
        }
    }

    /** The holder in the target's VPC: the same address may exist once in each VPC. */
    private static NetworkInterface sourceInVpc(List<NetworkInterface> holders, String ip, NetworkInterface target) {
        List<NetworkInterface> inVpc = holders.stream()
                .filter(eni -> eni.vpcId().equals(target.vpcId()))
                .toList();
        if (inVpc.isEmpty()) {
            throw new MoveTargetException(
                    Check.SAME_VPC,
                    target.networkInterfaceId() + " is in " + target.vpcId() + " but " + describe(ip, holders)
                            + " is in " + holders.get(0).vpcId() + "; an address cannot leave its VPC",
                    null);
        }
        return inVpc.get(0);
    }

    /** Without the target's VPC, only an address on exactly one interface names its source. */
    private static NetworkInterface onlyHolder(List<NetworkInterface> holders, String ip) {
        if (holders.size() > 1) {
            throw new MoveTargetException(
                    Check.SOURCE_EXISTS,
                    describe(ip, holders) + ": one in each of several VPCs; the target checks (turned off)"
                            + " would pick the one in the target's VPC",
                    null);
        }
        return holders.get(0);
    }

    private static void checkSecondary(NetworkInterface source, String ip) {
        if (address(source, ip).orElseThrow().primary()) {
            throw new MoveTargetException(
                    Check.SECONDARY_ADDRESS,
                    ip + " is the primary private IP of " + source.networkInterfaceId()
                            + "; a primary address stays with its interface (move the interface instead)",
                    null);
        }
    }

    /** Where the address is, for a failure message, within a few seconds; never throws. */
    private String stateNow(String ip) {
        try {
            return describe(ip, holders(ip, STATE_LOOKUP_TIMEOUT));
        } catch (RuntimeException e) {
            return "unknown (" + ip + " could not be looked up: " + e.getMessage() + ")";
        }
    }
}
