package dev.ec2lite.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules EC2 applies to secondary private IPv4 addresses ({@code AssignPrivateIpAddresses}, {@code
 * UnassignPrivateIpAddresses}), on the address lists the model keeps per interface. Called by {@link
 * Ec2Model} under its lock; each action checks every address before it changes any, so a refused
 * request changes nothing.
 *
 * <p>As EC2 documents: an address moved with {@code AllowReassignment} takes its Elastic IP
 * association along; an address released from its interface loses its Elastic IP association. Where
 * EC2's documentation is silent: an address the target already has is accepted and left as it is; a
 * primary address is never taken from its interface ({@code InvalidIPAddress.InUse}, whatever {@code
 * AllowReassignment} says); there is no per-instance-type limit on the number of addresses.
 */
final class SecondaryPrivateIps {
    /** The {@code DescribeNetworkInterfaces} filters on an interface's private addresses. */
    static final Set<String> FILTERS = Set.of("addresses.private-ip-address", "private-ip-address");

    /** Each subnet is a /24: EC2 keeps its first four addresses and its last one for itself. */
    private static final int FIRST_USABLE = 4;

    private static final int LAST_USABLE = 254;

    /**
     * One interface as these rules see it: its VPC, the first three octets of its subnet (with the
     * dot), and the model's own list of its addresses, which the rules change in place.
     */
    record Addresses(
            String networkInterfaceId, String vpcId, String subnetPrefix, List<LocalEc2State.PrivateIp> privateIps) {
        Optional<LocalEc2State.PrivateIp> find(String address) {
            return privateIps.stream()
                    .filter(ip -> ip.address().equals(address))
                    .findFirst();
        }
    }

    private SecondaryPrivateIps() {}

    /** The values the address filters compare: every private address of the interface. */
    static List<String> filterValues(LocalEc2State.NetworkInterface eni) {
        return eni.privateIpAddresses().stream()
                .map(LocalEc2State.PrivateIp::address)
                .toList();
    }

    /**
     * {@code AssignPrivateIpAddresses}: the named {@code addresses}, or {@code count} free ones picked
     * in the subnet; returns the addresses assigned.
     *
     * @param all every interface, to find where an address is now (in the target's VPC only)
     */
    static List<String> assign(
            Addresses target, List<Addresses> all, List<String> addresses, Optional<Integer> count, boolean reassign) {
        if (!addresses.isEmpty() && count.isPresent()) {
            throw ServiceError.invalidParameterCombination(
                    "You may specify either secondaryPrivateIpAddressCount or privateIpAddresses, but not both.");
        }
        if (addresses.isEmpty() && count.isEmpty()) {
            throw ServiceError.missingParameter("PrivateIpAddress or SecondaryPrivateIpAddressCount");
        }
        List<Addresses> vpc =
                all.stream().filter(eni -> eni.vpcId().equals(target.vpcId())).toList();
        if (count.isPresent()) {
            return assignFree(target, vpc, count.get());
        }
        Map<String, Addresses> takenFrom = new LinkedHashMap<>();
        for (String address : addresses) {
            checkInSubnet(target, address);
            for (Addresses holder : vpc) {
                if (holder.networkInterfaceId().equals(target.networkInterfaceId())) {
                    continue;
                }
                Optional<LocalEc2State.PrivateIp> there = holder.find(address);
                if (there.isPresent() && (there.get().primary() || !reassign)) {
                    throw inUse(address);
                }
                there.ifPresent(ip -> takenFrom.put(address, holder));
            }
        }
        for (String address : addresses) {
            if (target.find(address).isPresent()) {
                continue;
            }
            Addresses from = takenFrom.get(address);
            Optional<LocalEc2State.ElasticIp> elasticIp = Optional.empty();
            if (from != null) {
                LocalEc2State.PrivateIp moved = from.find(address).orElseThrow();
                from.privateIps().remove(moved);
                // EC2 moves the Elastic IP associated with a reassigned address along with it.
                elasticIp = moved.elasticIp();
            }
            target.privateIps().add(new LocalEc2State.PrivateIp(address, false, elasticIp));
        }
        return List.copyOf(addresses);
    }

    /** {@code count} addresses nobody in the VPC has, lowest first. */
    private static List<String> assignFree(Addresses target, List<Addresses> vpc, int count) {
        if (count < 1) {
            throw ServiceError.invalidParameterValue(
                    "Value (" + count + ") for parameter secondaryPrivateIpAddressCount is invalid.");
        }
        List<String> picked = new ArrayList<>();
        for (int host = FIRST_USABLE; host <= LAST_USABLE && picked.size() < count; host++) {
            String address = target.subnetPrefix() + host;
            if (vpc.stream().noneMatch(eni -> eni.find(address).isPresent())) {
                picked.add(address);
            }
        }
        if (picked.size() < count) {
            throw new ServiceError(
                    400,
                    "InsufficientFreeAddressesInSubnet",
                    "The specified subnet does not have enough free addresses to satisfy the request.");
        }
        for (String address : picked) {
            target.privateIps().add(new LocalEc2State.PrivateIp(address, false, Optional.empty()));
        }
        return picked;
    }

    /** {@code UnassignPrivateIpAddresses}: every address must be a secondary one of the interface. */
    static void unassign(Addresses eni, List<String> addresses) {
        if (addresses.isEmpty()) {
            throw ServiceError.missingParameter("PrivateIpAddress");
        }
        for (String address : addresses) {
            Optional<LocalEc2State.PrivateIp> ip = eni.find(address);
            if (ip.isEmpty()) {
                throw ServiceError.invalidParameterValue(
                        "Some of the specified addresses are not assigned to interface " + eni.networkInterfaceId());
            }
            if (ip.get().primary()) {
                throw ServiceError.invalidParameterValue("The primary private IP address " + address + " of "
                        + eni.networkInterfaceId() + " cannot be unassigned.");
            }
        }
        // Its Elastic IP association (if any) ends with the address.
        eni.privateIps().removeIf(ip -> addresses.contains(ip.address()));
    }

    private static void checkInSubnet(Addresses target, String address) {
        String prefix = target.subnetPrefix();
        int host = address.startsWith(prefix) ? hostNumber(address.substring(prefix.length())) : -1;
        if (host < 0) {
            throw ServiceError.invalidParameterValue(
                    "Address " + address + " does not fall within the subnet's address range");
        }
        if (host < FIRST_USABLE || host > LAST_USABLE) {
            throw ServiceError.invalidParameterValue("Address " + address + " is reserved by AWS in its subnet");
        }
    }

    /** The last octet of a well-formed address; -1 when it is not one. */
    private static int hostNumber(String text) {
        if (text.isEmpty() || text.length() > 3 || (text.length() > 1 && text.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int value = Integer.parseInt(text);
        return value <= 255 ? value : -1;
    }

    private static ServiceError inUse(String address) {
        return new ServiceError(400, "InvalidIPAddress.InUse", "Address " + address + " is in use.");
    }
}
