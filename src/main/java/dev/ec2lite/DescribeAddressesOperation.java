package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code DescribeAddresses}: filters, public addresses, allocation ids, {@code DryRun}, in the AWS CLI's order; no pages. */
final class DescribeAddressesOperation implements Ec2Operation<DescribeAddressesRequest, DescribeAddressesResponse> {
    static final DescribeAddressesOperation INSTANCE = new DescribeAddressesOperation();

    private DescribeAddressesOperation() {}

    @Override
    public String action() {
        return "DescribeAddresses";
    }

    @Override
    public void writeParameters(DescribeAddressesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        DescribeParameters.writeFilters(request.filters(), call);
        DescribeParameters.writeIds("PublicIp", request.publicIps(), call);
        DescribeParameters.writeIds("AllocationId", request.allocationIds(), call);
        dryRun.writeHere();
    }

    @Override
    public Optional<Boolean> dryRun(DescribeAddressesRequest request) {
        return request.dryRun();
    }

    @Override
    public DescribeAddressesResponse readAnswer(QueryResponse answer) {
        List<ElasticIpAddress> addresses = new ArrayList<>();
        for (XmlElement item : AnswerXml.items(answer.xml(), "addressesSet")) {
            addresses.add(read(item));
        }
        return new DescribeAddressesResponse(addresses, answer.requestId(), false, Optional.of(answer.xml()));
    }

    @Override
    public DescribeAddressesResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new DescribeAddressesResponse(List.of(), requestId, true, Optional.empty());
    }

    private static ElasticIpAddress read(XmlElement item) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : AnswerXml.items(item, "tagSet")) {
            tags.put(tag.childText("key").orElse(""), tag.childText("value").orElse(""));
        }
        return new ElasticIpAddress(
                required(item, "publicIp"),
                required(item, "allocationId"),
                AnswerXml.text(item, "associationId"),
                AnswerXml.text(item, "instanceId"),
                AnswerXml.text(item, "networkInterfaceId"),
                AnswerXml.text(item, "privateIpAddress"),
                AnswerXml.text(item, "domain").orElse("vpc"),
                tags);
    }

    private static String required(XmlElement item, String name) {
        return AnswerXml.text(item, name)
                .orElseThrow(
                        () -> new Ec2ClientException("DescribeAddresses: an address in the answer has no " + name));
    }

    /**
     * The address {@code allocationId} as EC2 describes it now, the call within {@code timeout}; empty
     * when the answer lacks it.
     */
    static Optional<ElasticIpAddress> one(Ec2Calls calls, String allocationId, Duration timeout) {
        return calls.call(INSTANCE, DescribeAddressesRequest.byAllocationId(allocationId), timeout)
                .find(allocationId);
    }
}
