package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.ReplaceRouteRequest;
import dev.ec2lite.ReplaceRouteResponse;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite replace-route}: the AWS CLI's command of the same name, for a network interface or an
 * instance target. ReplaceRoute answers nothing of its own, so this prints the response metadata as
 * {@code disassociate-address} does.
 */
final class ReplaceRouteCommand extends Ec2CallCommand {
    static final String OPERATION = "ReplaceRoute";

    String routeTableId;
    String destinationCidrBlock;
    String networkInterfaceId;
    String instanceId;
    Boolean dryRun;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option("--route-table-id", String.class, () -> routeTableId, v -> routeTableId = v)
                .required(true)
                .paramLabel("ID")
                .description("The route table.")
                .build());
        model.addOption(CommandModel.option(
                        "--destination-cidr-block",
                        String.class,
                        () -> destinationCidrBlock,
                        v -> destinationCidrBlock = v)
                .required(true)
                .paramLabel("CIDR")
                .description("The route's destination, such as 192.168.100.10/32.")
                .build());
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .paramLabel("ID")
                .description("Route to this network interface.")
                .build());
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .paramLabel("ID")
                .description("Route to this instance (it must have exactly one network interface).")
                .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may replace; nothing changes.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "replace-route",
                "Point an existing route at a network interface or an instance (EC2 ReplaceRoute).");
        declareOptions(model);
        return model;
    }

    private ReplaceRouteRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        if ((networkInterfaceId == null) == (instanceId == null)) {
            throw new IllegalArgumentException("give exactly one of --network-interface-id and --instance-id");
        }
        ReplaceRouteRequest.Builder builder = ReplaceRouteRequest.builder()
                .routeTableId(routeTableId)
                .destinationCidrBlock(destinationCidrBlock)
                .dryRun(dryRun);
        request = (networkInterfaceId != null
                        ? builder.networkInterfaceId(networkInterfaceId)
                        : builder.instanceId(instanceId))
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        ReplaceRouteResponse response = ec2.replaceRoute(request);
        ResponsePrinter.print(
                out,
                printer,
                OPERATION,
                new ResponsePrinter.Metadata(
                        response.requestId(), response.dryRun(), response.statusCode(), response.attempts()));
        return ExitCodes.SUCCESS;
    }
}
