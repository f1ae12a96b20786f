package dev.ec2lite.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The endpoint's resources and the rules EC2 applies to them: instances, network interfaces and
 * their attachments. Thread-safe: every method holds the one lock, so each request sees and leaves a
 * consistent state.
 *
 * <p>Transitions take time, measured on the injected clock and applied lazily whenever the state is
 * read: an attachment is {@code attaching} for the attach delay, then {@code attached}; after a
 * detach it is {@code detaching} for the detach delay, then {@code detached}, and its interface is
 * {@code available} again with no attachment.
 *
 * <p>Decisions where the EC2 documentation is silent (see the class Javadoc of {@link
 * LocalEc2Endpoint}): a {@code stopped} instance stands for a failed one that never acknowledges the
 * hot-unplug, so a detach without {@code Force} is accepted but stays {@code detaching} until {@code
 * Force} is used or the instance runs again; detaching an attachment that is already {@code
 * detaching} is accepted again (with {@code Force} it un-sticks it); an attachment that is {@code
 * detached} no longer exists ({@code InvalidAttachmentID.NotFound}). Validation comes before the dry
 * run, so a dry run with an unknown id fails as the real call would.
 */
final class Ec2Model {
    static final String DRY_RUN_MESSAGE = "Request would have succeeded, but DryRun flag is set.";

    /** The VPC everything is in unless added to the other one. */
    static final String VPC_ID = "vpc-0a1b2c3d4e5f60001";
    /** A second VPC, so that tests can show a check refusing a target elsewhere. */
    static final String OTHER_VPC_ID = "vpc-0a1b2c3d4e5f60002";
    /** One type for every instance: it decides nothing here. */
    static final String INSTANCE_TYPE = "t3.micro";

    /** Every interface is in the VPC's default group; the scenario's floating one is in one more. */
    private static final LocalEc2State.SecurityGroup DEFAULT_GROUP =
            new LocalEc2State.SecurityGroup("sg-0a1b2c3d4e5f60001", "default");

    private static final LocalEc2State.SecurityGroup SERVICE_GROUP =
            new LocalEc2State.SecurityGroup("sg-0a1b2c3d4e5f60002", "failover-service");

    /** EC2's instance states with their codes. */
    enum InstanceState {
        PENDING("pending", 0),
        RUNNING("running", 16),
        SHUTTING_DOWN("shutting-down", 32),
        TERMINATED("terminated", 48),
        STOPPING("stopping", 64),
        STOPPED("stopped", 80);

        final String wire;
        final int code;

        InstanceState(String wire, int code) {
            this.wire = wire;
            this.code = code;
        }

        /** As EC2 allows: an interface can be attached to an instance that is not going away. */
        boolean acceptsAttachment() {
            return this != SHUTTING_DOWN && this != TERMINATED;
        }

