package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DescribeRouteTables}: one page of route tables. The AWS CLI sends the filters before the ids,
 * then {@code NextToken} and {@code MaxResults}; so does this.
 */
final class DescribeRouteTablesOperation
        implements PagedEc2Operation<DescribeRouteTablesRequest, DescribeRouteTablesResponse> {
    static final DescribeRouteTablesOperation INSTANCE = new DescribeRouteTablesOperation();

    private DescribeRouteTablesOperation() {}

    @Override
    public String action() {
        return "DescribeRouteTables";
    }

    /**
     * ec2lite offers no dry run for this describe (yet; {@code DescribeAddresses} has one): it changes
     * nothing, and the call itself shows the permission.
     */
    @Override
    public Optional<Boolean> dryRun(DescribeRouteTablesRequest request) {
        return Optional.empty();
    }

    @Override
    public void writeParameters(DescribeRouteTablesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        DescribeParameters.writeFilters(request.filters(), call);
        DescribeParameters.writeIds("RouteTableId", request.routeTableIds(), call);
        request.nextToken().ifPresent(token -> call.param("NextToken", token));
        request.maxResults().ifPresent(size -> call.param("MaxResults", size));
    }

    @Override
    public DescribeRouteTablesResponse readAnswer(QueryResponse answer) {
        List<RouteTable> found = new ArrayList<>();
        for (XmlElement item : AnswerXml.items(answer.xml(), "routeTableSet")) {
            found.add(RouteTableXml.read(item));
        }
        return new DescribeRouteTablesResponse(
                found, answer.requestId(), answer.xml(), AnswerXml.nextToken(answer.xml()));
    }

    @Override
    public Optional<String> startingToken(DescribeRouteTablesRequest request) {
        return request.nextToken();
    }

    @Override
    public DescribeRouteTablesRequest withNextToken(DescribeRouteTablesRequest request, Optional<String> token) {
        return request.toBuilder().nextToken(token.orElse(null)).build();
    }

    @Override
    public Optional<String> nextToken(DescribeRouteTablesResponse page) {
        return page.nextToken();
    }

    /**
     * Every page from the request's token on, merged into one answer (with the last page's XML), each
     * page's call within {@code timeout} (null: the client's call timeout only).
     */
    static DescribeRouteTablesResponse allPages(Ec2Calls calls, DescribeRouteTablesRequest request, Duration timeout) {
        List<RouteTable> found = new ArrayList<>();
        DescribeRouteTablesResponse last = null;
        for (DescribeRouteTablesResponse page : calls.pages(INSTANCE, request, timeout)) {
            found.addAll(page.routeTables());
            last = page;
        }
        if (last == null) {
            throw new IllegalStateException("a paginated call yielded no page");
        }
        if (last.nextToken().isPresent()) {
            throw new Ec2ClientException(INSTANCE.action() + ": still more pages after " + Paginated.DEFAULT_MAX_PAGES
                    + "; narrow the request with ids or filters");
        }
        return new DescribeRouteTablesResponse(found, last.requestId(), last.xml(), Optional.empty());
    }
}
