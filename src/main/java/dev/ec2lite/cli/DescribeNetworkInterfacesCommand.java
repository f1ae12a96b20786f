package dev.ec2lite.cli;

import dev.ec2lite.DescribeNetworkInterfacesRequest;
import dev.ec2lite.DescribeNetworkInterfacesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.Paginated;
import dev.ec2lite.cli.output.Ec2Shapes;
import dev.ec2lite.cli.output.XmlTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ec2lite describe-network-interfaces}: the AWS CLI's command of the same name, with its paging. */
@Command(
        name = "describe-network-interfaces",
        mixinStandardHelpOptions = true,
        description = "Describe network interfaces (EC2 DescribeNetworkInterfaces), every page unless"
                + " --max-items or --no-paginate says otherwise.")
final class DescribeNetworkInterfacesCommand extends PaginatedDescribeCommand<DescribeNetworkInterfacesResponse> {
    static final String OPERATION = "DescribeNetworkInterfaces";

    @Option(
            names = "--network-interface-ids",
            arity = "1..*",
            paramLabel = "ID",
            description = "Only these interfaces (space-separated).")
    List<String> networkInterfaceIds = List.of();

    @Option(
            names = "--filters",
            arity = "1..*",
            paramLabel = "FILTER",
            description = "Filters, as Name=status,Values=available,in-use (one per argument) or as JSON"
                    + " [{\"Name\":\"status\",\"Values\":[\"available\"]}].")
    List<String> filterArguments;

    private DescribeNetworkInterfacesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    String resultKey() {
        return "NetworkInterfaces";
    }

    @Override
    void prepare(OptionalInt pageSize, Optional<String> serviceToken) {
        if (pageSize.isPresent() && !networkInterfaceIds.isEmpty()) {
            // EC2 refuses the pair (InvalidParameterCombination); say so before the call.
            throw new IllegalArgumentException("--page-size cannot be used with --network-interface-ids");
        }
        DescribeNetworkInterfacesRequest.Builder builder = DescribeNetworkInterfacesRequest.builder()
                .networkInterfaceIds(networkInterfaceIds)
                .nextToken(serviceToken.orElse(null));
        pageSize.ifPresent(builder::maxResults);
        FilterArguments.parse(filterArguments).forEach(builder::filter);
        request = builder.build();
    }

    @Override
    Paginated<DescribeNetworkInterfacesResponse> pages(Ec2Client ec2) {
        return ec2.describeNetworkInterfacePages(request);
    }

    @Override
    Map<String, Object> tree(DescribeNetworkInterfacesResponse page) {
        return XmlTree.structure(page.xml(), Ec2Shapes.DESCRIBE_NETWORK_INTERFACES);
    }

    @Override
    Optional<String> nextToken(DescribeNetworkInterfacesResponse page) {
        return page.nextToken();
    }
}
