package dev.ec2lite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Every subcommand, by name, with the line the top-level help shows for it.
 *
 * <p>Building every subcommand's model was most of a one-call process's start-up: {@link Main}
 * therefore makes and registers only the subcommand being run, and the top-level help is written
 * from this list without building any model.
 */
final class Subcommands {
    /** One subcommand: its name, its class (made by {@link Main#create}) and a one-line summary. */
    record Entry(String name, Class<? extends ModelledCommand> type, String summary) {}

    static final List<Entry> ALL = List.of(
            new Entry("demo", DemoCommand.class, "Run the main job offline against an embedded EC2 endpoint."),
            new Entry(
                    "attach-network-interface",
                    AttachNetworkInterfaceCommand.class,
                    "Attach a network interface to an instance."),
            new Entry(
                    "describe-network-interfaces",
                    DescribeNetworkInterfacesCommand.class,
                    "Describe network interfaces, by id or filter."),
            new Entry(
                    "describe-instances",
                    DescribeInstancesCommand.class,
                    "Describe instances, by id or filter (what fail-over needs)."),
            new Entry(
                    "detach-network-interface",
                    DetachNetworkInterfaceCommand.class,
                    "Detach a network interface from an instance."),
            new Entry(
                    "move-network-interface",
                    MoveNetworkInterfaceCommand.class,
                    "Move a network interface to another instance, safely."),
            new Entry(
                    "assign-private-ip-addresses",
                    AssignPrivateIpAddressesCommand.class,
                    "Assign secondary private IPs to a network interface."),
            new Entry(
                    "unassign-private-ip-addresses",
                    UnassignPrivateIpAddressesCommand.class,
                    "Release secondary private IPs from a network interface."),
            new Entry(
                    "move-private-ip",
                    MovePrivateIpCommand.class,
                    "Move a secondary private IP to another network interface, safely."),
            new Entry(
                    "associate-address",
                    AssociateAddressCommand.class,
                    "Associate an Elastic IP with an instance or a network interface."),
            new Entry("disassociate-address", DisassociateAddressCommand.class, "Remove an Elastic IP's association."),
            new Entry("describe-addresses", DescribeAddressesCommand.class, "Describe Elastic IP addresses."),
            new Entry(
                    "move-address",
                    MoveAddressCommand.class,
                    "Move an Elastic IP to another instance or interface, safely."),
            new Entry(
                    "move-route",
                    MoveRouteCommand.class,
                    "Point an overlay route at another target in every route table, safely."),
            new Entry("replace-route", ReplaceRouteCommand.class, "Point an existing route at another target."),
            new Entry("describe-route-tables", DescribeRouteTablesCommand.class, "Describe route tables."),
            new Entry(
                    "modify-network-interface-attribute",
                    ModifyNetworkInterfaceAttributeCommand.class,
                    "Turn a network interface's source/destination check on or off."),
            new Entry(
                    "modify-instance-attribute",
                    ModifyInstanceAttributeCommand.class,
                    "Turn an instance's source/destination check on or off."),
            new Entry("wait", WaitCommand.class, "Wait until network interfaces reach a state."),
            new Entry("metadata", MetadataCommand.class, "Print who this instance is (instance metadata)."),
            new Entry("local-endpoint", LocalEndpointCommand.class, "Run the embedded EC2 endpoint on 127.0.0.1."),
            new Entry("sign", SignCommand.class, "Sign a request in the SigV4 test suite's format."));

    private Subcommands() {}

    static Optional<Entry> named(String name) {
        for (Entry entry : ALL) {
            if (entry.name().equals(name)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The top-level usage, as picocli would lay it out. */
    static void printUsage(PrintWriter out) {
        out.println("Usage: ec2lite [-hV] COMMAND");
        out.println(Ec2liteCommand.DESCRIPTION);
        out.println("  -h, --help      Show this help message and exit.");
        out.println("  -V, --version   Print version information and exit.");
        out.println("Commands:");
        int width = 0;
        for (Entry entry : ALL) {
            width = Math.max(width, entry.name().length());
        }
        for (Entry entry : ALL) {
            out.println("  " + entry.name() + " ".repeat(width - entry.name().length() + 2) + entry.summary());
        }
        out.println("Run 'ec2lite COMMAND --help' for a command's options.");
    }
}
