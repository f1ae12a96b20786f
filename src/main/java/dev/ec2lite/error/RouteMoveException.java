package dev.ec2lite.error;

import java.util.List;

/**
 * A route move failed. Besides the step and the routes' state, it says which route tables this move
 * had already changed and which it had not, so a partial failure across tables can be finished (or
 * undone) by hand.
 */
public class RouteMoveException extends MoveException {
    private static final long serialVersionUID = 1L;

    private final List<String> changedRouteTableIds;
    private final List<String> unchangedRouteTableIds;

    public RouteMoveException(
            String step,
            String routesState,
            List<String> changedRouteTableIds,
            List<String> unchangedRouteTableIds,
            String message,
            Throwable cause) {
        super(
                step,
                routesState,
                message + " (route tables changed: " + names(changedRouteTableIds) + "; not changed: "
                        + names(unchangedRouteTableIds) + ")",
                cause);
        this.changedRouteTableIds = List.copyOf(changedRouteTableIds);
        this.unchangedRouteTableIds = List.copyOf(unchangedRouteTableIds);
    }

    private static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** The tables whose route this move replaced before it failed (they point at the new target). */
    public List<String> changedRouteTableIds() {
        return changedRouteTableIds;
    }

    /**
     * The tables whose route this move did not replace: the one that failed and those after it (they
     * still point where they did). Tables that already pointed at the target are in neither list.
     */
    public List<String> unchangedRouteTableIds() {
        return unchangedRouteTableIds;
    }
}
