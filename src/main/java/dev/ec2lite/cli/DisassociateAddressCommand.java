package dev.ec2lite.cli;

import dev.ec2lite.DisassociateAddressRequest;
import dev.ec2lite.DisassociateAddressResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ec2lite disassociate-address}: the AWS CLI's command of the same name. */
@Command(
        name = "disassociate-address",
        mixinStandardHelpOptions = true,
        description = "Remove an Elastic IP's association (EC2 DisassociateAddress).")
final class DisassociateAddressCommand extends Ec2CallCommand {
    static final String OPERATION = "DisassociateAddress";

    @Option(names = "--association-id", required = true, paramLabel = "ID", description = "The association.")
    String associationId;

    @Option(
            names = "--dry-run",
            negatable = true,
            description = "Only check that you may disassociate; nothing changes.")
    Boolean dryRun;

    private DisassociateAddressRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        request = DisassociateAddressRequest.builder()
                .associationId(associationId)
                .dryRun(dryRun)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        DisassociateAddressResponse response = ec2.disassociateAddress(request);
        ResponsePrinter.print(
                out,
                printer,
                OPERATION,
                new ResponsePrinter.Metadata(
                        response.requestId(), response.dryRun(), response.statusCode(), response.attempts()));
        return ExitCodes.SUCCESS;
    }
}
