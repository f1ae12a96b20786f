package dev.ec2lite.cli;

import dev.ec2lite.DisassociateAddressRequest;
import dev.ec2lite.DisassociateAddressResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite disassociate-address}: the AWS CLI's command of the same name. */
final class DisassociateAddressCommand extends Ec2CallCommand {
    static final String OPERATION = "DisassociateAddress";

    String associationId;
    Boolean dryRun;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(
                CommandModel.option("--association-id", String.class, () -> associationId, v -> associationId = v)
                        .required(true)
                        .paramLabel("ID")
                        .description("The association.")
                        .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may disassociate; nothing changes.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this, "disassociate-address", "Remove an Elastic IP's association (EC2 DisassociateAddress).");
        declareOptions(model);
        return model;
    }

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
