package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import java.util.Optional;

/**
 * {@code DryRun} for one call, written where the operation places it. The AWS CLI sends {@code DryRun}
 * at its place in the EC2 model's member order, which differs from action to action; the operation
 * knows that place, this class the parameter's name and value, so the mapping is written once.
 */
final class DryRunParameter {
    private final Optional<Boolean> value;
    private final QueryRequest.Builder call;
    private boolean placed;

    DryRunParameter(Optional<Boolean> value, QueryRequest.Builder call) {
        this.value = value;
        this.call = call;
    }

    /** Writes {@code DryRun} here when the request asks for it (true or false); nothing otherwise. */
    void writeHere() {
        if (placed) {
            throw new IllegalStateException("DryRun placed twice");
        }
        placed = true;
        value.ifPresent(dryRun -> call.param("DryRun", dryRun));
    }

    /** Whether the request asked for {@code DryRun} and the operation left it out. */
    boolean forgotten() {
        return value.isPresent() && !placed;
    }
}
