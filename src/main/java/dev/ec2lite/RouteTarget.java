package dev.ec2lite;

import java.util.Objects;

/**
 * Where a route sends its traffic, as a fail-over points it: a network interface ({@code
 * NetworkInterfaceId}) or an instance ({@code InstanceId}, which EC2 resolves to the instance's only
 * interface). Immutable; the id is checked when it is made.
 */
public record RouteTarget(Kind kind, String id) {
    /** The two kinds of target a fail-over route uses. */
    public enum Kind {
        NETWORK_INTERFACE("NetworkInterfaceId", "network interface"),
        INSTANCE("InstanceId", "instance");

        private final String parameter;
        private final String noun;

        Kind(String parameter, String noun) {
            this.parameter = parameter;
            this.noun = noun;
        }

        /** The Query parameter that names it: {@code NetworkInterfaceId} or {@code InstanceId}. */
        public String parameter() {
            return parameter;
        }

        /** "network interface" or "instance", for messages. */
        public String noun() {
            return noun;
        }
    }

    public RouteTarget {
        Objects.requireNonNull(kind, "kind == null");
        DetachNetworkInterfaceRequest.checkId(id, kind == Kind.INSTANCE ? "instanceId" : "networkInterfaceId");
    }

    public static RouteTarget networkInterface(String networkInterfaceId) {
        return new RouteTarget(Kind.NETWORK_INTERFACE, networkInterfaceId);
    }

    public static RouteTarget instance(String instanceId) {
        return new RouteTarget(Kind.INSTANCE, instanceId);
    }

    /**
     * Exactly one of the two, as the builders of the route requests take them.
     *
     * @throws IllegalArgumentException when both or neither are given
     */
    static RouteTarget exactlyOne(String networkInterfaceId, String instanceId) {
        if ((networkInterfaceId == null) == (instanceId == null)) {
            throw new IllegalArgumentException("give exactly one target: networkInterfaceId or instanceId");
        }
        return networkInterfaceId != null ? networkInterface(networkInterfaceId) : instance(instanceId);
    }

    @Override
    public String toString() {
        return kind.noun() + " " + id;
    }
}
