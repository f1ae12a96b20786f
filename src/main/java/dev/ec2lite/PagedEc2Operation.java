package dev.ec2lite;

import java.util.Optional;

/**
 * An {@link Ec2Operation} whose answers come in pages joined by {@code NextToken}.
 *
 * @param <Q> the request type, which carries the token to start from
 * @param <S> one page's response
 */
interface PagedEc2Operation<Q, S> extends Ec2Operation<Q, S> {
    /** The token the request starts from, if any. */
    Optional<String> startingToken(Q request);

    /** The same request, starting from {@code token} (empty: from the first page). */
    Q withNextToken(Q request, Optional<String> token);

    /** The token of the page after {@code page}; empty on the last page. */
    Optional<String> nextToken(S page);
}
