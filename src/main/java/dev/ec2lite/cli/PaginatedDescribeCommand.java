package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.Paginated;
import dev.ec2lite.cli.output.OutputFormat;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.error.Ec2ClientException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A describe command with the AWS CLI's paging options: every page unless {@code --max-items} or
 * {@code --no-paginate} says otherwise, and botocore's {@code NextToken} for {@code
 * --starting-token}. Subclasses name the call, its page type and the answer's list (its result key).
 *
 * @param <P> one page of the answer
 */
abstract class PaginatedDescribeCommand<P> extends Ec2CallCommand {
    private static final int MIN_PAGE_SIZE = 5;
    private static final int MAX_PAGE_SIZE = 1000;

    Integer maxItems;
    Integer pageSize;
    String startingToken;
    boolean noPaginate;

    /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.option("--max-items", Integer.class, () -> maxItems, v -> maxItems = v)
                .paramLabel("N")
                .description(
                        "Print at most N items of the answer's list, then a NextToken to pass to --starting-token.")
                .build());
        model.addOption(CommandModel.option("--page-size", Integer.class, () -> pageSize, v -> pageSize = v)
                .paramLabel("N")
                .description("Ask EC2 for pages of N items (5 to 1000); all are still fetched.")
                .build());
        model.addOption(
                CommandModel.option("--starting-token", String.class, () -> startingToken, v -> startingToken = v)
                        .paramLabel("TOKEN")
                        .description("Resume where --max-items stopped.")
                        .build());
        model.addOption(CommandModel.option("--no-paginate", boolean.class, () -> noPaginate, v -> noPaginate = v)
                .description("Make one call and print its answer as it is, NextToken included.")
                .build());
    }

    private PaginationToken start;

    /** The answer's list that pages split and {@code --max-items} counts ({@code NetworkInterfaces}). */
    abstract String resultKey();

    /**
     * Checks the command's own options and prepares the request of the first page.
     *
     * @param serviceToken EC2's token of the first page to ask for, from {@code --starting-token}
     */
    abstract void prepare(OptionalInt pageSize, Optional<String> serviceToken);

    /** The pages of the prepared request, fetched lazily. */
    abstract Paginated<P> pages(Ec2Client ec2);

    /** One page as botocore's tree. */
    abstract Map<String, Object> tree(P page);

    /** EC2's token of the page after {@code page}. */
    abstract Optional<String> nextToken(P page);

    @Override
    final void validate() {
        if (maxItems != null && maxItems < 1) {
            throw new IllegalArgumentException("--max-items must be 1 or more, was " + maxItems);
        }
        if (pageSize != null && (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE)) {
            // EC2's bounds for MaxResults; named after the option rather than the library's field.
            throw new IllegalArgumentException(
                    "--page-size must be " + MIN_PAGE_SIZE + " to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        start = startingToken == null
                ? new PaginationToken(Optional.empty(), 0)
                : PaginationToken.decode(startingToken);
        prepare(pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize), start.serviceToken());
    }

    @Override
    final int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        if (noPaginate) {
            printer.print(operation(), tree(pages(ec2).iterator().next()), out);
            return ExitCodes.SUCCESS;
        }
        List<List<Object>> pages = new ArrayList<>();
        String resume = collect(pages(ec2), pages);
        if (printer.format() == OutputFormat.text) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (List<Object> items : pages) {
                parts.add(answer(items, null));
            }
            printer.printTextPages(parts, resume, out);
        } else {
            List<Object> all = new ArrayList<>();
            pages.forEach(all::addAll);
            printer.print(operation(), answer(all, resume), out);
        }
        return ExitCodes.SUCCESS;
    }

    private Map<String, Object> answer(List<Object> items, String nextToken) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(resultKey(), items);
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
    private String collect(Paginated<P> paginated, List<List<Object>> pages) {
        Optional<String> pageToken = start.serviceToken();
        int total = 0;
        boolean first = true;
        for (P page : paginated) {
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
            if (nextToken(page).isEmpty()) {
                return null;
            }
            if (maxItems != null && total == maxItems) {
                return new PaginationToken(nextToken(page), 0).encode();
            }
            pageToken = nextToken(page);
        }
        throw new Ec2ClientException(operation() + ": still more pages after " + paginated.maxPages()
                + "; narrow the request with --filters or use --max-items");
    }

    @SuppressWarnings("unchecked")
    private List<Object> items(P page) {
        Object items = tree(page).get(resultKey());
        return items instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
