package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code DescribeInstances}: one page of reservations and their instances. */
final class DescribeInstancesOperation
        implements PagedEc2Operation<DescribeInstancesRequest, DescribeInstancesResponse> {
    static final DescribeInstancesOperation INSTANCE = new DescribeInstancesOperation();

    private DescribeInstancesOperation() {}

    @Override
    public String action() {
        return "DescribeInstances";
    }

    /**
     * ec2lite offers no dry run for this describe (yet; {@code DescribeAddresses} has one): it changes
     * nothing, and the call itself shows the permission.
     */
    @Override
    public Optional<Boolean> dryRun(DescribeInstancesRequest request) {
        return Optional.empty();
    }

    @Override
    public void writeParameters(DescribeInstancesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        DescribeParameters.writeIds("InstanceId", request.instanceIds(), call);
        DescribeParameters.writeFilters(request.filters(), call);
        request.maxResults().ifPresent(max -> call.param("MaxResults", max));
        request.nextToken().ifPresent(token -> call.param("NextToken", token));
    }

    @Override
    public DescribeInstancesResponse readAnswer(QueryResponse answer) {
        List<DescribeInstancesResponse.Reservation> reservations = new ArrayList<>();
        for (XmlElement item : AnswerXml.items(answer.xml(), "reservationSet")) {
            List<Instance> instances = new ArrayList<>();
            for (XmlElement instance : AnswerXml.items(item, "instancesSet")) {
                instances.add(InstanceXml.read(instance));
            }
            reservations.add(new DescribeInstancesResponse.Reservation(
                    item.childText("reservationId").orElse(""),
                    item.childText("ownerId").orElse(""),
                    instances));
        }
        return new DescribeInstancesResponse(
                reservations, AnswerXml.nextToken(answer.xml()), answer.requestId(), answer.xml());
    }

    @Override
    public Optional<String> startingToken(DescribeInstancesRequest request) {
        return request.nextToken();
    }

    @Override
    public DescribeInstancesRequest withNextToken(DescribeInstancesRequest request, Optional<String> token) {
        return request.toBuilder().nextToken(token.orElse(null)).build();
    }

    @Override
    public Optional<String> nextToken(DescribeInstancesResponse page) {
        return page.nextToken();
    }
}
