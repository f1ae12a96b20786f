package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code AssignPrivateIpAddresses}: {@code AllowReassignment}, {@code NetworkInterfaceId}, {@code
 * PrivateIpAddress.N}, {@code SecondaryPrivateIpAddressCount}, in the AWS CLI's order.
 */
final class AssignPrivateIpAddressesOperation
        implements Ec2Operation<AssignPrivateIpAddressesRequest, AssignPrivateIpAddressesResponse> {
    static final AssignPrivateIpAddressesOperation INSTANCE = new AssignPrivateIpAddressesOperation();

    private AssignPrivateIpAddressesOperation() {}

    @Override
    public String action() {
        return "AssignPrivateIpAddresses";
    }

    /** EC2 defines no {@code DryRun} for this action. */
    @Override
    public Optional<Boolean> dryRun(AssignPrivateIpAddressesRequest request) {
        return Optional.empty();
    }

    @Override
    public void writeParameters(
            AssignPrivateIpAddressesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        request.allowReassignment().ifPresent(allow -> call.param("AllowReassignment", allow));
        call.param("NetworkInterfaceId", request.networkInterfaceId());
        DescribeParameters.writeIds("PrivateIpAddress", request.privateIpAddresses(), call);
        request.secondaryPrivateIpAddressCount()
                .ifPresent(count -> call.param("SecondaryPrivateIpAddressCount", count));
    }

    @Override
    public AssignPrivateIpAddressesResponse readAnswer(QueryResponse answer) {
        List<String> assigned = new ArrayList<>();
        for (XmlElement item : AnswerXml.items(answer.xml(), "assignedPrivateIpAddressesSet")) {
            assigned.add(AnswerXml.text(item, "privateIpAddress")
                    .orElseThrow(() -> new Ec2ClientException(
                            action() + ": an assignedPrivateIpAddressesSet item has no privateIpAddress")));
        }
        return new AssignPrivateIpAddressesResponse(
                AnswerXml.text(answer.xml(), "networkInterfaceId"), assigned, answer.requestId(), answer.attempts());
    }
}
