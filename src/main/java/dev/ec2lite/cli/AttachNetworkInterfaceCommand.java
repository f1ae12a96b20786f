package dev.ec2lite.cli;

import dev.ec2lite.AttachNetworkInterfaceRequest;
import dev.ec2lite.AttachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ec2lite attach-network-interface}: the AWS CLI's command of the same name. */
@Command(
        name = "attach-network-interface",
        mixinStandardHelpOptions = true,
        description = "Attach a network interface to an instance (EC2 AttachNetworkInterface).")
final class AttachNetworkInterfaceCommand extends Ec2CallCommand {
    static final String OPERATION = "AttachNetworkInterface";

    @Option(names = "--network-interface-id", required = true, paramLabel = "ID", description = "The interface.")
    String networkInterfaceId;

    @Option(names = "--instance-id", required = true, paramLabel = "ID", description = "The instance to attach it to.")
    String instanceId;

    @Option(
            names = "--device-index",
            required = true,
            paramLabel = "N",
            description = "The instance's device slot; 0 is its primary interface.")
    int deviceIndex;

    @Option(
            names = "--network-card-index",
            paramLabel = "N",
            description = "The network card, on instance types with several (default: EC2's, card 0).")
    Integer networkCardIndex;

    @Option(
            names = "--dry-run",
            negatable = true,
            description = "Only check that you may attach; nothing changes (prints \"DryRun\": true when you may).")
    boolean dryRun;

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
