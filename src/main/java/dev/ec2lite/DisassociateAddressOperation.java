package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/** {@code DisassociateAddress}: {@code AssociationId}, then {@code DryRun}. */
final class DisassociateAddressOperation
        implements Ec2Operation<DisassociateAddressRequest, DisassociateAddressResponse> {
    static final DisassociateAddressOperation INSTANCE = new DisassociateAddressOperation();

    private DisassociateAddressOperation() {}

    @Override
    public String action() {
        return "DisassociateAddress";
    }

    @Override
    public void writeParameters(DisassociateAddressRequest request, QueryRequest.Builder call, DryRunParameter dryRun) {
        call.param("AssociationId", request.associationId());
        dryRun.writeHere();
    }

    @Override
    public Optional<Boolean> dryRun(DisassociateAddressRequest request) {
        return request.dryRun();
    }

    @Override
    public DisassociateAddressResponse readAnswer(QueryResponse answer) {
        return new DisassociateAddressResponse(answer.requestId(), false, answer.statusCode(), answer.attempts());
    }

    @Override
    public DisassociateAddressResponse dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        return new DisassociateAddressResponse(requestId, true, statusCode, attempts);
    }
}
