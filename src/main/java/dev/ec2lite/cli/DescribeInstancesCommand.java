package dev.ec2lite.cli;

import dev.ec2lite.DescribeInstancesRequest;
import dev.ec2lite.DescribeInstancesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.Paginated;
import dev.ec2lite.cli.output.Ec2Shapes;
import dev.ec2lite.cli.output.XmlTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite describe-instances}: the AWS CLI's command of the same name, limited to what a
 * fail-over reads (ids and filters), with its paging over reservations.
 */
final class DescribeInstancesCommand extends PaginatedDescribeCommand<DescribeInstancesResponse> {
    static final String OPERATION = "DescribeInstances";

    List<String> instanceIds = List.of();
    List<String> filterArguments;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.listOption("--instance-ids", () -> instanceIds, v -> instanceIds = v)
                .arity("1..*")
                .paramLabel("ID")
                .description("Only these instances (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--filters", () -> filterArguments, v -> filterArguments = v)
                .arity("1..*")
                .paramLabel("FILTER")
                .description("Filters, as Name=instance-state-name,Values=running,stopped (one per argument) or as"
                        + " JSON [{\"Name\":\"availability-zone\",\"Values\":[\"us-east-1a\"]}].")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "describe-instances",
                "Describe instances (EC2 DescribeInstances), every page unless --max-items or"
                        + " --no-paginate says otherwise; --max-items and --page-size count reservations.");
        declareOptions(model);
        return model;
    }

    private DescribeInstancesRequest request;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    String resultKey() {
        return "Reservations";
    }

    @Override
    void prepare(OptionalInt pageSize, Optional<String> serviceToken) {
        if (pageSize.isPresent() && !instanceIds.isEmpty()) {
            // EC2 refuses the pair (InvalidParameterCombination); say so before the call.
            throw new IllegalArgumentException("--page-size cannot be used with --instance-ids");
        }
        DescribeInstancesRequest.Builder builder =
                DescribeInstancesRequest.builder().instanceIds(instanceIds).nextToken(serviceToken.orElse(null));
        pageSize.ifPresent(builder::maxResults);
        FilterArguments.parse(filterArguments).forEach(builder::filter);
        request = builder.build();
    }

    @Override
    Paginated<DescribeInstancesResponse> pages(Ec2Client ec2) {
        return ec2.describeInstancePages(request);
    }

    @Override
    Map<String, Object> tree(DescribeInstancesResponse page) {
        return XmlTree.structure(page.xml(), Ec2Shapes.DESCRIBE_INSTANCES);
    }

    @Override
    Optional<String> nextToken(DescribeInstancesResponse page) {
        return page.nextToken();
    }
}
