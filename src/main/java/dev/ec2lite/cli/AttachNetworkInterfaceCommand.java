package dev.ec2lite.cli;

import dev.ec2lite.AttachNetworkInterfaceRequest;
import dev.ec2lite.AttachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite attach-network-interface}: the AWS CLI's command of the same name. */
final class AttachNetworkInterfaceCommand extends Ec2CallCommand {
    static final String OPERATION = "AttachNetworkInterface";

    String networkInterfaceId;
    String instanceId;
    int deviceIndex;
    Integer networkCardIndex;
    boolean dryRun;

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
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The instance to attach it to.")
                .build());
        model.addOption(CommandModel.option("--device-index", int.class, () -> deviceIndex, v -> deviceIndex = v)
                .required(true)
                .paramLabel("N")
                .description("The instance's device slot; 0 is its primary interface.")
                .build());
        model.addOption(CommandModel.option(
                        "--network-card-index", Integer.class, () -> networkCardIndex, v -> networkCardIndex = v)
                .paramLabel("N")
                .description("The network card, on instance types with several (default: EC2's, card 0).")
                .build());
        model.addOption(CommandModel.option("--dry-run", boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may attach; nothing changes (prints \"DryRun\": true when you may).")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "attach-network-interface",
                "Attach a network interface to an instance (EC2 AttachNetworkInterface).");
        declareOptions(model);
        return model;
    }

    private AttachNetworkInterfaceRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = AttachNetworkInterfaceRequest.builder()
                .networkInterfaceId(networkInterfaceId)
                .instanceId(instanceId)
                .deviceIndex(deviceIndex)
                .dryRun(dryRun)
                .networkCardIndex(networkCardIndex)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        AttachNetworkInterfaceResponse response = ec2.attachNetworkInterface(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (response.dryRun()) {
            answer.put("DryRun", true);
        }
        response.attachmentId().ifPresent(id -> answer.put("AttachmentId", id));
        response.networkCardIndex().ifPresent(card -> answer.put("NetworkCardIndex", (long) card));
        printer.print(OPERATION, answer, out);
        return ExitCodes.SUCCESS;
    }
}
