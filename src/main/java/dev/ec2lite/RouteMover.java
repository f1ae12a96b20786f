package dev.ec2lite;

import dev.ec2lite.MoveListener.Step;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.Ec2WaiterException;
import dev.ec2lite.error.MoveDeadlineException;
import dev.ec2lite.error.MoveTargetException;
import dev.ec2lite.error.MoveTargetException.Check;
import dev.ec2lite.error.RouteMoveException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Points the route for an overlay address at a new target in one or more route tables, the fail-over
 * of Pacemaker's {@code aws-vpc-move-ip}: look the tables up, check the target, optionally turn its
 * source/destination check off, replace each route, then describe the tables again until every route
 * shows the target (EC2 answers {@code ReplaceRoute} before the change is visible everywhere).
 *
 * <p>Nothing is replaced unless every table exists and holds a route for the destination, and (unless
 * the checks are off) the target exists and is in every table's VPC. A table whose route already
 * points at the target is left alone: "already done" is progress. Tables are changed one by one in
 * the request's order and the move stops at the first refusal; the exception then names the tables
 * changed and those not.
 */
final class RouteMover {
    /** The state look-up after a failure may overrun the deadline by this much, no more. */
    private static final Duration STATE_LOOKUP_TIMEOUT = Duration.ofSeconds(5);

    private final Ec2Calls calls;
    private final Poller poller;
    private final RouteTargetVerifier verifier;
    private final LongSupplier nanoTime;

    RouteMover(Ec2Calls calls, Poller poller, RouteTargetVerifier verifier, LongSupplier nanoTime) {
        this.calls = calls;
        this.poller = poller;
        this.verifier = verifier;
        this.nanoTime = nanoTime;
    }

    MoveRouteResponse move(MoveRouteRequest request, MoveListener listener) {
        List<String> ids = request.routeTableIds();
        String cidr = request.destinationCidrBlock();
        RouteTarget target = request.target();
        MoveDeadline deadline = MoveDeadline.start(request.deadline(), nanoTime);
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>(ids);
        Step step = Step.LOOK_UP;
        try {
            deadline.check(step);
            List<RouteTable> tables = lookUp(ids, cidr, deadline.callTimeout());
            listener.onStep(step, routes(tables, cidr));
            List<String> alreadyDone = tables.stream()
                    .filter(table -> table.route(cidr).orElseThrow().pointsAt(target))
                    .map(RouteTable::routeTableId)
                    .toList();
            unchanged.removeAll(alreadyDone);
            if (unchanged.isEmpty() && !request.disableSourceDestCheck()) {
                listener.onStep(Step.DONE, "every route for " + cidr + " already points at " + target);
                return new MoveRouteResponse(cidr, target, List.of(), alreadyDone, false, tables);
            }

            step = Step.VERIFY_TARGET;
            deadline.check(step);
            listener.onStep(
                    step,
                    request.verifyTarget()
                            ? verifier.verify(target, tables, deadline.callTimeout())
                            : "skipped: the target checks were turned off");

            if (request.disableSourceDestCheck()) {
                step = Step.DISABLE_SOURCE_DEST_CHECK;
                deadline.check(step);
                listener.onStep(step, disableSourceDestCheck(target, deadline.callTimeout()));
            }

            step = Step.REPLACE_ROUTE;
            for (String id : List.copyOf(unchanged)) {
                deadline.check(step);
                ReplaceRouteResponse replaced = calls.call(
                        ReplaceRouteOperation.INSTANCE,
                        ReplaceRouteRequest.of(id, cidr, target),
                        deadline.callTimeout());
                unchanged.remove(id);
                changed.add(id);
                listener.onStep(
                        step,
                        id + ": " + cidr + " -> " + target + ", request id "
                                + replaced.requestId().orElse("none"));
            }

            step = Step.VERIFY_RESULT;
            deadline.check(step);
            List<RouteTable> done = poller.until(
                    "the route for " + cidr + " to point at " + target + " in " + String.join(", ", ids),
                    timeout -> Optional.of(describe(ids, timeout)),
                    seen -> seen.size() == ids.size()
                            && seen.stream()
                                    .allMatch(table -> table.route(cidr)
                                            .filter(route -> route.pointsAt(target))
                                            .isPresent()),
                    seen -> routes(seen, cidr),
                    deadline.bound(request.waiting()));
            listener.onStep(step, routes(done, cidr));
            listener.onStep(
                    Step.DONE,
                    "the route for " + cidr + " points at " + target + " in " + ids.size()
                            + (ids.size() == 1 ? " table" : " tables"));
            return new MoveRouteResponse(cidr, target, changed, alreadyDone, request.disableSourceDestCheck(), done);
        } catch (Ec2Exception | IllegalStateException e) {
            RuntimeException reason =
                    !(e instanceof MoveDeadlineException) && deadline.explains(e) ? deadline.during(step, e) : e;
            // A verification that gave up has just seen the routes; describing again would only add delay.
            String state = e instanceof Ec2WaiterException waited ? waited.lastState() : stateNow(ids, cidr);
            throw new RouteMoveException(
                    step.name(),
                    state,
                    changed,
                    unchanged,
                    "moving the route for " + cidr + " to " + target + " failed: " + reason.getMessage(),
                    reason);
        }
    }

