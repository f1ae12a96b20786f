package dev.ec2lite.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The endpoint's Elastic IP addresses and EC2's rules for associating them. Not thread-safe on its
 * own: {@link Ec2Model} calls it under its one lock and answers its questions about the network.
 *
 * <p>An association is kept as the VPC and private address it serves, not as an interface: the
 * interface that holds that private address now is the one the address is associated with, so an
 * address follows its private address when that is reassigned to another interface (as in EC2), and
 * an association whose private address is no longer held by any interface has ended (EC2
 * disassociates the address when its private address is unassigned).
 *
 * <p>Decisions where the EC2 documentation is silent or has changed: without {@code
 * AllowReassociation=true} an address associated elsewhere is refused with {@code
 * Resource.AlreadyAssociated} (the API reference now calls reassociation automatic in a VPC, but
 * refusal is the strict reading and what callers have long met); a target private address that
 * already carries another Elastic IP is refused the same way unless reassociation is allowed, which
 * then ends the other association; an association asked for again to the same place is answered with
 * its existing id; {@code DisassociateAddress} of an association that has ended succeeds again
 * (EC2 calls the action idempotent), one that never existed is {@code InvalidAssociationID.NotFound}.
 */
final class ElasticIpTable {
    static final String ALLOCATION_STEM = "eipalloc-0a1b2c3d4e5f6";
    static final String ASSOCIATION_STEM = "eipassoc-0a1b2c3d4e5f6";

    /** What the table asks of the network, answered from the model's current views. */
    interface Network {
        Optional<LocalEc2State.NetworkInterface> networkInterface(String networkInterfaceId);

        Optional<LocalEc2State.Instance> instance(String instanceId);

        /** The interface in {@code vpcId} that holds {@code privateIp}, if any does. */
        Optional<LocalEc2State.NetworkInterface> holder(String vpcId, String privateIp);
    }

    /** The target and options of one {@code AssociateAddress}. */
    record Association(
            String allocationId,
            Optional<String> instanceId,
            Optional<String> networkInterfaceId,
            Optional<String> privateIpAddress,
            boolean allowReassociation) {}

    private static final class Row {
        final String allocationId;
        final String publicIp;
        String associationId; // null while not associated
        String vpcId;
        String privateIp;

        Row(String allocationId, String publicIp) {
            this.allocationId = allocationId;
            this.publicIp = publicIp;
        }

