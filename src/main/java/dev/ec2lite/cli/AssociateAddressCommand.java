package dev.ec2lite.cli;

import dev.ec2lite.AssociateAddressRequest;
import dev.ec2lite.AssociateAddressResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite associate-address}: the AWS CLI's command of the same name (VPC addresses, by allocation id). */
final class AssociateAddressCommand extends Ec2CallCommand {
    static final String OPERATION = "AssociateAddress";

    String allocationId;
    String instanceId;
    String networkInterfaceId;
    String privateIpAddress;
    Boolean allowReassociation;
    Boolean dryRun;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option("--allocation-id", String.class, () -> allocationId, v -> allocationId = v)
                .required(true)
                .paramLabel("ID")
                .description("The Elastic IP.")
                .build());
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .paramLabel("ID")
                .description("The instance (it must have exactly one network interface).")
                .build());
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .paramLabel("ID")
                .description("The network interface.")
                .build());
        model.addOption(CommandModel.option(
                        "--private-ip-address", String.class, () -> privateIpAddress, v -> privateIpAddress = v)
                .paramLabel("IP")
                .description("The target's private address to use (default: its primary one).")
                .build());
        model.addOption(CommandModel.option(
                        "--allow-reassociation", Boolean.class, () -> allowReassociation, v -> allowReassociation = v)
                .negatable(true)
                .description("Take the address from wherever it is associated now (--no-allow-reassociation sends"
                        + " AllowReassociation=false).")
                .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description(
                        "Only check that you may associate; nothing changes (prints \"DryRun\": true when you may).")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "associate-address",
                "Associate an Elastic IP with an instance or a network interface (EC2 AssociateAddress).");
        declareOptions(model);
        return model;
    }

    private AssociateAddressRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = AssociateAddressRequest.builder()
                .allocationId(allocationId)
                .instanceId(instanceId)
                .networkInterfaceId(networkInterfaceId)
                .privateIpAddress(privateIpAddress)
                .allowReassociation(allowReassociation)
                .dryRun(dryRun)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        AssociateAddressResponse response = ec2.associateAddress(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (response.dryRun()) {
            answer.put("DryRun", true);
        }
        response.associationId().ifPresent(id -> answer.put("AssociationId", id));
        printer.print(OPERATION, answer, out);
        return ExitCodes.SUCCESS;
    }
}
