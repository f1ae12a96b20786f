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
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite describe-network-interfaces}: the AWS CLI's command of the same name, with its paging. */
final class DescribeNetworkInterfacesCommand extends PaginatedDescribeCommand<DescribeNetworkInterfacesResponse> {
    static final String OPERATION = "DescribeNetworkInterfaces";

    List<String> networkInterfaceIds = List.of();
    List<String> filterArguments;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.listOption(
                        "--network-interface-ids", () -> networkInterfaceIds, v -> networkInterfaceIds = v)
                .arity("1..*")
                .paramLabel("ID")
                .description("Only these interfaces (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--filters", () -> filterArguments, v -> filterArguments = v)
                .arity("1..*")
                .paramLabel("FILTER")
                .description("Filters, as Name=status,Values=available,in-use (one per argument) or as JSON"
                        + " [{\"Name\":\"status\",\"Values\":[\"available\"]}].")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "describe-network-interfaces",
                "Describe network interfaces (EC2 DescribeNetworkInterfaces), every page unless"
                        + " --max-items or --no-paginate says otherwise.");
        declareOptions(model);
        return model;
    }

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
