package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.ReplaceRouteRequest;
import dev.ec2lite.ReplaceRouteResponse;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ec2lite replace-route}: the AWS CLI's command of the same name, for a network interface or an
 * instance target. ReplaceRoute answers nothing of its own, so this prints the response metadata as
 * {@code disassociate-address} does.
 */
@Command(
        name = "replace-route",
        mixinStandardHelpOptions = true,
        description = "Point an existing route at a network interface or an instance (EC2 ReplaceRoute).")
final class ReplaceRouteCommand extends Ec2CallCommand {
    static final String OPERATION = "ReplaceRoute";

    @Option(names = "--route-table-id", required = true, paramLabel = "ID", description = "The route table.")
    String routeTableId;

    @Option(
            names = "--destination-cidr-block",
            required = true,
            paramLabel = "CIDR",
            description = "The route's destination, such as 192.168.100.10/32.")
    String destinationCidrBlock;

    @Option(names = "--network-interface-id", paramLabel = "ID", description = "Route to this network interface.")
    String networkInterfaceId;

    @Option(
            names = "--instance-id",
            paramLabel = "ID",
            description = "Route to this instance (it must have exactly one network interface).")
    String instanceId;

    @Option(names = "--dry-run", negatable = true, description = "Only check that you may replace; nothing changes.")
    Boolean dryRun;

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
