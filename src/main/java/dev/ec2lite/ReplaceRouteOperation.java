package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/**
 * {@code ReplaceRoute}: {@code DestinationCidrBlock}, {@code DryRun}, the target ({@code InstanceId} or
 * {@code NetworkInterfaceId}), {@code RouteTableId}, as the AWS CLI orders them.
 */
final class ReplaceRouteOperation implements Ec2Operation<ReplaceRouteRequest, ReplaceRouteResponse> {
    static final ReplaceRouteOperation INSTANCE = new ReplaceRouteOperation();

    private ReplaceRouteOperation() {}

    @Override
    public String action() {
        return "ReplaceRoute";
    }

    @Override
    public void writeParameters(ReplaceRouteRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("DestinationCidrBlock", request.destinationCidrBlock());
        dryRun.writeHere();
        call.param(request.target().kind().parameter(), request.target().id());
        call.param("RouteTableId", request.routeTableId());
    }

    @Override
    public Optional<Boolean> dryRun(ReplaceRouteRequest request) {
        return request.dryRun();
    }

    @Override
    public ReplaceRouteResponse readAnswer(QueryResponse answer) {
        return new ReplaceRouteResponse(answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public ReplaceRouteResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new ReplaceRouteResponse(requestId, true, statusCode, attempts);
    }
}
