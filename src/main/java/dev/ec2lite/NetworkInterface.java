package dev.ec2lite;

import java.util.Optional;

/**
 * A network interface as {@code DescribeNetworkInterfaces} reports it, with the fields a fail-over
 * needs. The whole answer stays reachable through {@link DescribeNetworkInterfacesResponse#xml()}.
 *
 * @param status {@code available}, {@code in-use}, {@code attaching}, {@code detaching} …
 * @param availabilityZone the zone the interface lives in (it can only be attached to instances there)
 */
public record NetworkInterface(
        String networkInterfaceId, String status, Optional<String> availabilityZone, Optional<Attachment> attachment) {
    /** Status of an interface attached to nothing. */
    public static final String AVAILABLE = "available";
    /** Status of an interface attached to an instance. */
    public static final String IN_USE = "in-use";

    /** An interface whose zone is not known. */
    public NetworkInterface(String networkInterfaceId, String status, Optional<Attachment> attachment) {
        this(networkInterfaceId, status, Optional.empty(), attachment);
    }

    /**
     * The interface's attachment.
     *
     * @param status {@code attaching}, {@code attached}, {@code detaching}, {@code detached}
     */
    public record Attachment(String attachmentId, String instanceId, int deviceIndex, String status) {}

    /** A short line for logs and progress output. */
    public String describe() {
        return networkInterfaceId + " " + status
                + attachment
                        .map(a -> " (" + a.attachmentId() + " on " + a.instanceId() + " at device index "
                                + a.deviceIndex() + ", " + a.status() + ")")
                        .orElse(" (not attached)");
    }
}
