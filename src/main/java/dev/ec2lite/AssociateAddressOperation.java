package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/**
 * {@code AssociateAddress}: {@code AllocationId}, {@code InstanceId}, {@code AllowReassociation}, {@code
 * DryRun}, {@code NetworkInterfaceId}, {@code PrivateIpAddress}, each when set, in the AWS CLI's order.
 */
final class AssociateAddressOperation implements Ec2Operation<AssociateAddressRequest, AssociateAddressResponse> {
    static final AssociateAddressOperation INSTANCE = new AssociateAddressOperation();

    private AssociateAddressOperation() {}

    @Override
    public String action() {
        return "AssociateAddress";
    }

    @Override
    public void writeParameters(AssociateAddressRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("AllocationId", request.allocationId());
        request.instanceId().ifPresent(id -> call.param("InstanceId", id));
        request.allowReassociation().ifPresent(allow -> call.param("AllowReassociation", allow));
        dryRun.writeHere();
        request.networkInterfaceId().ifPresent(id -> call.param("NetworkInterfaceId", id));
        request.privateIpAddress().ifPresent(ip -> call.param("PrivateIpAddress", ip));
    }

    @Override
    public Optional<Boolean> dryRun(AssociateAddressRequest request) {
        return request.dryRun();
    }

    @Override
    public AssociateAddressResponse readAnswer(QueryResponse answer) {
        String associationId = AnswerXml.text(answer.xml(), "associationId")
                .orElseThrow(() -> new Ec2ClientException("AssociateAddress: the answer has no associationId"));
        return new AssociateAddressResponse(
                Optional.of(associationId), answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public AssociateAddressResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new AssociateAddressResponse(Optional.empty(), requestId, true, statusCode, attempts);
    }
}
