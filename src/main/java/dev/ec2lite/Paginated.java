package dev.ec2lite;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paginated call, fetched lazily: the first when iteration starts, each next one
 * (following {@code NextToken}) only when the previous one has been consumed and named a next page.
 * At most {@link #maxPages()} pages are fetched; when that bound stops the iteration, the last page's
 * token says where to resume. Each iteration starts again from the first page.
 *
 * @param <P> one page's answer
 */
public final class Paginated<P> implements Iterable<P> {
    /** The bound when the caller sets none: enough for any real account, a guard against endless tokens. */
    public static final int DEFAULT_MAX_PAGES = 100;

    private final Function<Optional<String>, P> fetch;
    private final Function<P, Optional<String>> nextToken;
    private final Optional<String> startingToken;
    private final int maxPages;

    Paginated(
            Function<Optional<String>, P> fetch,
            Function<P, Optional<String>> nextToken,
            Optional<String> startingToken,
            int maxPages) {
        this.fetch = Objects.requireNonNull(fetch, "fetch == null");
        this.nextToken = Objects.requireNonNull(nextToken, "nextToken == null");
        this.startingToken = Objects.requireNonNull(startingToken, "startingToken == null");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be 1 or more, was " + maxPages);
        }
        this.maxPages = maxPages;
    }

    /** The same pages, fetching at most {@code pages} of them. */
    public Paginated<P> maxPages(int pages) {
        return new Paginated<>(fetch, nextToken, startingToken, pages);
    }

    public int maxPages() {
        return maxPages;
    }

    @Override
    public Iterator<P> iterator() {
        return new PageIterator();
    }

    /** The pages as a sequential stream; a page is fetched when the stream reaches it. */
    public Stream<P> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The items of every page in order; pages are fetched as the stream reaches them. */
    public <T> Stream<T> items(Function<P, List<T>> itemsOfPage) {
        Objects.requireNonNull(itemsOfPage, "itemsOfPage == null");
        return stream().flatMap(page -> itemsOfPage.apply(page).stream());
    }

    private final class PageIterator implements Iterator<P> {
        private Optional<String> token = startingToken;
        private boolean more = true;
        private int fetched;

        @Override
        public boolean hasNext() {
            return more && fetched < maxPages;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            P page = Objects.requireNonNull(fetch.apply(token), "a page fetch returned null");
            fetched++;
            Optional<String> next = nextToken.apply(page).filter(t -> !t.isEmpty());
            // A server that hands back the token it was given would loop until the bound: stop now.
            more = next.isPresent() && !next.equals(token);
            token = next;
            return page;
        }
    }
}
