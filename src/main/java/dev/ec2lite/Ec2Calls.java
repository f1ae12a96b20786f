package dev.ec2lite;

import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.query.internal.QueryClient;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs any {@link Ec2Operation}: the one place where a typed request is sent and its answer read, and
 * where a permitted dry run becomes a response. The client's facade, the waiters and the fail-over
 * workflows all call EC2 through here.
 */
final class Ec2Calls {
    static final String DRY_RUN_OPERATION = "DryRunOperation";

    private final QueryClient query;

    Ec2Calls(QueryClient query) {
        this.query = query;
    }

    /** Calls {@code operation} within the client's call timeout. */
    <Q, S> S call(Ec2Operation<Q, S> operation, Q request) {
        return call(operation, request, null);
    }

    /** Calls {@code operation}, each attempt within {@code timeout} (null: the client's call timeout only). */
    <Q, S> S call(Ec2Operation<Q, S> operation, Q request, Duration timeout) {
        QueryRequest.Builder call = QueryRequest.builder(operation.action(), Ec2Client.API_VERSION);
        Optional<Boolean> dryRunValue = operation.dryRun(request);
        DryRunParameter dryRunParameter = new DryRunParameter(dryRunValue, call);
        operation.writeParameters(request, call, dryRunParameter);
        if (dryRunParameter.forgotten()) {
            throw new IllegalStateException(operation.action() + " has a dry run but did not place DryRun");
        }
        boolean dryRun = dryRunValue.orElse(false);
        try {
            QueryResponse answer = query.call(call.build(), timeout);
            return operation.readAnswer(answer);
        } catch (Ec2ServiceException e) {
            if (dryRun && e.isErrorCode(DRY_RUN_OPERATION)) {
                return operation.dryRunAnswer(e.requestId(), e.statusCode(), e.attempts());
            }
            throw e;
        }
    }

    /** The pages of a paginated operation from the request's own token on, each fetched when reached. */
    <Q, S> Paginated<S> pages(PagedEc2Operation<Q, S> operation, Q request, Duration timeout) {
        return new Paginated<>(
                token -> call(operation, operation.withNextToken(request, token), timeout),
                operation::nextToken,
                operation.startingToken(request),
                Paginated.DEFAULT_MAX_PAGES);
    }
}