    /**
     * The tables, each checked to exist and to hold a route for {@code cidr}, in the request's order.
     *
     * @throws MoveTargetException {@code SOURCE_EXISTS} naming the table or the missing route
     */
    private List<RouteTable> lookUp(List<String> ids, String cidr, Duration timeout) {
        List<RouteTable> found;
        try {
            found = describe(ids, timeout);
        } catch (Ec2ServiceException e) {
            if (e.isErrorCode("InvalidRouteTableID.NotFound") || e.isErrorCode("InvalidRouteTableId.Malformed")) {
                throw new MoveTargetException(Check.SOURCE_EXISTS, e.errorMessage() + " (" + e.errorCode() + ")", e);
            }
            throw e;
        }
        List<RouteTable> tables = new ArrayList<>();
        for (String id : ids) {
            RouteTable table = found.stream()
                    .filter(t -> t.routeTableId().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new MoveTargetException(
                            Check.SOURCE_EXISTS,
                            "route table " + id + " is not in the DescribeRouteTables answer",
                            null));
            if (table.route(cidr).isEmpty()) {
                // EC2 would refuse the ReplaceRoute (there is nothing to replace); say so before any change.
                throw new MoveTargetException(
                        Check.SOURCE_EXISTS,
                        "route table " + id + " has no route for " + cidr
                                + "; ReplaceRoute only changes an existing route (create it with CreateRoute)",
                        null);
            }
            tables.add(table);
        }
        return tables;
    }

    private List<RouteTable> describe(List<String> ids, Duration timeout) {
        return DescribeRouteTablesOperation.allPages(calls, DescribeRouteTablesRequest.byId(ids), timeout)
                .routeTables();
    }

    /** Turns the target's source/destination check off; returns what happened. */
    private String disableSourceDestCheck(RouteTarget target, Duration timeout) {
        Optional<String> requestId = switch (target.kind()) {
            case NETWORK_INTERFACE ->
                calls.call(
                                ModifyNetworkInterfaceAttributeOperation.INSTANCE,
                                ModifyNetworkInterfaceAttributeRequest.sourceDestCheck(target.id(), false),
                                timeout)
                        .requestId();
            case INSTANCE ->
                calls.call(
                                ModifyInstanceAttributeOperation.INSTANCE,
                                ModifyInstanceAttributeRequest.sourceDestCheck(target.id(), false),
                                timeout)
                        .requestId();
        };
        return target + ": source/destination check off, request id " + requestId.orElse("none");
    }

    /** Each table's route for {@code cidr}, for progress output and failure messages. */
    private static String routes(List<RouteTable> tables, String cidr) {
        return tables.stream()
                .map(table -> table.routeTableId() + ": "
                        + table.route(cidr).map(RouteTable.Route::describe).orElse("no route for " + cidr))
                .collect(Collectors.joining("; "));
    }

    /** The routes' state for a failure message, within a few seconds; never throws. */
    private String stateNow(List<String> ids, String cidr) {
        try {
            return routes(describe(ids, STATE_LOOKUP_TIMEOUT), cidr);
        } catch (RuntimeException e) {
            return "unknown (the route tables could not be described: " + e.getMessage() + ")";
        }
    }
}
