package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/** {@code ModifyInstanceAttribute}: {@code DryRun}, {@code InstanceId}, then {@code SourceDestCheck.Value}, as the AWS CLI sends {@code --no-source-dest-check}. */
final class ModifyInstanceAttributeOperation
        implements Ec2Operation<ModifyInstanceAttributeRequest, ModifyInstanceAttributeResponse> {
    static final ModifyInstanceAttributeOperation INSTANCE = new ModifyInstanceAttributeOperation();

    private ModifyInstanceAttributeOperation() {}

    @Override
    public String action() {
        return "ModifyInstanceAttribute";
    }

    @Override
    public void writeParameters(
            ModifyInstanceAttributeRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        dryRun.writeHere();
        call.param("InstanceId", request.instanceId());
        call.param("SourceDestCheck.Value", request.sourceDestCheck());
    }

    @Override
    public Optional<Boolean> dryRun(ModifyInstanceAttributeRequest request) {
        return request.dryRun();
    }

    @Override
    public ModifyInstanceAttributeResponse readAnswer(QueryResponse answer) {
        return new ModifyInstanceAttributeResponse(answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public ModifyInstanceAttributeResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new ModifyInstanceAttributeResponse(requestId, true, statusCode, attempts);
    }
}
