package dev.ec2lite.cli;

import dev.ec2lite.DescribeAddressesRequest;
import dev.ec2lite.DescribeAddressesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.Ec2Shapes;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.cli.output.XmlTree;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite describe-addresses}: the AWS CLI's command of the same name (EC2 answers it in one page). */
final class DescribeAddressesCommand extends Ec2CallCommand {
    static final String OPERATION = "DescribeAddresses";

    List<String> allocationIds = List.of();
    List<String> publicIps = List.of();
    List<String> filterArguments;
    Boolean dryRun;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.listOption("--allocation-ids", () -> allocationIds, v -> allocationIds = v)
                .arity("1..*")
                .paramLabel("ID")
                .description("Only these addresses (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--public-ips", () -> publicIps, v -> publicIps = v)
                .arity("1..*")
                .paramLabel("IP")
                .description("Only these public addresses (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--filters", () -> filterArguments, v -> filterArguments = v)
                .arity("1..*")
                .paramLabel("FILTER")
                .description("Filters, as Name=instance-id,Values=i-0123456789abcdef0 (one per argument) or as JSON"
                        + " [{\"Name\":\"domain\",\"Values\":[\"vpc\"]}].")
                .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may describe addresses.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "describe-addresses",
                "Describe Elastic IP addresses (EC2 DescribeAddresses), by allocation id, public address or"
                        + " filter; all of them when none is given.");
        declareOptions(model);
        return model;
    }

    private DescribeAddressesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        DescribeAddressesRequest.Builder builder = DescribeAddressesRequest.builder()
                .allocationIds(allocationIds)
                .publicIps(publicIps)
                .dryRun(dryRun);
        FilterArguments.parse(filterArguments).forEach(builder::filter);
        request = builder.build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        DescribeAddressesResponse response = ec2.describeAddresses(request);
        Map<String, Object> answer = response.xml()
                .map(xml -> XmlTree.structure(xml, Ec2Shapes.DESCRIBE_ADDRESSES))
                .orElseGet(() -> Map.of("DryRun", true));
        printer.print(OPERATION, answer, out);
        return ExitCodes.SUCCESS;
    }
}
