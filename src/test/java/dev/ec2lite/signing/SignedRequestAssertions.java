package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares signed requests as the suite's own harness does: method, path and body exactly; headers
 * and query parameters as multisets, since the files come from another implementation whose line
 * order is not part of the contract.
 */
final class SignedRequestAssertions {
    private SignedRequestAssertions() {}

    static void assertSameSignedRequest(SignableRequest expected, SignableRequest actual, String stage) {
        assertEquals(expected.method(), actual.method(), stage + ": method");
        assertEquals(expected.path(), actual.path(), stage + ": path");
        assertEquals(sorted(queryPairs(expected.query())), sorted(queryPairs(actual.query())), stage + ": query");
        assertEquals(sorted(headerLines(expected)), sorted(headerLines(actual)), stage + ": headers");
        assertArrayEquals(expected.body(), actual.body(), stage + ": body");
    }

    private static List<String> queryPairs(String query) {
        List<String> pairs = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    /** Header lines with the value trimmed: the legacy files write "Authorization: AWS4…". */
    private static List<String> headerLines(SignableRequest request) {
        List<String> lines = new ArrayList<>();
        for (Header header : request.headers()) {
            lines.add(header.name() + ":" + header.value().strip());
        }
        return lines;
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
