package dev.ec2lite.signing;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of SigV4: the canonical request.
 *
 * <pre>
 * METHOD \n canonical URI \n canonical query \n canonical headers \n \n signed headers \n payload hash
 * </pre>
 *
 * Each part has its own method so that it can be tested rule by rule. Package-private: the signer
 * writes it, and {@link SigningResult#canonicalRequest()} shows it.
 */
final class CanonicalRequest {
    private CanonicalRequest() {}

    /**
     * Writes the canonical request but its last line, the payload hash, which the caller appends: it
     * is either known text or hex written straight from a digest.
     *
     * @param headers the headers to sign, already {@linkplain CanonicalHeaders#sort sorted}
     */
    static void writeUpToPayloadHash(
            TextBuffer out,
            String method,
            String path,
            String query,
            CanonicalHeaders headers,
            boolean normalizePath,
            List<QueryParameter> extraQuery) {
        out.append(method).append('\n');
        out.append(canonicalUri(path, normalizePath)).append('\n');
        out.append(canonicalQuery(query, extraQuery)).append('\n');
        headers.writeLines(out);
        out.append('\n');
        headers.writeNames(out);
        out.append('\n');
    }

    /**
     * The path, normalised when asked (RFC 3986 section 5.2.4: {@code .} and empty segments dropped,
     * {@code ..} removes its parent) and then URI-encoded once more, slashes kept. An empty path is
     * {@code /}.
     */
    static String canonicalUri(String path, boolean normalize) {
        String source = path.isEmpty() ? "/" : path;
        return UriEncoding.encodePath(normalize && !isNormal(source) ? normalizePath(source) : source);
    }

    /**
     * True when {@link #normalizePath} would return {@code path} unchanged: it starts with {@code /}
     * and has no empty, {@code .} or {@code ..} segment. Most paths ({@code /} for every Query call)
     * are, and this check costs nothing, unlike splitting them.
     */
    static boolean isNormal(String path) {
        return path.startsWith("/") && !path.contains("//") && !path.contains("/.");
    }

    static String normalizePath(String path) {
        List<String> kept = new ArrayList<>();
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(segment);
        }
        String last = segments[segments.length - 1];
        // "a/", "a/." and "a/.." all name a directory, so the result keeps a trailing slash.
        boolean directory = last.isEmpty() || last.equals(".") || last.equals("..");
        StringBuilder out = new StringBuilder(path.length() + 1);
        for (String segment : kept) {
            out.append('/').append(segment);
        }
        if (out.length() == 0 || directory) {
            out.append('/');
        }
        return out.toString();
    }

    /**
     * The query: each {@code name=value} pair decoded, encoded again with the unreserved set, and
     * sorted by encoded name, then encoded value. A pair without {@code =} has an empty value.
     */
    static String canonicalQuery(String rawQuery, List<QueryParameter> extraQuery) {
        if ((rawQuery == null || rawQuery.isEmpty()) && extraQuery.isEmpty()) {
            return ""; // every POST of the Query protocol
        }
        List<String[]> pairs = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String piece : rawQuery.split("&", -1)) {
                if (piece.isEmpty()) {
                    continue;
                }
                int equals = piece.indexOf('=');
                String name = equals < 0 ? piece : piece.substring(0, equals);
                String value = equals < 0 ? "" : piece.substring(equals + 1);
                pairs.add(new String[] {
                    UriEncoding.encode(UriEncoding.percentDecode(name), false),
                    UriEncoding.encode(UriEncoding.percentDecode(value), false)
                });
            }
        }
        for (QueryParameter parameter : extraQuery) {
            pairs.add(new String[] {UriEncoding.encode(parameter.name()), UriEncoding.encode(parameter.value())});
        }
        // Encoded text is ASCII, so String order is byte order, as the specification asks.
        pairs.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }
}