        boolean serves(String vpc, String ip) {
            return associationId != null && vpcId.equals(vpc) && privateIp.equals(ip);
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Set<String> endedAssociations = new HashSet<>();
    private int nextAllocation = 1;
    private int nextAssociation = 1;

    /** Allocates {@code publicIp}; returns its allocation id. */
    String allocate(String publicIp) {
        for (Row row : rows.values()) {
            if (row.publicIp.equals(publicIp)) {
                throw new IllegalArgumentException(publicIp + " is already allocated as " + row.allocationId);
            }
        }
        String id = ALLOCATION_STEM + counter(nextAllocation++);
        rows.put(id, new Row(id, publicIp));
        return id;
    }

    /** Associates an address with a private address in a VPC at once, for seeding; returns the association id. */
    String associateNow(String allocationId, String vpcId, String privateIp) {
        Row row = rows.get(allocationId);
        if (row == null) {
            throw new IllegalArgumentException("no such allocation: " + allocationId);
        }
        return associate(row, vpcId, privateIp);
    }

    /** The Elastic IP serving {@code privateIp} in {@code vpcId}, for the interface views. */
    Optional<LocalEc2State.ElasticIp> associationOf(String vpcId, String privateIp) {
        for (Row row : rows.values()) {
            if (row.serves(vpcId, privateIp)) {
                return Optional.of(new LocalEc2State.ElasticIp(row.publicIp, row.allocationId, row.associationId));
            }
        }
        return Optional.empty();
    }

    /** {@code privateIps} with each one's Elastic IP as this table knows it. */
    List<LocalEc2State.PrivateIp> withAssociations(String vpcId, List<LocalEc2State.PrivateIp> privateIps) {
        List<LocalEc2State.PrivateIp> shown = new ArrayList<>(privateIps.size());
        for (LocalEc2State.PrivateIp ip : privateIps) {
            shown.add(new LocalEc2State.PrivateIp(ip.address(), ip.primary(), associationOf(vpcId, ip.address())));
        }
        return shown;
    }

    /** {@code AssociateAddress}; returns the association id. Validation comes before the dry run. */
    String associate(Association call, boolean dryRun, Network network) {
        endOrphans(network);
        Row row = rows.get(call.allocationId());
        if (row == null) {
            throw allocationNotFound(List.of(call.allocationId()));
        }
        LocalEc2State.NetworkInterface eni = target(call, network);
        String ip = call.privateIpAddress().orElse(eni.privateIpAddress());
        if (eni.privateIpAddresses().stream().noneMatch(own -> own.address().equals(ip))) {
            throw ServiceError.invalidParameterValue("The private IP address " + ip
                    + " is not assigned to the network interface " + eni.networkInterfaceId() + ".");
        }
        if (row.serves(eni.vpcId(), ip)) {
            if (dryRun) {
                throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
            }
            return row.associationId;
        }
        if (row.associationId != null && !call.allowReassociation()) {
            throw alreadyAssociated(row);
        }
        Optional<Row> other = rows.values().stream()
                .filter(candidate -> candidate.serves(eni.vpcId(), ip))
                .findFirst();
        if (other.isPresent() && !call.allowReassociation()) {
            throw alreadyAssociated(other.get());
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        other.ifPresent(this::end);
        return associate(row, eni.vpcId(), ip);
    }

    /** {@code DisassociateAddress}. */
    void disassociate(String associationId, boolean dryRun, Network network) {
        endOrphans(network);
        Optional<Row> row = rows.values().stream()
                .filter(candidate -> associationId.equals(candidate.associationId))
                .findFirst();
        if (row.isEmpty() && !endedAssociations.contains(associationId)) {
            throw new ServiceError(
                    400, "InvalidAssociationID.NotFound", "The association ID '" + associationId + "' does not exist");
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        row.ifPresent(this::end);
    }

    /**
     * {@code DescribeAddresses}: the addresses with the given allocation ids and public addresses (all
     * when none), that pass every filter (a filter passes when any of its values matches).
     */
    List<LocalEc2State.Address> describe(
            List<String> allocationIds, List<String> publicIps, List<QueryParameters.Filter> filters, Network network) {
        endOrphans(network);
        List<String> unknown = allocationIds.stream()
                .filter(id -> !rows.containsKey(id))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw allocationNotFound(unknown);
        }
        for (String ip : publicIps) {
            if (rows.values().stream().noneMatch(row -> row.publicIp.equals(ip))) {
                throw new ServiceError(400, "InvalidAddress.NotFound", "Address '" + ip + "' not found.");
            }
        }
        List<Function<LocalEc2State.Address, Optional<String>>> fields = new ArrayList<>();
        for (QueryParameters.Filter filter : filters) {
            fields.add(filterField(filter.name()));
            if (filter.values().isEmpty()) {
                throw ServiceError.missingParameter("Filter.Value for filter '" + filter.name() + "'");
            }
        }
        List<LocalEc2State.Address> matching = new ArrayList<>();
        for (LocalEc2State.Address address : all(network)) {
            boolean passes = (allocationIds.isEmpty() || allocationIds.contains(address.allocationId()))
                    && (publicIps.isEmpty() || publicIps.contains(address.publicIp()));
            for (int i = 0; i < filters.size() && passes; i++) {
                Optional<String> field = fields.get(i).apply(address);
                passes = field.isPresent() && filters.get(i).values().contains(field.get());
            }
            if (passes) {
                matching.add(address);
            }
        }
        return matching;
    }

    /** Every address, in allocation order, with what it serves now. */
    List<LocalEc2State.Address> all(Network network) {
        endOrphans(network);
        List<LocalEc2State.Address> views = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            Optional<LocalEc2State.NetworkInterface> holder =
                    row.associationId == null ? Optional.empty() : network.holder(row.vpcId, row.privateIp);
            views.add(new LocalEc2State.Address(
                    row.publicIp,
                    row.allocationId,
                    Optional.ofNullable(row.associationId),
                    holder.flatMap(LocalEc2State.NetworkInterface::attachment)
                            .map(LocalEc2State.Attachment::instanceId),
                    holder.map(LocalEc2State.NetworkInterface::networkInterfaceId),
                    holder.map(eni -> row.privateIp)));
        }
        return views;
    }

    /** The filters EC2 documents for this action that the endpoint understands. */
    private static Function<LocalEc2State.Address, Optional<String>> filterField(String name) {
        return switch (name) {
            case "allocation-id" -> a -> Optional.of(a.allocationId());
            case "association-id" -> LocalEc2State.Address::associationId;
            case "domain" -> a -> Optional.of("vpc");
            case "instance-id" -> LocalEc2State.Address::instanceId;
            case "network-interface-id" -> LocalEc2State.Address::networkInterfaceId;
            case "network-interface-owner-id" -> a -> a.networkInterfaceId().map(eni -> Ec2Responses.OWNER_ID);
            case "private-ip-address" -> LocalEc2State.Address::privateIpAddress;
            case "public-ip" -> a -> Optional.of(a.publicIp());
            default -> throw ServiceError.invalidParameterValue("The filter '" + name + "' is invalid");
        };
    }

    /** The interface an association targets: the one named, or the instance's only one. */
    private static LocalEc2State.NetworkInterface target(Association call, Network network) {
        if (call.instanceId().isPresent() && call.networkInterfaceId().isPresent()) {
            throw ServiceError.invalidParameterCombination(
                    "You may specify either an instance ID or a network interface ID, not both.");
        }
        if (call.networkInterfaceId().isPresent()) {
            String id = call.networkInterfaceId().get();
            return network.networkInterface(id)
                    .orElseThrow(() -> new ServiceError(
                            400,
                            "InvalidNetworkInterfaceID.NotFound",
                            "The networkInterface ID '" + id + "' does not exist"));
        }
        String instanceId = call.instanceId().orElseThrow(() -> ServiceError.missingParameter("instanceId"));
        LocalEc2State.Instance instance = network.instance(instanceId)
                .orElseThrow(() -> new ServiceError(
                        400, "InvalidInstanceID.NotFound", "The instance ID '" + instanceId + "' does not exist"));
        if (instance.networkInterfaces().size() > 1) {
            throw new ServiceError(
                    400,
                    "InvalidInstanceID",
                    "There are multiple interfaces attached to instance '" + instanceId
                            + "'. Please specify an interface ID for the operation instead.");
        }
        if (instance.networkInterfaces().isEmpty()) {
            throw new ServiceError(
                    400,
                    "InvalidInstanceID",
                    "The instance '" + instanceId + "' has no network interface to associate an address with.");
        }
        return instance.networkInterfaces().get(0);
    }

    private String associate(Row row, String vpcId, String privateIp) {
        if (row.associationId != null) {
            endedAssociations.add(row.associationId);
        }
        row.associationId = ASSOCIATION_STEM + counter(nextAssociation++);
        row.vpcId = vpcId;
        row.privateIp = privateIp;
        return row.associationId;
    }

    private void end(Row row) {
        endedAssociations.add(row.associationId);
        row.associationId = null;
        row.vpcId = null;
        row.privateIp = null;
    }

    /** Ends the associations whose private address no interface holds any more. */
    void endOrphans(Network network) {
        for (Row row : rows.values()) {
            if (row.associationId != null
                    && network.holder(row.vpcId, row.privateIp).isEmpty()) {
                end(row);
            }
        }
    }

    private static ServiceError alreadyAssociated(Row row) {
        return new ServiceError(
                400,
                "Resource.AlreadyAssociated",
                "resource " + row.allocationId + " is already associated with associate-id " + row.associationId);
    }

    private static ServiceError allocationNotFound(List<String> ids) {
        String message = ids.size() == 1
                ? "The allocation ID '" + ids.get(0) + "' does not exist"
                : "The allocation IDs '" + String.join(", ", ids) + "' do not exist";
        return new ServiceError(400, "InvalidAllocationID.NotFound", message);
    }

    private static String counter(int number) {
        if (number < 1 || number > 0xFFFF) {
            throw new IllegalStateException("address counter out of range: " + number);
        }
        return String.format(Locale.ROOT, "%04x", number);
    }
}
