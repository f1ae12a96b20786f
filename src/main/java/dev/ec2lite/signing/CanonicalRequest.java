package dev.ec2lite.signing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Step 1 of SigV4: the canonical request.
 *
 * <pre>
 * METHOD \n canonical URI \n canonical query \n canonical headers \n \n signed headers \n payload hash
 * </pre>
 *
 * Each part has its own method so that it can be tested rule by rule.
 */
public final class CanonicalRequest {
    /**
     * Headers that proxies and HTTP stacks add, drop or rewrite on the way, so signing them would
     * break the signature; AWS's own signers leave them out for that reason (the published suite's
     * README lists the same set).
     */
    private static final Set<String> UNSIGNED_HEADERS = Set.of(
            "authorization", "user-agent", "x-amzn-trace-id", "connection", "upgrade", "transfer-encoding", "expect");

    private final String text;
    private final String signedHeaders;

    private CanonicalRequest(String text, String signedHeaders) {
        this.text = text;
        this.signedHeaders = signedHeaders;
    }

    /**
     * Builds the canonical request of {@code request}.
     *
     * @param extraQuery query parameters (not yet encoded) to sign as if they were in the URL: the
     *     {@code X-Amz-*} parameters of a presigned request
     */
    static CanonicalRequest of(
            SignableRequest request, boolean normalizePath, String payloadHash, List<Header> extraQuery) {
        return of(
                request.method(),
                request.path(),
                request.query(),
                request.headers(),
                normalizePath,
                payloadHash,
                extraQuery);
    }

    /** As above, with the headers to sign given apart from the request (the signer adds its own). */
    static CanonicalRequest of(
            String method,
            String path,
            String query,
            List<Header> headersToSign,
            boolean normalizePath,
            String payloadHash,
            List<Header> extraQuery) {
        String[] headers = canonicalHeaderPairs(headersToSign);
        // 512: an EC2 Query request's canonical form is about 300 characters; no regrowth for it.
        StringBuilder text = new StringBuilder(512)
                .append(method)
                .append('\n')
                .append(canonicalUri(path, normalizePath))
                .append('\n')
                .append(canonicalQuery(query, extraQuery))
                .append('\n');
        for (int i = 0; i < headers.length; i += 2) {
            text.append(headers[i]).append(':').append(headers[i + 1]).append('\n');
        }
        text.append('\n');
        int signedHeadersStart = text.length();
        for (int i = 0; i < headers.length; i += 2) {
            if (i > 0) {
                text.append(';');
            }
            text.append(headers[i]);
        }
        String signedHeaders = text.substring(signedHeadersStart);
        text.append('\n').append(payloadHash);
        return new CanonicalRequest(text.toString(), signedHeaders);
    }

    /** The canonical request text, hashed into the string to sign. */
    public String text() {
        return text;
    }

    /** The names of the signed headers, lower case, sorted, joined by {@code ;}. */
    public String signedHeaders() {
        return signedHeaders;
    }

    @Override
    public String toString() {
        return text;
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
    static String canonicalQuery(String rawQuery, List<Header> extraQuery) {
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
        for (Header parameter : extraQuery) {
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

    /**
     * Lower-case names, sorted; values trimmed with inner runs of white space folded to one space;
     * the values of a repeated header joined by {@code ,} in their original order.
     */
    static Map<String, String> canonicalHeaders(List<Header> headers) {
        String[] pairs = canonicalHeaderPairs(headers);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /**
     * The canonical headers as {@code name, value, name, value, …}: sorted by name, repeats joined.
     * An array sorted in place rather than a sorted map: a request has a handful of headers, and this
     * runs for every signature.
     */
    static String[] canonicalHeaderPairs(List<Header> headers) {
        String[] names = new String[headers.size()];
        String[] values = new String[headers.size()];
        int count = 0;
        for (Header header : headers) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if (UNSIGNED_HEADERS.contains(name) || name.startsWith("sec-websocket-")) {
                continue;
            }
            String value = foldWhitespace(header.value());
            int at = count;
            // Insertion sort, stable: a repeated name lands after its earlier values.
            while (at > 0 && names[at - 1].compareTo(name) > 0) {
                names[at] = names[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            if (at > 0 && names[at - 1].equals(name)) {
                // Shift back what moved and join the value to the earlier one of the same name.
                for (int i = at; i < count; i++) {
                    names[i] = names[i + 1];
                    values[i] = values[i + 1];
                }
                values[at - 1] = values[at - 1] + ',' + value;
                continue;
            }
            names[at] = name;
            values[at] = value;
            count++;
        }
        String[] pairs = new String[count * 2];
        for (int i = 0; i < count; i++) {
            pairs[2 * i] = names[i];
            pairs[2 * i + 1] = values[i];
        }
        return pairs;
    }

    static String foldWhitespace(String value) {
        if (isFolded(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * True when {@link #foldWhitespace} would return {@code value} unchanged: no white space at either
     * end, and none inside but single spaces. Header values almost always are, so most need no copy.
     */
    private static boolean isFolded(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || Character.isWhitespace(value.charAt(i + 1))) {
                    return false;
                }
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
