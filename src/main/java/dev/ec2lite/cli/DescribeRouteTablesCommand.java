package dev.ec2lite.cli;

import dev.ec2lite.DescribeRouteTablesRequest;
import dev.ec2lite.DescribeRouteTablesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.Paginated;
import dev.ec2lite.cli.output.RouteShapes;
import dev.ec2lite.cli.output.XmlTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite describe-route-tables}: the AWS CLI's command of the same name, with its paging. */
final class DescribeRouteTablesCommand extends PaginatedDescribeCommand<DescribeRouteTablesResponse> {
    static final String OPERATION = "DescribeRouteTables";

    List<String> routeTableIds = List.of();
    List<String> filterArguments;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.listOption("--route-table-ids", () -> routeTableIds, v -> routeTableIds = v)
                .arity("1..*")
                .paramLabel("ID")
                .description("Only these route tables (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--filters", () -> filterArguments, v -> filterArguments = v)
                .arity("1..*")
                .paramLabel("FILTER")
                .description("Filters, as Name=vpc-id,Values=vpc-0123456789abcdef0 (one per argument) or as JSON"
                        + " [{\"Name\":\"route.destination-cidr-block\",\"Values\":[\"192.168.100.10/32\"]}].")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "describe-route-tables",
                "Describe route tables (EC2 DescribeRouteTables), every page unless --max-items or"
                        + " --no-paginate says otherwise.");
        declareOptions(model);
        return model;
    }

    private DescribeRouteTablesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    String resultKey() {
        return "RouteTables";
    }

    @Override
    void prepare(OptionalInt pageSize, Optional<String> serviceToken) {
        if (pageSize.isPresent() && !routeTableIds.isEmpty()) {
            // EC2 refuses the pair (InvalidParameterCombination); say so before the call.
            throw new IllegalArgumentException("--page-size cannot be used with --route-table-ids");
        }
        if (pageSize.isPresent() && pageSize.getAsInt() > DescribeRouteTablesRequest.MAX_PAGE_SIZE) {
            // This action's MaxResults stops at 100, below the paging options' general bound.
            throw new IllegalArgumentException("--page-size must be " + DescribeRouteTablesRequest.MIN_PAGE_SIZE
                    + " to " + DescribeRouteTablesRequest.MAX_PAGE_SIZE + " here, was " + pageSize.getAsInt());
        }
        DescribeRouteTablesRequest.Builder builder = DescribeRouteTablesRequest.builder()
                .routeTableIds(routeTableIds)
                .nextToken(serviceToken.orElse(null));
        pageSize.ifPresent(builder::maxResults);
        FilterArguments.parse(filterArguments).forEach(builder::filter);
        request = builder.build();
    }

    @Override
    Paginated<DescribeRouteTablesResponse> pages(Ec2Client ec2) {
        return ec2.describeRouteTablePages(request);
    }

    @Override
    Map<String, Object> tree(DescribeRouteTablesResponse page) {
        return XmlTree.structure(page.xml(), RouteShapes.DESCRIBE_ROUTE_TABLES);
    }

    @Override
    Optional<String> nextToken(DescribeRouteTablesResponse page) {
        return page.nextToken();
    }
}
