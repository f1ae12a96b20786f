package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.ModifyInstanceAttributeRequest;
import dev.ec2lite.ModifyInstanceAttributeResponse;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite modify-instance-attribute}: the AWS CLI's command of the same name, for the one
 * attribute a route through the instance needs, its source/destination check. Any other attribute
 * option is unknown here, so picocli refuses it by name (exit 252).
 */
final class ModifyInstanceAttributeCommand extends Ec2CallCommand {
    static final String OPERATION = "ModifyInstanceAttribute";

    String instanceId;
    Boolean sourceDestCheck;
    Boolean dryRun;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The instance.")
                .build());
        model.addOption(CommandModel.option(
                        "--source-dest-check", Boolean.class, () -> sourceDestCheck, v -> sourceDestCheck = v)
                .negatable(true)
                .description("--no-source-dest-check lets the instance forward traffic not addressed to it.")
                .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may modify; nothing changes.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "modify-instance-attribute",
                "Turn an instance's source/destination check on or off (EC2 ModifyInstanceAttribute).");
        declareOptions(model);
        return model;
    }

    private ModifyInstanceAttributeRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        if (sourceDestCheck == null) {
            // Not required in picocli so that another attribute's option is reported as unknown first.
            throw new IllegalArgumentException("give --source-dest-check or --no-source-dest-check");
        }
        request = ModifyInstanceAttributeRequest.builder()
                .instanceId(instanceId)
                .sourceDestCheck(sourceDestCheck)
                .dryRun(dryRun)
                .build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        ModifyInstanceAttributeResponse response = ec2.modifyInstanceAttribute(request);
        ResponsePrinter.print(
                out,
                printer,
                OPERATION,
                new ResponsePrinter.Metadata(
                        response.requestId(), response.dryRun(), response.statusCode(), response.attempts()));
        return ExitCodes.SUCCESS;
    }
}
