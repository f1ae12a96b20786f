package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.MovePrivateIpRequest;
import dev.ec2lite.MovePrivateIpResponse;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite move-private-ip}: the fail-over move of a secondary private IP, look-up → checks →
 * reassign → verify. Progress goes to stderr, the result to stdout in the chosen output format.
 */
final class MovePrivateIpCommand extends Ec2CallCommand {
    static final String OPERATION = "MovePrivateIp";

    String privateIpAddress;
    String networkInterfaceId;
    MoveOptions move = new MoveOptions();

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option(
                        "--private-ip-address", String.class, () -> privateIpAddress, v -> privateIpAddress = v)
                .required(true)
                .paramLabel("IP")
                .description("The secondary private IPv4 address to move.")
                .build());
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The interface to move it to.")
                .build());
        move.declareOptions(model);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "move-private-ip",
                "Move a secondary private IP (and the Elastic IP associated with it) to another network"
                        + " interface: find the interface that has it, check the target exists in that subnet, reassign"
                        + " it, and describe again until it shows on the target and no longer on the source. Nothing is"
                        + " changed unless the address is a secondary one and the target passed the checks. Progress"
                        + " goes to stderr, the result to stdout.");
        declareOptions(model);
        return model;
    }

    private MovePrivateIpRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = MovePrivateIpRequest.builder()
                .privateIpAddress(privateIpAddress)
                .networkInterfaceId(networkInterfaceId)
                .waiting(move.waiting())
                .deadline(move.deadline())
                .verifyTarget(move.verifyTarget())
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        MovePrivateIpResponse moved = ec2.moveSecondaryPrivateIp(request, (step, detail) -> {
            err.println(step + ": " + detail);
            err.flush();
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("PrivateIpAddress", moved.privateIpAddress());
        answer.put("NetworkInterfaceId", moved.networkInterfaceId());
        moved.previousNetworkInterfaceId().ifPresent(id -> answer.put("PreviousNetworkInterfaceId", id));
        answer.put("AlreadyThere", moved.alreadyThere());
        moved.elasticIp().ifPresent(eip -> {
            Map<String, Object> association = new LinkedHashMap<>();
            association.put("PublicIp", eip.publicIp());
            association.put("AllocationId", eip.allocationId());
            association.put("AssociationId", eip.associationId());
            answer.put("Association", association);
        });
        printer.print(OPERATION, answer, out);
        return ExitCodes.SUCCESS;
    }
}
