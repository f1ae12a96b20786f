package dev.ec2lite.cli;

import dev.ec2lite.AssignPrivateIpAddressesRequest;
import dev.ec2lite.AssignPrivateIpAddressesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite assign-private-ip-addresses}: the AWS CLI's command of the same name. */
final class AssignPrivateIpAddressesCommand extends Ec2CallCommand {
    static final String OPERATION = "AssignPrivateIpAddresses";

    String networkInterfaceId;
    List<String> privateIpAddresses = List.of();
    Integer secondaryPrivateIpAddressCount;
    Boolean allowReassignment;

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
                        .arity("1..*")
                        .paramLabel("IP")
                        .description(
                                "The addresses to assign (space-separated); not with --secondary-private-ip-address-count.")
                        .build());
        model.addOption(CommandModel.option(
                        "--secondary-private-ip-address-count",
                        Integer.class,
                        () -> secondaryPrivateIpAddressCount,
                        v -> secondaryPrivateIpAddressCount = v)
                .paramLabel("N")
                .description("How many addresses EC2 should pick in the interface's subnet.")
                .build());
        model.addOption(CommandModel.option(
                        "--allow-reassignment", Boolean.class, () -> allowReassignment, v -> allowReassignment = v)
                .negatable(true)
                .description("Take an address from the interface that has it now, with its Elastic IP"
                        + " (--no-allow-reassignment sends AllowReassignment=false).")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "assign-private-ip-addresses",
                "Assign secondary private IPv4 addresses to a network interface (EC2"
                        + " AssignPrivateIpAddresses). EC2 has no dry run for this action.");
        declareOptions(model);
        return model;
    }

    private AssignPrivateIpAddressesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = AssignPrivateIpAddressesRequest.builder()
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddresses(privateIpAddresses)
                .secondaryPrivateIpAddressCount(secondaryPrivateIpAddressCount)
                .allowReassignment(allowReassignment)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        AssignPrivateIpAddressesResponse response = ec2.assignPrivateIpAddresses(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        response.networkInterfaceId().ifPresent(id -> answer.put("NetworkInterfaceId", id));
        List<Object> assigned = new ArrayList<>();
        for (String address : response.assignedPrivateIpAddresses()) {
            assigned.add(Map.of("PrivateIpAddress", address));
        }
        answer.put("AssignedPrivateIpAddresses", assigned);
        printer.print(OPERATION, answer, out);
        return ExitCodes.SUCCESS;
    }
}
