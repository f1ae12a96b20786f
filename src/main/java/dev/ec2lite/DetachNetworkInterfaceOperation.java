package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/** {@code DetachNetworkInterface}: {@code AttachmentId}, {@code DryRun}, {@code Force}, in the AWS CLI's order. */
final class DetachNetworkInterfaceOperation
        implements Ec2Operation<DetachNetworkInterfaceRequest, DetachNetworkInterfaceResponse> {
    static final DetachNetworkInterfaceOperation INSTANCE = new DetachNetworkInterfaceOperation();

    private DetachNetworkInterfaceOperation() {}

    @Override
    public String action() {
        return "DetachNetworkInterface";
    }

    @Override
    public void writeParameters(
            DetachNetworkInterfaceRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("AttachmentId", request.attachmentId());
        dryRun.writeHere();
        request.force().ifPresent(force -> call.param("Force", force));
    }

    @Override
    public Optional<Boolean> dryRun(DetachNetworkInterfaceRequest request) {
        return request.dryRun();
    }

    @Override
    public DetachNetworkInterfaceResponse readAnswer(QueryResponse answer) {
        return new DetachNetworkInterfaceResponse(answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public DetachNetworkInterfaceResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new DetachNetworkInterfaceResponse(requestId, true, statusCode, attempts);
    }
}
