package dev.ec2lite.cli;

import dev.ec2lite.DescribeNetworkInterfacesRequest;
import dev.ec2lite.DescribeNetworkInterfacesResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.Paginated;
import dev.ec2lite.cli.output.Ec2Shapes;
import dev.ec2lite.cli.output.OutputFormat;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.cli.output.XmlTree;
import dev.ec2lite.error.Ec2ClientException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
final class DescribeNetworkInterfacesCommand extends Ec2CallCommand {
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

    @Option(
            names = "--max-items",
            paramLabel = "N",
            description = "Print at most N interfaces, then a NextToken to pass to --starting-token.")
    Integer maxItems;

    @Option(
            names = "--page-size",
            paramLabel = "N",
            description = "Ask EC2 for pages of N interfaces (5 to 1000); all are still fetched.")
    Integer pageSize;

    @Option(names = "--starting-token", paramLabel = "TOKEN", description = "Resume where --max-items stopped.")
    String startingToken;

    @Option(names = "--no-paginate", description = "Make one call and print its answer as it is, NextToken included.")
    boolean noPaginate;

    private DescribeNetworkInterfacesRequest request;
    private PaginationToken start;

    @Override
    String operation() {
        return OPERATION;
    }

    @Override
    void validate() {
        if (maxItems != null && maxItems < 1) {
            throw new IllegalArgumentException("--max-items must be 1 or more, was " + maxItems);
        }
        start = startingToken == null
                ? new PaginationToken(Optional.empty(), 0)
                : PaginationToken.decode(startingToken);
        request = new DescribeNetworkInterfacesRequest(
                networkInterfaceIds,
                FilterArguments.parse(filterArguments),
                pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize),
                start.serviceToken());
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        if (noPaginate) {
            DescribeNetworkInterfacesResponse page =
                    ec2.describeNetworkInterfacePages(request).iterator().next();
            printer.print(OPERATION, XmlTree.structure(page.xml(), Ec2Shapes.DESCRIBE_NETWORK_INTERFACES), out);
            return ExitCodes.SUCCESS;
        }
        List<List<Object>> pages = new ArrayList<>();
        String resume = collect(ec2.describeNetworkInterfacePages(request), pages);
        if (printer.format() == OutputFormat.text) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (List<Object> items : pages) {
                parts.add(answer(items, null));
            }
            printer.printTextPages(parts, resume, out);
        } else {
            List<Object> all = new ArrayList<>();
            pages.forEach(all::addAll);
            printer.print(OPERATION, answer(all, resume), out);
        }
        return ExitCodes.SUCCESS;
    }

    private static Map<String, Object> answer(List<Object> items, String nextToken) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("NetworkInterfaces", items);
        if (nextToken != null) {
            answer.put("NextToken", nextToken);
        }
        return answer;
    }

    /**
     * Fetches pages until the last one or {@code --max-items}, as botocore's paginator does: a page cut
     * short yields a token naming that page and how many of its items were shown; stopping exactly at
     * a page's end yields EC2's token of the next page. Returns that token, or null.
     */
    private String collect(Paginated<DescribeNetworkInterfacesResponse> paginated, List<List<Object>> pages) {
        Optional<String> pageToken = start.serviceToken();
        int total = 0;
        boolean first = true;
        for (DescribeNetworkInterfacesResponse page : paginated) {
            List<Object> items = items(page);
            int skipped = first ? Math.min(start.skip(), items.size()) : 0;
            items = new ArrayList<>(items.subList(skipped, items.size()));
            first = false;
            if (maxItems != null && total + items.size() > maxItems) {
                int keep = maxItems - total;
                pages.add(new ArrayList<>(items.subList(0, keep)));
                return new PaginationToken(pageToken, keep + skipped).encode();
            }
            pages.add(items);
            total += items.size();
            if (page.nextToken().isEmpty()) {
                return null;
            }
            if (maxItems != null && total == maxItems) {
                return new PaginationToken(page.nextToken(), 0).encode();
            }
            pageToken = page.nextToken();
        }
        throw new Ec2ClientException(OPERATION + ": still more pages after " + paginated.maxPages()
                + "; narrow the request with --filters or use --max-items");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(DescribeNetworkInterfacesResponse page) {
        Object items = XmlTree.structure(page.xml(), Ec2Shapes.DESCRIBE_NETWORK_INTERFACES)
                .get("NetworkInterfaces");
        return items instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
