package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.UnassignPrivateIpAddressesRequest;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ec2lite unassign-private-ip-addresses}: the AWS CLI's command of the same name. EC2's answer
 * has no output members, so, as the AWS CLI, it prints nothing on success.
 */
@Command(
        name = "unassign-private-ip-addresses",
        mixinStandardHelpOptions = true,
        description = "Release secondary private IPv4 addresses from a network interface (EC2"
                + " UnassignPrivateIpAddresses); an Elastic IP associated with one is disassociated.")
final class UnassignPrivateIpAddressesCommand extends Ec2CallCommand {
    static final String OPERATION = "UnassignPrivateIpAddresses";

    @Option(names = "--network-interface-id", required = true, paramLabel = "ID", description = "The interface.")
    String networkInterfaceId;

    @Option(
            names = "--private-ip-addresses",
            required = true,
            arity = "1..*",
            paramLabel = "IP",
            description = "The secondary addresses to release (space-separated).")
    List<String> privateIpAddresses;

    private UnassignPrivateIpAddressesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = UnassignPrivateIpAddressesRequest.builder()
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddresses(privateIpAddresses)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        ec2.unassignPrivateIpAddresses(request);
        return ExitCodes.SUCCESS;
    }
}
