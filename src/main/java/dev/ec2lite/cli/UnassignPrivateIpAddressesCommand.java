package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.UnassignPrivateIpAddressesRequest;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite unassign-private-ip-addresses}: the AWS CLI's command of the same name. EC2's answer
 * has no output members, so, as the AWS CLI, it prints nothing on success.
 */
final class UnassignPrivateIpAddressesCommand extends Ec2CallCommand {
    static final String OPERATION = "UnassignPrivateIpAddresses";

    String networkInterfaceId;
    List<String> privateIpAddresses;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The interface.")
                .build());
        model.addOption(
                CommandModel.listOption("--private-ip-addresses", () -> privateIpAddresses, v -> privateIpAddresses = v)
                        .required(true)
                        .arity("1..*")
                        .paramLabel("IP")
                        .description("The secondary addresses to release (space-separated).")
                        .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "unassign-private-ip-addresses",
                "Release secondary private IPv4 addresses from a network interface (EC2"
                        + " UnassignPrivateIpAddresses); an Elastic IP associated with one is disassociated.");
        declareOptions(model);
        return model;
    }

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
