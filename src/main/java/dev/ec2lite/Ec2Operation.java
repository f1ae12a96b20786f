package dev.ec2lite;

import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import java.util.Optional;

/**
 * One EC2 action, described once: how its typed request becomes Query parameters and how EC2's answer
 * becomes its typed response. {@link Ec2Calls} does the rest for every action alike (writing {@code
 * DryRun} where the operation places it, sending, and turning a permitted dry run's {@code
 * DryRunOperation} error into a response).
 *
 * @param <Q> the request type: immutable, checked when built
 * @param <S> the response type
 */
interface Ec2Operation<Q, S> {
    /** The Query {@code Action}, such as {@code DetachNetworkInterface}. */
    String action();

    /**
     * Writes the request's parameters in the order the AWS CLI sends them, placing {@code DryRun} with
     * {@code dryRun.writeHere()} where the AWS CLI does (an action with a dry run must place it).
     */
    void writeParameters(Q request, QueryRequest.Builder call, DryRunParameter dryRun);

    /**
     * {@code DryRun} as the request asks: empty leaves it out, true asks EC2 only to check permissions.
     * Every operation says so itself (an action without a dry run returns empty, with the reason), so
     * that a request's dry run can never be dropped by a forgotten default and the call made for real.
     */
    Optional<Boolean> dryRun(Q request);

    /** The typed response from a successful answer; a missing required value is an error naming it. */
    S readAnswer(QueryResponse answer);

    /**
     * The response to a permitted dry run (EC2 answers it with the error {@code DryRunOperation}, HTTP
     * 412): the call would have succeeded, nothing changed.
     */
    default S dryRunAnswer(Optional<String> requestId, int statusCode, int attempts) {
        throw new IllegalStateException(action() + " was not sent as a dry run");
    }
}
