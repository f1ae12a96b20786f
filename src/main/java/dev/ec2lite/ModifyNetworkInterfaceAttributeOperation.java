package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/** {@code ModifyNetworkInterfaceAttribute}: {@code DryRun}, {@code NetworkInterfaceId}, then {@code SourceDestCheck.Value}, as the AWS CLI sends {@code --no-source-dest-check}. */
final class ModifyNetworkInterfaceAttributeOperation
        implements Ec2Operation<ModifyNetworkInterfaceAttributeRequest, ModifyNetworkInterfaceAttributeResponse> {
    static final ModifyNetworkInterfaceAttributeOperation INSTANCE = new ModifyNetworkInterfaceAttributeOperation();

    private ModifyNetworkInterfaceAttributeOperation() {}

    @Override
    public String action() {
        return "ModifyNetworkInterfaceAttribute";
    }

    @Override
    public void writeParameters(
            ModifyNetworkInterfaceAttributeRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        dryRun.writeHere();
        call.param("NetworkInterfaceId", request.networkInterfaceId());
        call.param("SourceDestCheck.Value", request.sourceDestCheck());
    }

    @Override
    public Optional<Boolean> dryRun(ModifyNetworkInterfaceAttributeRequest request) {
        return request.dryRun();
    }

    @Override
    public ModifyNetworkInterfaceAttributeResponse readAnswer(QueryResponse answer) {
        return new ModifyNetworkInterfaceAttributeResponse(
                answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public ModifyNetworkInterfaceAttributeResponse dryRunAnswer(
            Optional<String> requestId, int statusCode, int attempts) {
        return new ModifyNetworkInterfaceAttributeResponse(requestId, true, statusCode, attempts);
    }
}
