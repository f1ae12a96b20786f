package dev.ec2lite.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The endpoint's route tables and the source/destination check of its interfaces, with the rules EC2
 * applies to {@code ReplaceRoute}, {@code DescribeRouteTables}, {@code ModifyNetworkInterfaceAttribute}
 * and {@code ModifyInstanceAttribute}. Not thread-safe by itself: {@link Ec2Model} calls it under its
 * one lock, handing in its interfaces and instances as they are at that moment.
 *
 * <p>It starts with the VPC's main route table {@value #MAIN_ROUTE_TABLE_ID}: the local route {@code
 * 10.0.0.0/16} and the overlay route {@value #OVERLAY_CIDR} to the scenario's floating interface. A
 * route to an interface shows the instance it is attached to, and is {@code active} while that
 * instance runs, {@code blackhole} otherwise (as EC2 shows a route whose target is stopped or gone).
 *
 * <p>Where EC2 is known to differ from its own documentation, the endpoint follows EC2: {@code
 * ReplaceRoute} for a destination the table has no route for answers {@code InvalidParameterValue}
 * ("There is no route defined for '…' in the route table. Use CreateRoute instead."), not the
 * documented {@code InvalidRoute.NotFound}, which EC2 gives for {@code DeleteRoute}.
 */
final class RouteTableModel {
    static final String MAIN_ROUTE_TABLE_ID = "rtb-0a1b2c3d4e5f60001";
    /** The overlay address the scenario's service answers on: outside the VPC's range, so it needs a route. */
    static final String OVERLAY_CIDR = "192.168.100.10/32";

    private static final String TABLE_STEM = "rtb-0a1b2c3d4e5f6";
    private static final String ASSOCIATION_STEM = "rtbassoc-0a1b2c3d4e5f6";

    /** The interfaces and instances of the model, as they are under its lock. */
    interface Resources {
        Optional<LocalEc2State.NetworkInterface> networkInterface(String networkInterfaceId);

        Optional<LocalEc2State.Instance> instance(String instanceId);
    }

    private static final class TableRecord {
        final String id;
        final String vpcId;
        final boolean main;
        final String associationId;
        final List<RouteRecord> routes = new ArrayList<>();

        TableRecord(String id, String vpcId, boolean main, String associationId) {
            this.id = id;
            this.vpcId = vpcId;
            this.main = main;
            this.associationId = associationId;
        }

        Optional<RouteRecord> route(String cidr) {
            return routes.stream().filter(r -> r.cidr.equals(cidr)).findFirst();
        }
    }

    private static final class RouteRecord {
        final String cidr;
        final String origin;
        String gatewayId; // "local", or null for a route to an interface
        String networkInterfaceId;

        RouteRecord(String cidr, String origin) {
            this.cidr = cidr;
            this.origin = origin;
        }
    }

    private final Map<String, TableRecord> tables = new TreeMap<>();
    private final Set<String> sourceDestCheckOff = new HashSet<>();
    private final Set<String> refusedTables = new HashSet<>();
    private final Supplier<String> region;
    private int nextTable = 1;

    /**
     * The main VPC's main table, with its overlay route to {@code floatingInterfaceId}; {@code region}
     * is read when an answer names it.
     */
    RouteTableModel(Supplier<String> region, String mainVpcId, String floatingInterfaceId) {
        this.region = region;
        TableRecord main = newTable(mainVpcId, true);
        RouteRecord overlay = new RouteRecord(OVERLAY_CIDR, "CreateRoute");
        overlay.networkInterfaceId = floatingInterfaceId;
        main.routes.add(overlay);
    }

    /** A table with the VPC's local route: {@code 10.0.0.0/16} in the main VPC, {@code 10.1.0.0/16} in the other. */
    private TableRecord newTable(String vpcId, boolean main) {
        int number = nextTable++;
        String id = TABLE_STEM + counter(number);
        TableRecord table = new TableRecord(id, vpcId, main, main ? ASSOCIATION_STEM + counter(number) : null);
        RouteRecord local =
                new RouteRecord(Ec2Model.VPC_ID.equals(vpcId) ? "10.0.0.0/16" : "10.1.0.0/16", "CreateRouteTable");
        local.gatewayId = "local";
        table.routes.add(local);
        tables.put(id, table);
        return table;
    }

    private static String counter(int number) {
        if (number > 0xFFFF) {
            throw new IllegalStateException("route table counter out of range: " + number);
        }
        return String.format(Locale.ROOT, "%04x", number);
    }

    /** Adds a route table (not the main one, associated with nothing) with its VPC's local route. */
    String addTable(String vpcId) {
        return newTable(vpcId, false).id;
    }

    /** Adds (or re-points) the route for {@code cidr} in a table to an interface of the table's VPC. */
    void addRoute(String routeTableId, String cidr, String networkInterfaceId, Resources resources) {
        TableRecord table = tables.get(routeTableId);
        if (table == null) {
            throw new IllegalArgumentException("no such route table: " + routeTableId);
        }
        LocalEc2State.NetworkInterface eni = resources
                .networkInterface(networkInterfaceId)
                .orElseThrow(() -> new IllegalArgumentException("no such network interface: " + networkInterfaceId));
        if (!eni.vpcId().equals(table.vpcId)) {
            throw new IllegalArgumentException(networkInterfaceId + " is not in the VPC of " + routeTableId);
        }
        RouteRecord route = table.route(cidr).orElseGet(() -> {
            RouteRecord added = new RouteRecord(cidr, "CreateRoute");
            table.routes.add(added);
            return added;
        });
        route.gatewayId = null;
        route.networkInterfaceId = networkInterfaceId;
    }

    /** From now on {@code ReplaceRoute} in this table is refused, as an IAM policy scoped to other tables would. */
    void refuseReplaceRouteIn(String routeTableId) {
        if (!tables.containsKey(routeTableId)) {
            throw new IllegalArgumentException("no such route table: " + routeTableId);
        }
        refusedTables.add(routeTableId);
    }

    /** {@code DescribeRouteTables}: the tables with the given ids (all when none) that pass every filter. */
    List<LocalEc2State.RouteTable> describe(
            List<String> ids, List<QueryParameters.Filter> filters, Resources resources) {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : ids) {
            checkTableId(id);
            if (!tables.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw tableNotFound(List.copyOf(missing));
        }
        List<Function<LocalEc2State.RouteTable, List<String>>> fields = new ArrayList<>();
        for (QueryParameters.Filter filter : filters) {
            fields.add(filterField(filter.name()));
            if (filter.values().isEmpty()) {
                throw ServiceError.missingParameter("Filter.Value for filter '" + filter.name() + "'");
            }
        }
        List<LocalEc2State.RouteTable> matching = new ArrayList<>();
        for (LocalEc2State.RouteTable table : views(resources)) {
            if (!ids.isEmpty() && !ids.contains(table.routeTableId())) {
                continue;
            }
            boolean passes = true;
            for (int i = 0; i < filters.size() && passes; i++) {
                passes = fields.get(i).apply(table).stream()
                        .anyMatch(filters.get(i).values()::contains);
            }
            if (passes) {
                matching.add(table);
            }
        }
        return matching;
    }

    /** The route table filters EC2 documents that the endpoint understands. */
    private static Function<LocalEc2State.RouteTable, List<String>> filterField(String name) {
        return switch (name) {
            case "route-table-id" -> t -> List.of(t.routeTableId());
            case "vpc-id" -> t -> List.of(t.vpcId());
            case "association.main" -> t -> t.main() ? List.of("true") : List.of("false");
            case "association.route-table-association-id" ->
                t -> t.associationId().stream().toList();
            case "route.destination-cidr-block" -> routes(LocalEc2State.Route::destinationCidrBlock);
            case "route.network-interface-id" -> routes(LocalEc2State.Route::networkInterfaceId);
            case "route.instance-id" -> routes(LocalEc2State.Route::instanceId);
            case "route.gateway-id" -> routes(LocalEc2State.Route::gatewayId);
            case "route.state" -> routes(LocalEc2State.Route::state);
            case "route.origin" -> routes(LocalEc2State.Route::origin);
            default -> throw ServiceError.invalidParameterValue("The filter '" + name + "' is invalid");
        };
    }

    private static Function<LocalEc2State.RouteTable, List<String>> routes(
            Function<LocalEc2State.Route, String> field) {
        return t -> t.routes().stream().map(field).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * {@code ReplaceRoute} to an interface or an instance (exactly one), checked as EC2 checks it:
     * the table, the target, their VPC, the route; then the dry run.
     */
    void replace(
            String routeTableId,
            String cidr,
            Optional<String> networkInterfaceId,
            Optional<String> instanceId,
            boolean dryRun,
            Resources resources) {
        if (networkInterfaceId.isPresent() == instanceId.isPresent()) {
            throw ServiceError.invalidParameterCombination(
                    "Exactly one of networkInterfaceId or instanceId must be specified as the route's target.");
        }
        checkTableId(routeTableId);
        TableRecord table = tables.get(routeTableId);
        if (table == null) {
            throw tableNotFound(List.of(routeTableId));
        }
        LocalEc2State.NetworkInterface eni;
        String targetVpc;
        String targetName;
        if (instanceId.isPresent()) {
            LocalEc2State.Instance instance = instance(instanceId.get(), resources);
            if (instance.networkInterfaces().size() != 1) {
                throw new ServiceError(
                        400,
                        "InvalidInstanceID",
                        "There are multiple interfaces attached to instance '" + instance.instanceId()
                                + "'. Please specify an interface ID for the operation instead.");
            }
            eni = instance.networkInterfaces().get(0);
            targetVpc = instance.vpcId();
            targetName = "instance " + instance.instanceId();
        } else {
            eni = resources
                    .networkInterface(networkInterfaceId.get())
                    .orElseThrow(() -> interfaceNotFound(networkInterfaceId.get()));
            targetVpc = eni.vpcId();
            targetName = "network interface " + eni.networkInterfaceId();
        }
        if (!targetVpc.equals(table.vpcId)) {
            throw ServiceError.invalidParameterValue(
                    "route table " + routeTableId + " and " + targetName + " belong to different networks");
        }
        RouteRecord route = table.route(cidr)
                .orElseThrow(() -> ServiceError.invalidParameterValue(
                        "There is no route defined for '" + cidr + "' in the route table. Use CreateRoute instead."));
        if (refusedTables.contains(routeTableId)) {
            throw new ServiceError(
                    403,
                    "UnauthorizedOperation",
                    "You are not authorized to perform this operation. User: arn:aws:iam::" + Ec2Responses.OWNER_ID
                            + ":user/example is not authorized to perform: ec2:ReplaceRoute on resource:"
                            + " arn:aws:ec2:" + region.get() + ":" + Ec2Responses.OWNER_ID + ":route-table/"
                            + routeTableId
                            + " because no identity-based policy allows the ec2:ReplaceRoute action");
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        route.gatewayId = null;
        route.networkInterfaceId = eni.networkInterfaceId();
    }

    /** {@code ModifyNetworkInterfaceAttribute} with {@code SourceDestCheck.Value}. */
    void setInterfaceSourceDestCheck(String networkInterfaceId, boolean value, boolean dryRun, Resources resources) {
        if (resources.networkInterface(networkInterfaceId).isEmpty()) {
            throw interfaceNotFound(networkInterfaceId);
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        setSourceDestCheck(networkInterfaceId, value);
    }

    /**
     * {@code ModifyInstanceAttribute} with {@code SourceDestCheck.Value}: EC2 keeps the instance's
     * attribute on its primary network interface, so that is the one changed.
     */
    void setInstanceSourceDestCheck(String instanceId, boolean value, boolean dryRun, Resources resources) {
        LocalEc2State.Instance instance = instance(instanceId, resources);
        Optional<LocalEc2State.NetworkInterface> primary = instance.networkInterfaces().stream()
                .filter(eni -> eni.attachment().orElseThrow().deviceIndex() == 0)
                .findFirst();
        if (primary.isEmpty()) {
            throw new ServiceError(
                    400,
                    "IncorrectInstanceState",
                    "The instance '" + instanceId + "' is not in a valid state for this operation.");
        }
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        setSourceDestCheck(primary.get().networkInterfaceId(), value);
    }

    private void setSourceDestCheck(String networkInterfaceId, boolean value) {
        if (value) {
            sourceDestCheckOff.remove(networkInterfaceId);
        } else {
            sourceDestCheckOff.add(networkInterfaceId);
        }
    }

    /** An interface checks source and destination unless told otherwise, as in EC2. */
    boolean sourceDestCheck(String networkInterfaceId) {
        return !sourceDestCheckOff.contains(networkInterfaceId);
    }

    /** Every table as EC2 would describe it now, in id order. */
    List<LocalEc2State.RouteTable> views(Resources resources) {
        List<LocalEc2State.RouteTable> views = new ArrayList<>();
        for (TableRecord table : tables.values()) {
            List<LocalEc2State.Route> routes = new ArrayList<>();
            for (RouteRecord route : table.routes) {
                routes.add(view(route, resources));
            }
            views.add(new LocalEc2State.RouteTable(
                    table.id, table.vpcId, table.main, Optional.ofNullable(table.associationId), routes));
        }
        return views;
    }

    private static LocalEc2State.Route view(RouteRecord route, Resources resources) {
        if (route.gatewayId != null) {
            return new LocalEc2State.Route(route.cidr, route.gatewayId, "", "", "active", route.origin);
        }
        Optional<String> instanceId = resources
                .networkInterface(route.networkInterfaceId)
                .flatMap(LocalEc2State.NetworkInterface::attachment)
                .filter(a -> !a.status().equals("detached"))
                .map(LocalEc2State.Attachment::instanceId);
        boolean running = instanceId
                .flatMap(resources::instance)
                .filter(i -> i.state().equals("running"))
                .isPresent();
        return new LocalEc2State.Route(
                route.cidr,
                "",
                instanceId.orElse(""),
                route.networkInterfaceId,
                running ? "active" : "blackhole",
                route.origin);
    }

    private static LocalEc2State.Instance instance(String instanceId, Resources resources) {
        if (!ResourceIds.isInstanceId(instanceId)) {
            throw new ServiceError(400, "InvalidInstanceID.Malformed", "Invalid id: \"" + instanceId + "\"");
        }
        return resources
                .instance(instanceId)
                .orElseThrow(() -> new ServiceError(
                        400, "InvalidInstanceID.NotFound", "The instance ID '" + instanceId + "' does not exist"));
    }

    private static void checkTableId(String id) {
        if (!id.startsWith("rtb-")) {
            throw new ServiceError(400, "InvalidRouteTableId.Malformed", "Invalid id: \"" + id + "\"");
        }
    }

    private static ServiceError tableNotFound(List<String> ids) {
        String message = ids.size() == 1
                ? "The routeTable ID '" + ids.get(0) + "' does not exist"
                : "The routeTable IDs '" + String.join(", ", ids) + "' do not exist";
        return new ServiceError(400, "InvalidRouteTableID.NotFound", message);
    }

    private static ServiceError interfaceNotFound(String id) {
        return new ServiceError(
                400, "InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '" + id + "' does not exist");
    }
}
