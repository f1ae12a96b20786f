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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ec2lite describe-addresses}: the AWS CLI's command of the same name (EC2 answers it in one page). */
@Command(
        name = "describe-addresses",
        mixinStandardHelpOptions = true,
        description = "Describe Elastic IP addresses (EC2 DescribeAddresses), by allocation id, public address or"
                + " filter; all of them when none is given.")
final class DescribeAddressesCommand extends Ec2CallCommand {
    static final String OPERATION = "DescribeAddresses";

    @Option(
            names = "--allocation-ids",
            arity = "1..*",
            paramLabel = "ID",
            description = "Only these addresses (space-separated).")
    List<String> allocationIds = List.of();

    @Option(
            names = "--public-ips",
            arity = "1..*",
            paramLabel = "IP",
            description = "Only these public addresses (space-separated).")
    List<String> publicIps = List.of();

    @Option(
            names = "--filters",
            arity = "1..*",
            paramLabel = "FILTER",
            description = "Filters, as Name=instance-id,Values=i-0123456789abcdef0 (one per argument) or as JSON"
                    + " [{\"Name\":\"domain\",\"Values\":[\"vpc\"]}].")
    List<String> filterArguments;

    @Option(names = "--dry-run", negatable = true, description = "Only check that you may describe addresses.")
    Boolean dryRun;

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
