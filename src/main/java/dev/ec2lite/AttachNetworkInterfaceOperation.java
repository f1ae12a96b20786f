package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code AttachNetworkInterface}: {@code DeviceIndex}, {@code DryRun}, {@code InstanceId}, {@code
 * NetworkInterfaceId} and, when set, {@code NetworkCardIndex}, in the AWS CLI's order.
 */
final class AttachNetworkInterfaceOperation
        implements Ec2Operation<AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse> {
    static final AttachNetworkInterfaceOperation INSTANCE = new AttachNetworkInterfaceOperation();

    private AttachNetworkInterfaceOperation() {}

    @Override
    public String action() {
        return "AttachNetworkInterface";
    }

    @Override
    public void writeParameters(
            AttachNetworkInterfaceRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("DeviceIndex", request.deviceIndex());
        dryRun.writeHere();
        call.param("InstanceId", request.instanceId()).param("NetworkInterfaceId", request.networkInterfaceId());
        request.networkCardIndex().ifPresent(card -> call.param("NetworkCardIndex", card));
    }

    @Override
    public Optional<Boolean> dryRun(AttachNetworkInterfaceRequest request) {
        return request.dryRun() ? Optional.of(true) : Optional.empty();
    }

    @Override
    public AttachNetworkInterfaceResponse readAnswer(QueryResponse answer) {
        String attachmentId = answer.xml()
                .childText("attachmentId")
                .orElseThrow(() -> new Ec2ClientException(
                        action() + ": the answer has no attachmentId", answer.statusCode(), null));
        OptionalInt networkCardIndex = answer.xml()
                .childText("networkCardIndex")
                .map(AnswerXml::index)
                .filter(card -> card >= 0)
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
        return new AttachNetworkInterfaceResponse(
                Optional.of(attachmentId), answer.requestId(), false, answer.attempts(), networkCardIndex);
    }

    @Override
    public AttachNetworkInterfaceResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new AttachNetworkInterfaceResponse(Optional.empty(), requestId, true, attempts);
    }
}
