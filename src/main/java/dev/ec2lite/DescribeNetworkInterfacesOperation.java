package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code DescribeNetworkInterfaces}: one page of interfaces. */
final class DescribeNetworkInterfacesOperation
        implements PagedEc2Operation<DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse> {
    static final DescribeNetworkInterfacesOperation INSTANCE = new DescribeNetworkInterfacesOperation();

    private DescribeNetworkInterfacesOperation() {}

    @Override
    public String action() {
        return "DescribeNetworkInterfaces";
    }

    /**
     * ec2lite offers no dry run for this describe (yet; {@code DescribeAddresses} has one): it changes
     * nothing, and the call itself shows the permission.
     */
    @Override
    public Optional<Boolean> dryRun(DescribeNetworkInterfacesRequest request) {
        return Optional.empty();
    }

    @Override
    public void writeParameters(
            DescribeNetworkInterfacesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        DescribeParameters.writeIds("NetworkInterfaceId", request.networkInterfaceIds(), call);
        DescribeParameters.writeFilters(request.filters(), call);
        request.maxResults().ifPresent(size -> call.param("MaxResults", size));
        request.nextToken().ifPresent(token -> call.param("NextToken", token));
    }

    @Override
    public DescribeNetworkInterfacesResponse readAnswer(QueryResponse answer) {
        List<NetworkInterface> found = new ArrayList<>();
        for (XmlElement item : AnswerXml.items(answer.xml(), "networkInterfaceSet")) {
            found.add(NetworkInterfaceXml.read(item));
        }
        return new DescribeNetworkInterfacesResponse(
                found, answer.requestId(), answer.xml(), AnswerXml.nextToken(answer.xml()));
    }

    @Override
    public Optional<String> startingToken(DescribeNetworkInterfacesRequest request) {
        return request.nextToken();
    }

    @Override
    public DescribeNetworkInterfacesRequest withNextToken(
            DescribeNetworkInterfacesRequest request, Optional<String> token) {
        return request.toBuilder().nextToken(token.orElse(null)).build();
    }

    @Override
    public Optional<String> nextToken(DescribeNetworkInterfacesResponse page) {
        return page.nextToken();
    }

    /**
     * Every page from the request's token on, merged into one answer (with the last page's XML), each
     * page's call within {@code timeout} (null: the client's call timeout only); at most {@link
     * Paginated#DEFAULT_MAX_PAGES} pages.
     */
    static DescribeNetworkInterfacesResponse allPages(
            Ec2Calls calls, DescribeNetworkInterfacesRequest request, Duration timeout) {
        List<NetworkInterface> found = new ArrayList<>();
        DescribeNetworkInterfacesResponse last = null;
        for (DescribeNetworkInterfacesResponse page : calls.pages(INSTANCE, request, timeout)) {
            found.addAll(page.networkInterfaces());
            last = page;
        }
        if (last == null) {
            throw new IllegalStateException("a paginated call yielded no page");
        }
        if (last.nextToken().isPresent()) {
            throw new Ec2ClientException(INSTANCE.action() + ": still more pages after " + Paginated.DEFAULT_MAX_PAGES
                    + "; narrow the request with ids or filters");
        }
        return new DescribeNetworkInterfacesResponse(found, last.requestId(), last.xml());
    }

    /** The interface {@code networkInterfaceId} as EC2 describes it now; empty when the answer lacks it. */
    static Optional<NetworkInterface> one(Ec2Calls calls, String networkInterfaceId, Duration timeout) {
        return calls.call(INSTANCE, DescribeNetworkInterfacesRequest.byId(networkInterfaceId), timeout)
                .find(networkInterfaceId);
    }
}
