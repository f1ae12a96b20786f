package dev.ec2lite.cli;

import dev.ec2lite.AssociateAddressRequest;
import dev.ec2lite.AssociateAddressResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ec2lite associate-address}: the AWS CLI's command of the same name (VPC addresses, by allocation id). */
@Command(
        name = "associate-address",
        mixinStandardHelpOptions = true,
        description = "Associate an Elastic IP with an instance or a network interface (EC2 AssociateAddress).")
final class AssociateAddressCommand extends Ec2CallCommand {
    static final String OPERATION = "AssociateAddress";

    @Option(names = "--allocation-id", required = true, paramLabel = "ID", description = "The Elastic IP.")
    String allocationId;

    @Option(
            names = "--instance-id",
            paramLabel = "ID",
            description = "The instance (it must have exactly one network interface).")
    String instanceId;

    @Option(names = "--network-interface-id", paramLabel = "ID", description = "The network interface.")
    String networkInterfaceId;

    @Option(
            names = "--private-ip-address",
            paramLabel = "IP",
            description = "The target's private address to use (default: its primary one).")
    String privateIpAddress;

    @Option(
            names = "--allow-reassociation",
            negatable = true,
            description = "Take the address from wherever it is associated now (--no-allow-reassociation sends"
                    + " AllowReassociation=false).")
    Boolean allowReassociation;

    @Option(
            names = "--dry-run",
            negatable = true,
            description = "Only check that you may associate; nothing changes (prints \"DryRun\": true when you may).")
    Boolean dryRun;

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
