package dev.ec2lite.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a describe answer, as EC2 pages them: at most {@code MaxResults} items, and an opaque
 * {@code NextToken} naming where the next page starts. Our token encodes the id of the next page's
 * first item (items are sorted by id), so a page stays correct even if items were added in between.
 */
record ResultPage<T>(List<T> items, Optional<String> nextToken) {
    private static final String TOKEN_PREFIX = "next:";

    /**
     * The page of {@code all} (sorted by id) that starts at {@code token} and holds at most {@code
     * maxResults} items; everything from the token on when no page size is given.
     */
    static <T> ResultPage<T> of(
            List<T> all, Function<T, String> id, Optional<Integer> maxResults, Optional<String> token) {
        int start = 0;
        if (token.isPresent()) {
            String firstId = decode(token.get());
            while (start < all.size() && id.apply(all.get(start)).compareTo(firstId) < 0) {
                start++;
            }
        }
        int first = start;
        int end = maxResults.map(size -> Math.min(all.size(), first + size)).orElse(all.size());
        Optional<String> next = end < all.size() ? Optional.of(encode(id.apply(all.get(end)))) : Optional.empty();
        return new ResultPage<>(List.copyOf(all.subList(first, end)), next);
    }

    private static String encode(String firstId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((TOKEN_PREFIX + firstId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                return text.substring(TOKEN_PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ServiceError(
                400, "InvalidPaginationToken", "The specified pagination token is not valid or is expired.");
    }
}