        static InstanceState of(String wire) {
            for (InstanceState state : values()) {
                if (state.wire.equals(wire)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("no such instance state: " + wire);
        }
    }

    private enum AttachmentStatus {
        ATTACHING("attaching"),
        ATTACHED("attached"),
        DETACHING("detaching"),
        DETACHED("detached");

        final String wire;

        AttachmentStatus(String wire) {
            this.wire = wire;
        }
    }

    private static final class InstanceRecord {
        final String id;
        final String name;
        final String availabilityZone;
        final String vpcId;
        InstanceState state = InstanceState.RUNNING;

        InstanceRecord(String id, String name, String availabilityZone, String vpcId) {
            this.id = id;
            this.name = name;
            this.availabilityZone = availabilityZone;
            this.vpcId = vpcId;
        }
    }

    private static final class InterfaceRecord {
        final String id;
        final String description;
        final String availabilityZone;
        final String vpcId;
        final String privateIpAddress;
        final String macAddress;
        final List<LocalEc2State.PrivateIp> privateIps = new ArrayList<>();
        final List<String> ipv6Addresses = new ArrayList<>();
        final List<LocalEc2State.SecurityGroup> groups = new ArrayList<>(List.of(DEFAULT_GROUP));
        final List<LocalEc2State.Tag> tags = new ArrayList<>();
        String attachmentId; // the current attachment, null when available

        InterfaceRecord(
                String id,
                String description,
                String availabilityZone,
                String vpcId,
                String privateIpAddress,
                String macAddress) {
            this.id = id;
            this.description = description;
            this.availabilityZone = availabilityZone;
            this.vpcId = vpcId;
            this.privateIpAddress = privateIpAddress;
            this.macAddress = macAddress;
            this.privateIps.add(new LocalEc2State.PrivateIp(privateIpAddress, true, Optional.empty()));
        }
    }

    private static final class AttachmentRecord {
        final String id;
        final String interfaceId;
        final String instanceId;
        final int deviceIndex;
        final Instant attachTime;
        final boolean deleteOnTermination;
        AttachmentStatus status;
        Instant settlesAt; // when attaching/detaching ends; null while a detach is stuck

        AttachmentRecord(
                String id,
                String interfaceId,
                String instanceId,
                int deviceIndex,
                Instant attachTime,
                boolean deleteOnTermination) {
            this.id = id;
            this.interfaceId = interfaceId;
            this.instanceId = instanceId;
            this.deviceIndex = deviceIndex;
            this.attachTime = attachTime;
            this.deleteOnTermination = deleteOnTermination;
        }
    }

    private final Clock clock;
    private final String region;
    private final Duration attachDelay;
    private final Duration detachDelay;
    private final Map<String, InstanceRecord> instances = new TreeMap<>();
    private final Map<String, InterfaceRecord> interfaces = new TreeMap<>();
    private final Map<String, AttachmentRecord> attachments = new LinkedHashMap<>();
    private int nextInstance = 1;
    private int nextInterface = 1;
    private int nextAttachment = 1;

    Ec2Model(Clock clock, String region, Duration attachDelay, Duration detachDelay) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.region = Objects.requireNonNull(region, "region == null");
        this.attachDelay = requireDelay(attachDelay, "attachDelay");
        this.detachDelay = requireDelay(detachDelay, "detachDelay");
    }

    private static Duration requireDelay(Duration delay, String name) {
        Objects.requireNonNull(delay, name + " == null");
        if (delay.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + delay);
        }
        return delay;
    }

    /**
     * The fail-over scenario every endpoint starts with: instances "primary" ({@code …0001}) and
     * "standby" ({@code …0002}), each with its primary interface at device index 0, and a floating
     * interface {@code eni-0f1e2d3c4b5a60003} attached to the primary at device index 1 as {@code
     * eni-attach-0a1b2c3d4e5f60003}.
     */
    synchronized void seedFailoverScenario() {
        Instant launched = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String primary = addInstance("primary", launched);
        String standby = addInstance("standby", launched);
        String floating = addNetworkInterface("floating service address", defaultZone(), VPC_ID);
        decorateFloating(interfaces.get(floating));
        attachNow(floating, primary, 1, launched, false);
        seedElasticIps();
        if (!primary.equals(ResourceIds.instance(1)) || !standby.equals(ResourceIds.instance(2))) {
            throw new IllegalStateException("the scenario must be seeded into an empty model");
        }
    }

    /** The zone everything is in unless it is added elsewhere: the region's first. */
    String defaultZone() {
        return region + 'a';
    }

    /**
     * What a fail-over agent reads from the floating interface: a secondary address carrying the
     * service's Elastic IP (an address of the documentation range 203.0.113.0/24), an IPv6 address
     * (documentation prefix 2001:db8::/32), its own security group and tags.
     */
    private static void decorateFloating(InterfaceRecord eni) {
        eni.privateIps.add(new LocalEc2State.PrivateIp(FLOATING_PRIVATE_IP, false, Optional.empty()));
        eni.ipv6Addresses.add("2001:db8::10");
        eni.groups.add(SERVICE_GROUP);
        eni.tags.add(new LocalEc2State.Tag("Name", "floating-service"));
        eni.tags.add(new LocalEc2State.Tag("Role", "failover"));
    }

