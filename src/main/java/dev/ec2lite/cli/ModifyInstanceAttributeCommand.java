package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.ModifyInstanceAttributeRequest;
import dev.ec2lite.ModifyInstanceAttributeResponse;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ec2lite modify-instance-attribute}: the AWS CLI's command of the same name, for the one
 * attribute a route through the instance needs, its source/destination check. Any other attribute
 * option is unknown here, so picocli refuses it by name (exit 252).
 */
@Command(
        name = "modify-instance-attribute",
        mixinStandardHelpOptions = true,
        description = "Turn an instance's source/destination check on or off (EC2 ModifyInstanceAttribute).")
final class ModifyInstanceAttributeCommand extends Ec2CallCommand {
    static final String OPERATION = "ModifyInstanceAttribute";

    @Option(names = "--instance-id", required = true, paramLabel = "ID", description = "The instance.")
    String instanceId;

    @Option(
            names = "--source-dest-check",
            negatable = true,
            description = "--no-source-dest-check lets the instance forward traffic not addressed to it.")
    Boolean sourceDestCheck;

    @Option(names = "--dry-run", negatable = true, description = "Only check that you may modify; nothing changes.")
    Boolean dryRun;

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
