package dev.ec2lite;

import dev.ec2lite.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * One page of the answer to {@code DescribeInstances}: the reservations with their instances, the
 * token of the next page (absent on the last), the request id, and the page's XML for fields
 * ec2lite does not type.
 */
public record DescribeInstancesResponse(
        List<Reservation> reservations, Optional<String> nextToken, Optional<String> requestId, XmlElement xml) {
    public DescribeInstancesResponse {
        reservations = List.copyOf(reservations);
    }

    /** A launch request's instances, as EC2 groups them ({@code reservationSet/item}). */
    public record Reservation(String reservationId, String ownerId, List<Instance> instances) {
        public Reservation {
            instances = List.copyOf(instances);
        }
    }

    /** Every instance of every reservation on this page, in the answer's order. */
    public List<Instance> instances() {
        return reservations.stream().flatMap(r -> r.instances().stream()).toList();
    }

    /** The instance {@code instanceId}, if this page holds it. */
    public Optional<Instance> find(String instanceId) {
        return instances().stream()
                .filter(instance -> instance.instanceId().equals(instanceId))
                .findFirst();
    }
}