    /** Adds a running instance with its primary interface attached at device index 0. */
    synchronized String addInstance(String name, String availabilityZone, String vpcId) {
        return addInstance(name, availabilityZone, vpcId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private String addInstance(String name, Instant launched) {
        return addInstance(name, defaultZone(), VPC_ID, launched);
    }

    private String addInstance(String name, String availabilityZone, String vpcId, Instant launched) {
        Objects.requireNonNull(name, "name == null");
        zoneNumber(availabilityZone);
        String id = ResourceIds.instance(nextInstance++);
        instances.put(id, new InstanceRecord(id, name, availabilityZone, checkVpc(vpcId)));
        String primaryInterface = addNetworkInterface("Primary network interface", availabilityZone, vpcId);
        attachNow(primaryInterface, id, 0, launched, true);
        return id;
    }

    /**
     * Adds an {@code available} interface in the subnet of the zone and VPC: {@code 10.0.Z.0/24} in the
     * main VPC, {@code 10.1.Z.0/24} in the other, where Z is the zone's number.
     */
    synchronized String addNetworkInterface(String description, String availabilityZone, String vpcId) {
        Objects.requireNonNull(description, "description == null");
        int zone = zoneNumber(availabilityZone);
        int number = nextInterface++;
        String id = ResourceIds.networkInterface(number);
        String ip = subnetPrefix(zone, checkVpc(vpcId)) + (10 + number % 240);
        interfaces.put(
                id, new InterfaceRecord(id, description, availabilityZone, vpcId, ip, ResourceIds.macAddress(number)));
        return id;
    }

    private static String checkVpc(String vpcId) {
        if (!VPC_ID.equals(vpcId) && !OTHER_VPC_ID.equals(vpcId)) {
            throw new IllegalArgumentException("vpcId must be " + VPC_ID + " or " + OTHER_VPC_ID + ": " + vpcId);
        }
        return vpcId;
    }

    /** The first three octets (and the dot) of the subnet of zone number {@code zone} in {@code vpcId}. */
    static String subnetPrefix(int zone, String vpcId) {
        return (VPC_ID.equals(vpcId) ? "10.0." : "10.1.") + zone + ".";
    }

    /**
     * The zone's number, 1 for {@code …a}: zones are the region's name and one letter, as in EC2. Each
     * zone has one subnet, numbered alike.
     */
    private int zoneNumber(String availabilityZone) {
        Objects.requireNonNull(availabilityZone, "availabilityZone == null");
        if (availabilityZone.length() != region.length() + 1
                || !availabilityZone.startsWith(region)
                || availabilityZone.charAt(region.length()) < 'a'
                || availabilityZone.charAt(region.length()) > 'z') {
            throw new IllegalArgumentException(
                    "availabilityZone must be the region " + region + " and one letter: " + availabilityZone);
        }
        return availabilityZone.charAt(region.length()) - 'a' + 1;
    }

    /** Each zone has one subnet in each VPC: number Z in the main VPC, 100 + Z in the other. */
    private String subnetOf(String availabilityZone, String vpcId) {
        int zone = zoneNumber(availabilityZone);
        return ResourceIds.subnet(VPC_ID.equals(vpcId) ? zone : 100 + zone);
    }

    private void attachNow(
            String interfaceId, String instanceId, int index, Instant time, boolean deleteOnTermination) {
        AttachmentRecord attachment = new AttachmentRecord(
                ResourceIds.attachment(nextAttachment++), interfaceId, instanceId, index, time, deleteOnTermination);
        attachment.status = AttachmentStatus.ATTACHED;
        attachments.put(attachment.id, attachment);
        interfaces.get(interfaceId).attachmentId = attachment.id;
    }

    /**
     * Puts an instance in a state: {@code stopped} for a failed primary, {@code running} again, or any
     * other to test how callers treat it. A running instance lets its stuck detaches finish after the
     * detach delay; a terminated one loses its attachments at once, and the interfaces marked to be
     * deleted with it.
     */
    synchronized void setState(String instanceId, InstanceState state) {
        InstanceRecord instance = instances.get(instanceId);
        if (instance == null) {
            throw new IllegalArgumentException("no such instance: " + instanceId);
        }
        Instant now = settle();
        if (instance.state == InstanceState.TERMINATED && state != InstanceState.TERMINATED) {
            throw new IllegalArgumentException(instanceId + " is terminated; it cannot become " + state.wire);
        }
        instance.state = state;
        if (state == InstanceState.TERMINATED) {
            for (AttachmentRecord attachment : attachments.values()) {
                if (attachment.instanceId.equals(instanceId) && attachment.status != AttachmentStatus.DETACHED) {
                    attachment.status = AttachmentStatus.DETACHED;
                    attachment.settlesAt = null;
                    InterfaceRecord eni = interfaces.get(attachment.interfaceId);
                    if (attachment.deleteOnTermination) {
                        interfaces.remove(eni.id);
                    } else if (attachment.id.equals(eni.attachmentId)) {
                        eni.attachmentId = null;
                    }
                }
            }
        }
        if (state == InstanceState.RUNNING) {
            for (AttachmentRecord attachment : attachments.values()) {
                if (attachment.instanceId.equals(instanceId)
                        && attachment.status == AttachmentStatus.DETACHING
                        && attachment.settlesAt == null) {
                    attachment.settlesAt = now.plus(detachDelay);
                }
            }
        }
    }

    /** {@code DetachNetworkInterface}. */
    synchronized void detach(String attachmentId, boolean force, boolean dryRun) {
        Instant now = settle();
        AttachmentRecord attachment = attachments.get(attachmentId);
        if (attachment == null || attachment.status == AttachmentStatus.DETACHED) {
            throw new ServiceError(
                    400, "InvalidAttachmentID.NotFound", "The attachment ID '" + attachmentId + "' does not exist");
        }
        if (attachment.deviceIndex == 0) {
            throw new ServiceError(
                    400,
                    "OperationNotPermitted",
                    "The network interface at device index 0 and networkCard index 0 cannot be detached.");
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", DRY_RUN_MESSAGE);
        }
        boolean ownerHealthy = instances.get(attachment.instanceId).state == InstanceState.RUNNING;
        if (attachment.status == AttachmentStatus.DETACHING) {
            if (force && attachment.settlesAt == null) {
                attachment.settlesAt = now.plus(detachDelay);
            }
            return;
        }
        attachment.status = AttachmentStatus.DETACHING;
        attachment.settlesAt = ownerHealthy || force ? now.plus(detachDelay) : null;
    }

    /** {@code AttachNetworkInterface}; returns the new attachment's id. */
    synchronized String attach(String interfaceId, String instanceId, int deviceIndex, boolean dryRun) {
        Instant now = settle();
        InterfaceRecord eni = interfaces.get(interfaceId);
        if (eni == null) {
            throw interfaceNotFound(List.of(interfaceId));
        }
        InstanceRecord instance = instances.get(instanceId);
        if (instance == null) {
            throw instanceNotFound(List.of(instanceId));
        }
        if (!instance.state.acceptsAttachment()) {
            throw new ServiceError(
                    400,
                    "IncorrectInstanceState",
                    "The instance '" + instanceId + "' is not in a valid state for this operation.");
        }
        if (!instance.availabilityZone.equals(eni.availabilityZone)) {
            throw new ServiceError(
                    400,
                    "InvalidParameterCombination",
                    "You may not attach a network interface to an instance if they are not in the same"
                            + " availability zone");
        }
        if (eni.attachmentId != null) {
            throw new ServiceError(400, "InvalidNetworkInterface.InUse", "Interface: [" + interfaceId + "] in use.");
        }
        for (AttachmentRecord other : attachments.values()) {
            if (other.instanceId.equals(instanceId)
                    && other.deviceIndex == deviceIndex
                    && other.status != AttachmentStatus.DETACHED) {
                throw ServiceError.invalidParameterValue("Instance '" + instanceId
                        + "' already has an interface attached at device index '" + deviceIndex + "'.");
            }
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", DRY_RUN_MESSAGE);
        }
        AttachmentRecord attachment = new AttachmentRecord(
                ResourceIds.attachment(nextAttachment++),
                interfaceId,
                instanceId,
                deviceIndex,
                now.truncatedTo(ChronoUnit.MILLIS),
                false);
        attachment.status = AttachmentStatus.ATTACHING;
        attachment.settlesAt = now.plus(attachDelay);
        attachments.put(attachment.id, attachment);
        eni.attachmentId = attachment.id;
        settle();
        return attachment.id;
    }

    /**
     * {@code DescribeNetworkInterfaces}: the interfaces with the given ids (all when none), that pass
     * every filter (a filter passes when any of its values matches).
     */
    synchronized List<LocalEc2State.NetworkInterface> describe(
            List<String> interfaceIds, List<QueryParameters.Filter> filters) {
        settle();
        Set<String> missing = new LinkedHashSet<>();
        for (String id : interfaceIds) {
            if (!interfaces.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw interfaceNotFound(List.copyOf(missing));
        }
        List<Function<LocalEc2State.NetworkInterface, List<String>>> fields = new ArrayList<>();
        for (QueryParameters.Filter filter : filters) {
            fields.add(filterField(filter.name()));
            if (filter.values().isEmpty()) {
                throw ServiceError.missingParameter("Filter.Value for filter '" + filter.name() + "'");
            }
        }
        List<LocalEc2State.NetworkInterface> matching = new ArrayList<>();
        for (InterfaceRecord eni : interfaces.values()) {
            if (!interfaceIds.isEmpty() && !interfaceIds.contains(eni.id)) {
                continue;
            }
            LocalEc2State.NetworkInterface view = view(eni);
            boolean passes = true;
            for (int i = 0; i < filters.size() && passes; i++) {
                List<String> field = fields.get(i).apply(view);
                passes = field.stream().anyMatch(filters.get(i).values()::contains);
            }
            if (passes) {
                matching.add(view);
            }
        }
        return matching;
    }

    /** The filters EC2 documents for this action that the endpoint understands; some have several values. */
    private static Function<LocalEc2State.NetworkInterface, List<String>> filterField(String name) {
        if (SecondaryPrivateIps.FILTERS.contains(name)) {
            return SecondaryPrivateIps::filterValues;
        }
        Function<LocalEc2State.NetworkInterface, Optional<String>> single = switch (name) {
            case "network-interface-id" -> eni -> Optional.of(eni.networkInterfaceId());
            case "status" -> eni -> Optional.of(eni.status());
            case "subnet-id" -> eni -> Optional.of(eni.subnetId());
            case "vpc-id" -> eni -> Optional.of(eni.vpcId());
            case "attachment.attachment-id" -> eni -> eni.attachment().map(LocalEc2State.Attachment::attachmentId);
            case "attachment.instance-id" -> eni -> eni.attachment().map(LocalEc2State.Attachment::instanceId);
            case "attachment.status" -> eni -> eni.attachment().map(LocalEc2State.Attachment::status);
            case "attachment.device-index" -> eni -> eni.attachment().map(a -> Integer.toString(a.deviceIndex()));
            default -> throw ServiceError.invalidParameterValue("The filter '" + name + "' is invalid");
        };
        return eni -> single.apply(eni).stream().toList();
    }

    /**
     * {@code DescribeInstances}: the instances with the given ids (all when none) that pass every
     * filter (a filter passes when any of its values matches), in id order.
     */
    synchronized List<LocalEc2State.Instance> describeInstances(
            List<String> instanceIds, List<QueryParameters.Filter> filters) {
        settle();
        for (String id : instanceIds) {
            if (!ResourceIds.isInstanceId(id)) {
                throw new ServiceError(400, "InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
            }
        }
        List<String> missing = instanceIds.stream()
                .filter(id -> !instances.containsKey(id))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            throw instanceNotFound(missing);
        }
        List<Function<LocalEc2State.Instance, List<String>>> fields = new ArrayList<>();
        for (QueryParameters.Filter filter : filters) {
            fields.add(instanceFilterField(filter.name()));
            if (filter.values().isEmpty()) {
                throw ServiceError.missingParameter("Filter.Value for filter '" + filter.name() + "'");
            }
        }
        List<LocalEc2State.Instance> matching = new ArrayList<>();
        for (InstanceRecord instance : instances.values()) {
            if (!instanceIds.isEmpty() && !instanceIds.contains(instance.id)) {
                continue;
            }
            LocalEc2State.Instance view = view(instance);
            boolean passes = true;
            for (int i = 0; i < filters.size() && passes; i++) {
                List<String> values = fields.get(i).apply(view);
                passes = values.stream().anyMatch(filters.get(i).values()::contains);
            }
            if (passes) {
                matching.add(view);
            }
        }
        return matching;
    }

    /** The instance filters EC2 documents that the endpoint understands; {@code tag:Key} too. */
    private static Function<LocalEc2State.Instance, List<String>> instanceFilterField(String name) {
        if (name.startsWith("tag:") && name.length() > 4) {
            String key = name.substring(4);
            return i -> i.tags().containsKey(key) ? List.of(i.tags().get(key)) : List.of();
        }
        return switch (name) {
            case "instance-id" -> i -> List.of(i.instanceId());
            case "instance-state-name" -> i -> List.of(i.state());
            case "instance-state-code" -> i -> List.of(Integer.toString(i.stateCode()));
            case "instance-type" -> i -> List.of(i.instanceType());
            case "availability-zone" -> i -> List.of(i.availabilityZone());
            case "subnet-id" -> i -> List.of(i.subnetId());
            case "vpc-id" -> i -> List.of(i.vpcId());
            case "private-ip-address" -> i -> i.privateIpAddress().stream().toList();
            case "tag-key" -> i -> List.copyOf(i.tags().keySet());
            case "network-interface.network-interface-id" ->
                i -> i.networkInterfaces().stream()
                        .map(LocalEc2State.NetworkInterface::networkInterfaceId)
                        .toList();
            default -> throw ServiceError.invalidParameterValue("The filter '" + name + "' is invalid");
        };
    }

    private static ServiceError instanceNotFound(List<String> ids) {
        String message = ids.size() == 1
                ? "The instance ID '" + ids.get(0) + "' does not exist"
                : "The instance IDs '" + String.join(", ", ids) + "' do not exist";
        return new ServiceError(400, "InvalidInstanceID.NotFound", message);
    }

    private static ServiceError interfaceNotFound(List<String> ids) {
        String message = ids.size() == 1
                ? "The networkInterface ID '" + ids.get(0) + "' does not exist"
                : "The networkInterface IDs '" + String.join(", ", ids) + "' do not exist";
        return new ServiceError(400, "InvalidNetworkInterfaceID.NotFound", message);
    }

    /** A consistent snapshot at the clock's current time. */
    synchronized LocalEc2State snapshot() {
        Instant now = settle();
        List<LocalEc2State.Instance> instanceViews = new ArrayList<>();
        for (InstanceRecord instance : instances.values()) {
            instanceViews.add(view(instance));
        }
        List<LocalEc2State.NetworkInterface> interfaceViews = new ArrayList<>();
        for (InterfaceRecord eni : interfaces.values()) {
            interfaceViews.add(view(eni));
        }
        List<LocalEc2State.Attachment> attachmentViews = new ArrayList<>();
        for (AttachmentRecord attachment : attachments.values()) {
            attachmentViews.add(view(attachment));
        }
        return new LocalEc2State(now, instanceViews, interfaceViews, attachmentViews, elasticIps.all(network))
                .withRouteTables(routes.views(network));
    }

    /** The instance with the interfaces attached to it now (attaching, attached or detaching). */
    private LocalEc2State.Instance view(InstanceRecord instance) {
        List<LocalEc2State.NetworkInterface> attached = new ArrayList<>();
        for (InterfaceRecord eni : interfaces.values()) {
            LocalEc2State.NetworkInterface view = view(eni);
            if (view.attachment()
                    .filter(a -> a.instanceId().equals(instance.id))
                    .isPresent()) {
                attached.add(view);
            }
        }
        attached.sort(
                Comparator.comparingInt(eni -> eni.attachment().orElseThrow().deviceIndex()));
        boolean gone = instance.state == InstanceState.TERMINATED;
        Optional<String> privateIp = attached.stream()
                .filter(eni -> eni.attachment().orElseThrow().deviceIndex() == 0)
                .map(LocalEc2State.NetworkInterface::privateIpAddress)
                .findFirst();
        return new LocalEc2State.Instance(
                instance.id,
                instance.name,
                instance.state.wire,
                instance.state.code,
                INSTANCE_TYPE,
                instance.availabilityZone,
                gone ? "" : subnetOf(instance.availabilityZone, instance.vpcId),
                gone ? "" : instance.vpcId,
                privateIp,
                Map.of("Name", instance.name),
                attached);
    }

    private LocalEc2State.NetworkInterface view(InterfaceRecord eni) {
        Optional<LocalEc2State.Attachment> attachment =
                Optional.ofNullable(eni.attachmentId).map(attachments::get).map(Ec2Model::view);
        return new LocalEc2State.NetworkInterface(
                eni.id,
                attachment.isPresent() ? "in-use" : "available",
                eni.description,
                eni.availabilityZone,
                subnetOf(eni.availabilityZone, eni.vpcId),
                eni.vpcId,
                eni.privateIpAddress,
                eni.macAddress,
                attachment,
                elasticIps.withAssociations(eni.vpcId, eni.privateIps),
                eni.ipv6Addresses,
                eni.groups,
                eni.tags,
                routes.sourceDestCheck(eni.id));
    }

    private static LocalEc2State.Attachment view(AttachmentRecord attachment) {
        return new LocalEc2State.Attachment(
                attachment.id,
                attachment.interfaceId,
                attachment.instanceId,
                attachment.deviceIndex,
                attachment.status.wire,
                attachment.attachTime,
                attachment.deleteOnTermination);
    }

    /** Applies every transition whose time has come; returns the time it used. */
    private Instant settle() {
        Instant now = clock.instant();
        for (AttachmentRecord attachment : attachments.values()) {
            if (attachment.settlesAt == null || now.isBefore(attachment.settlesAt)) {
                continue;
            }
            if (attachment.status == AttachmentStatus.ATTACHING) {
                attachment.status = AttachmentStatus.ATTACHED;
                attachment.settlesAt = null;
            } else if (attachment.status == AttachmentStatus.DETACHING) {
                attachment.status = AttachmentStatus.DETACHED;
                attachment.settlesAt = null;
                InterfaceRecord eni = interfaces.get(attachment.interfaceId);
                if (attachment.id.equals(eni.attachmentId)) {
                    eni.attachmentId = null;
                }
            }
        }
        return now;
    }

    // Secondary private IPs: the rules are SecondaryPrivateIps'; the model hands it its interfaces.

    /** {@code AssignPrivateIpAddresses}; returns the addresses assigned. */
    synchronized List<String> assignPrivateIps(
            String interfaceId, List<String> addresses, Optional<Integer> count, boolean allowReassignment) {
        settle();
        List<SecondaryPrivateIps.Addresses> all = new ArrayList<>();
        for (InterfaceRecord eni : interfaces.values()) {
            all.add(addressesOf(eni));
        }
        return SecondaryPrivateIps.assign(addressesOf(interfaceId), all, addresses, count, allowReassignment);
    }

    /** {@code UnassignPrivateIpAddresses}. */
    synchronized void unassignPrivateIps(String interfaceId, List<String> addresses) {
        settle();
        SecondaryPrivateIps.unassign(addressesOf(interfaceId), addresses);
        // A released address takes its Elastic IP association with it, as in EC2.
        elasticIps.endOrphans(network);
    }

    private SecondaryPrivateIps.Addresses addressesOf(String interfaceId) {
        InterfaceRecord eni = interfaces.get(interfaceId);
        if (eni == null) {
            throw interfaceNotFound(List.of(interfaceId));
        }
        return addressesOf(eni);
    }

    private SecondaryPrivateIps.Addresses addressesOf(InterfaceRecord eni) {
        return new SecondaryPrivateIps.Addresses(
                eni.id, eni.vpcId, subnetPrefix(zoneNumber(eni.availabilityZone), eni.vpcId), eni.privateIps);
    }

    // Elastic IPs: ElasticIpTable keeps them and EC2's rules; the model answers its questions about the
    // network under the one lock.

    /** The private address of the floating interface that carries the scenario's Elastic IP. */
    static final String FLOATING_PRIVATE_IP = "10.0.1.100";

    private final ElasticIpTable elasticIps = new ElasticIpTable();

    /** The model's views, as the Elastic IP table and the route tables ask for them. */
    private final class NetworkViews implements ElasticIpTable.Network, RouteTableModel.Resources {
        @Override
        public Optional<LocalEc2State.NetworkInterface> networkInterface(String networkInterfaceId) {
            return Optional.ofNullable(interfaces.get(networkInterfaceId)).map(Ec2Model.this::view);
        }

        @Override
        public Optional<LocalEc2State.Instance> instance(String instanceId) {
            return Optional.ofNullable(instances.get(instanceId)).map(Ec2Model.this::view);
        }

        @Override
        public Optional<LocalEc2State.NetworkInterface> holder(String vpcId, String privateIp) {
            for (InterfaceRecord eni : interfaces.values()) {
                if (eni.vpcId.equals(vpcId)
                        && eni.privateIps.stream().anyMatch(ip -> ip.address().equals(privateIp))) {
                    return Optional.of(view(eni));
                }
            }
            return Optional.empty();
        }
    }

    private final NetworkViews network = new NetworkViews();

    /**
     * The scenario's Elastic IPs (documentation range 203.0.113.0/24): {@code 203.0.113.10} ({@code
     * eipalloc-…0001}) on the floating interface's secondary address as {@code eipassoc-…0001}, and
     * {@code 203.0.113.20} ({@code eipalloc-…0002}) associated with nothing.
     */
    private void seedElasticIps() {
        String service = elasticIps.allocate("203.0.113.10");
        elasticIps.associateNow(service, VPC_ID, FLOATING_PRIVATE_IP);
        elasticIps.allocate("203.0.113.20");
    }

    /** The region, which is also the network border group of every Elastic IP. */
    String region() {
        return region;
    }

    /** Allocates one more Elastic IP; returns its allocation id. */
    synchronized String allocateAddress(String publicIp) {
        return elasticIps.allocate(publicIp);
    }

    /** {@code AssociateAddress}; returns the association id. */
    synchronized String associateAddress(ElasticIpTable.Association call, boolean dryRun) {
        settle();
        return elasticIps.associate(call, dryRun, network);
    }

    /** {@code DisassociateAddress}. */
    synchronized void disassociateAddress(String associationId, boolean dryRun) {
        settle();
        elasticIps.disassociate(associationId, dryRun, network);
    }

    /** {@code DescribeAddresses}. */
    synchronized List<LocalEc2State.Address> describeAddresses(
            List<String> allocationIds, List<String> publicIps, List<QueryParameters.Filter> filters) {
        settle();
        return elasticIps.describe(allocationIds, publicIps, filters, network);
    }

    // Route tables and the source/destination check: RouteTableModel keeps them, called under this lock.

    private final RouteTableModel routes =
            new RouteTableModel(this::region, VPC_ID, ResourceIds.networkInterface(3)); // the scenario's floating one

    synchronized String addRouteTable(String vpcId) {
        return routes.addTable(checkVpc(vpcId));
    }

    synchronized void addRoute(String routeTableId, String destinationCidrBlock, String networkInterfaceId) {
        settle();
        routes.addRoute(routeTableId, destinationCidrBlock, networkInterfaceId, network);
    }

    synchronized void refuseReplaceRouteIn(String routeTableId) {
        routes.refuseReplaceRouteIn(routeTableId);
    }

    synchronized List<LocalEc2State.RouteTable> describeRouteTables(
            List<String> routeTableIds, List<QueryParameters.Filter> filters) {
        settle();
        return routes.describe(routeTableIds, filters, network);
    }

    synchronized void replaceRoute(
            String routeTableId,
            String destinationCidrBlock,
            Optional<String> networkInterfaceId,
            Optional<String> instanceId,
            boolean dryRun) {
        settle();
        routes.replace(routeTableId, destinationCidrBlock, networkInterfaceId, instanceId, dryRun, network);
    }

    synchronized void setInterfaceSourceDestCheck(String networkInterfaceId, boolean value, boolean dryRun) {
        settle();
        routes.setInterfaceSourceDestCheck(networkInterfaceId, value, dryRun, network);
    }

    synchronized void setInstanceSourceDestCheck(String instanceId, boolean value, boolean dryRun) {
        settle();
        routes.setInstanceSourceDestCheck(instanceId, value, dryRun, network);
    }
}
