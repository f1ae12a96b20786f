package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/** {@code UnassignPrivateIpAddresses}: {@code NetworkInterfaceId}, then {@code PrivateIpAddress.N}. */
final class UnassignPrivateIpAddressesOperation
        implements Ec2Operation<UnassignPrivateIpAddressesRequest, UnassignPrivateIpAddressesResponse> {
    static final UnassignPrivateIpAddressesOperation INSTANCE = new UnassignPrivateIpAddressesOperation();

    private UnassignPrivateIpAddressesOperation() {}

    @Override
    public String action() {
        return "UnassignPrivateIpAddresses";
    }

    /** EC2 defines no {@code DryRun} for this action. */
    @Override
    public Optional<Boolean> dryRun(UnassignPrivateIpAddressesRequest request) {
        return Optional.empty();
    }

    @Override
    public void writeParameters(
            UnassignPrivateIpAddressesRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("NetworkInterfaceId", request.networkInterfaceId());
        DescribeParameters.writeIds("PrivateIpAddress", request.privateIpAddresses(), call);
    }

    @Override
    public UnassignPrivateIpAddressesResponse readAnswer(QueryResponse answer) {
        return new UnassignPrivateIpAddressesResponse(answer.requestId(), answer.attempts());
    }
}
