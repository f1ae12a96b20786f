package dev.ec2lite.signing;

import dev.ec2lite.credentials.AwsCredentials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 written a second time, plainly: one method per step of the specification, strings in and
 * strings out, each step commented with what the specification says. It is the yardstick that
 * {@link SigV4Signer} is held to: it passes the published suite itself ({@code
 * ReferenceSigV4VectorTest}), and {@code SignerDifferentialTest} demands that the fast signer give
 * exactly its output for thousands of generated requests.
 *
 * <p>It lives under {@code src/test} because nothing in the library needs a second signer: its only
 * users are those tests. It is kept apart from the fast signer on purpose and shares none of its
 * code (encoding, sorting, folding, path normalisation, dates, hashing through {@code javax.crypto}
 * directly), so that a mistake in one is not silently repeated in the other. No buffers, no caches,
 * no attention to speed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create
 *     a signed AWS API request</a>
 */
final class ReferenceSigV4 {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String TERMINATOR = "aws4_request";
    /** "The hex-encoded SHA-256 hash of an empty string", the payload hash of a request without a body. */
    private static final String EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** "The date and time in UTC, in ISO 8601 basic format: YYYYMMDD'T'HHMMSS'Z'". */
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * Headers that intermediaries add or rewrite, which the published suite's README says signers
     * leave out of the signature, and the prefix of the WebSocket handshake headers.
     */
    private static final Set<String> UNSIGNED_HEADERS = Set.of(
            "authorization", "user-agent", "x-amzn-trace-id", "connection", "upgrade", "transfer-encoding", "expect");

    private static final String UNSIGNED_HEADER_PREFIX = "sec-websocket-";

    private ReferenceSigV4() {}

    /** One header or query parameter, as the signed request carries it. */
    record Field(String name, String value) {}

    /** Every stage of one signature, and what the signed request carries. */
    record Signed(
            String canonicalRequest,
            String signedHeaders,
            String stringToSign,
            String signature,
            List<Field> headers,
            String query) {}

    /**
     * Header signing: "add the signature to the request in the Authorization header", with {@code
     * X-Amz-Date}, the session token and (when asked) {@code x-amz-content-sha256} added first.
     */
    static Signed sign(SignableRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String token = credentials.sessionToken().orElse(null);
        String amzDate = AMZ_DATE.format(params.time());
        String payloadHash = hashedPayload(request.body(), params.signBody());

        // Headers this signature sets are replaced, not repeated (a request is signed again on retry).
        List<Field> sent = new ArrayList<>();
        for (Header header : request.headers()) {
            String name = lowerCase(header.name());
            boolean replaced = name.equals("authorization")
                    || name.equals("x-amz-date")
                    || (token != null && name.equals("x-amz-security-token"))
                    || (params.contentSha256Header() && name.equals("x-amz-content-sha256"));
            if (!replaced) {
                sent.add(new Field(header.name(), header.value()));
            }
        }
        List<Field> signed = new ArrayList<>(sent);
        if (token != null) {
            Field tokenHeader = new Field("X-Amz-Security-Token", token);
            sent.add(tokenHeader);
            // "omit_session_token": the token travels with the request but is added after signing.
            if (!params.omitSessionToken()) {
                signed.add(tokenHeader);
            }
        }
        Field date = new Field("X-Amz-Date", amzDate);
        sent.add(date);
        signed.add(date);
        if (params.contentSha256Header()) {
            Field contentSha256 = new Field("x-amz-content-sha256", payloadHash);
            sent.add(contentSha256);
            signed.add(contentSha256);
        }

        String scope = credentialScope(amzDate, params.region(), params.service());
        String signedHeaders = signedHeaders(signed);
        String canonicalRequest =
                canonicalRequest(request, params.normalizePath(), List.of(), signed, signedHeaders, payloadHash);
        String stringToSign = stringToSign(amzDate, scope, canonicalRequest);
        String signature = signature(credentials.secretAccessKey(), amzDate, params, stringToSign);

        // "Authorization: algorithm Credential=access key ID/credential scope, SignedHeaders=..., Signature=..."
        String authorization = ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature;
        sent.add(new Field("Authorization", authorization));
        return new Signed(canonicalRequest, signedHeaders, stringToSign, signature, sent, request.query());
    }

    /**
     * Query signing (a presigned URL): "the authentication information is added to the query
     * string"; only the request's own headers are signed, and the payload is hashed as for headers.
     */
    static Signed presign(SignableRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String token = credentials.sessionToken().orElse(null);
        String amzDate = AMZ_DATE.format(params.time());
        String scope = credentialScope(amzDate, params.region(), params.service());
        List<Field> headers = new ArrayList<>();
        for (Header header : request.headers()) {
            headers.add(new Field(header.name(), header.value()));
        }
        String signedHeaders = signedHeaders(headers);

        // The X-Amz-* parameters, in the order the published suite appends them.
        List<Field> parameters = new ArrayList<>();
        parameters.add(new Field("X-Amz-Algorithm", ALGORITHM));
        parameters.add(new Field("X-Amz-Credential", credentials.accessKeyId() + "/" + scope));
        parameters.add(new Field("X-Amz-Date", amzDate));
        parameters.add(new Field("X-Amz-SignedHeaders", signedHeaders));
        if (!params.expires().isZero()) {
            parameters.add(
                    new Field("X-Amz-Expires", Long.toString(params.expires().getSeconds())));
        }
        if (token != null && !params.omitSessionToken()) {
            parameters.add(new Field("X-Amz-Security-Token", token));
        }

        String payloadHash = hashedPayload(request.body(), params.signBody());
        String canonicalRequest =
                canonicalRequest(request, params.normalizePath(), parameters, headers, signedHeaders, payloadHash);
        String stringToSign = stringToSign(amzDate, scope, canonicalRequest);
        String signature = signature(credentials.secretAccessKey(), amzDate, params, stringToSign);

        List<Field> added = new ArrayList<>(parameters);
        if (token != null && params.omitSessionToken()) {
            added.add(new Field("X-Amz-Security-Token", token)); // outside the signature
        }
        added.add(new Field("X-Amz-Signature", signature));
        // Appended, URI-encoded, after the request's own query as it was written.
        StringBuilder query = new StringBuilder(request.query() == null ? "" : request.query());
        for (Field parameter : added) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(uriEncode(utf8(parameter.name()), true))
                    .append('=')
                    .append(uriEncode(utf8(parameter.value()), true));
        }
        return new Signed(canonicalRequest, signedHeaders, stringToSign, signature, headers, query.toString());
    }

    /**
     * Step 1: "CanonicalRequest = HTTPMethod + '\n' + CanonicalURI + '\n' + CanonicalQueryString +
     * '\n' + CanonicalHeaders + '\n' + SignedHeaders + '\n' + HashedPayload", where CanonicalHeaders
     * ends in its own newline.
     */
    static String canonicalRequest(
            SignableRequest request,
            boolean normalizePath,
            List<Field> extraQuery,
            List<Field> headers,
            String signedHeaders,
            String payloadHash) {
        return request.method() + "\n"
                + canonicalUri(request.path(), normalizePath) + "\n"
                + canonicalQueryString(request.query(), extraQuery) + "\n"
                + canonicalHeaders(headers) + "\n"
                + signedHeaders + "\n"
                + payloadHash;
    }

    /**
     * "The URI-encoded version of the absolute path component URI, starting with the '/' that
     * follows the domain name": an empty path is {@code /}. Every service but S3 normalises the path
     * first; then the path as written (escapes included) is encoded once more, which is why an
     * encoded {@code %2F} becomes {@code %252F} ("double-encoding"). Slashes are kept.
     */
    static String canonicalUri(String path, boolean normalize) {
        String absolute = path.isEmpty() ? "/" : path;
        String normalized = normalize ? normalizePath(absolute) : absolute;
        return uriEncode(utf8(normalized), false);
    }

    /**
     * Normalisation as the published suite wants it: runs of slashes collapse to one (empty
     * segments are dropped), then RFC 3986 section 5.2.4 "remove_dot_segments", and the result
     * starts with {@code /}.
     */
    static String normalizePath(String path) {
        String input = path.replaceAll("/+", "/");
        StringBuilder output = new StringBuilder();
        while (!input.isEmpty()) {
            if (input.startsWith("../")) {
                input = input.substring(3); // A: a leading "../" or "./" is removed
            } else if (input.startsWith("./")) {
                input = input.substring(2);
            } else if (input.startsWith("/./")) {
                input = input.substring(2); // B: "/./" becomes "/"
            } else if (input.equals("/.")) {
                input = "/"; // B: a final "/." becomes "/"
            } else if (input.startsWith("/../") || input.equals("/..")) {
                // C: "/../" or a final "/.." becomes "/", and the last segment of the output goes
                input = "/" + input.substring(input.equals("/..") ? 3 : 4);
                int lastSlash = output.lastIndexOf("/");
                output.setLength(Math.max(lastSlash, 0));
            } else if (input.equals(".") || input.equals("..")) {
                input = ""; // D: a lone "." or ".." is removed
            } else {
                // E: the first segment, with its leading "/" if any, moves to the output
                int next = input.indexOf('/', input.startsWith("/") ? 1 : 0);
                int end = next < 0 ? input.length() : next;
                output.append(input, 0, end);
                input = input.substring(end);
            }
        }
        return output.length() > 0 && output.charAt(0) == '/' ? output.toString() : "/" + output;
    }

    /**
     * "URI-encode each parameter name and value ... Sort the parameters by parameter name (in
     * ascending order by character code point) ... Parameters with duplicate names should be sorted
     * by value." A query as written may already hold escapes, so each name and value is decoded
     * before it is encoded; a parameter without {@code =} has an empty value; the signing
     * parameters of a presigned URL are encoded as they are.
     */
    static String canonicalQueryString(String rawQuery, List<Field> extraQuery) {
        List<Field> encoded = new ArrayList<>();
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                String value = equals < 0 ? "" : parameter.substring(equals + 1);
                encoded.add(new Field(uriEncode(percentDecode(name), true), uriEncode(percentDecode(value), true)));
            }
        }
        for (Field parameter : extraQuery) {
            encoded.add(new Field(uriEncode(utf8(parameter.name()), true), uriEncode(utf8(parameter.value()), true)));
        }
        // Encoded text is ASCII: comparing chars is comparing code points.
        encoded.sort((a, b) -> a.name().equals(b.name())
                ? a.value().compareTo(b.value())
                : a.name().compareTo(b.name()));
        List<String> pairs = new ArrayList<>();
        for (Field parameter : encoded) {
            pairs.add(parameter.name() + "=" + parameter.value());
        }
        return String.join("&", pairs);
    }

    /**
     * "Lowercase(HeaderName) + ':' + Trim(HeaderValue) + '\n'" for each signed header, sorted by
     * name; "convert sequential spaces to a single space" (the suite folds any white space, line
     * breaks of a multi-line value included); the values of a repeated name are joined by commas in
     * the order they were sent.
     */
    static String canonicalHeaders(List<Field> headers) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> header :
                signedHeaderValues(headers).entrySet()) {
            out.append(header.getKey()).append(':').append(String.join(",", header.getValue()));
            out.append('\n');
        }
        return out.toString();
    }

    /** "The list of headers that you included in CanonicalHeaders", lower case, sorted, joined by {@code ;}. */
    static String signedHeaders(List<Field> headers) {
        return String.join(";", signedHeaderValues(headers).keySet());
    }

    /** The signed headers by lower-case name, sorted by name; each name's folded values in order. */
    private static Map<String, List<String>> signedHeaderValues(List<Field> headers) {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Field header : headers) {
            String name = lowerCase(header.name());
            if (UNSIGNED_HEADERS.contains(name) || name.startsWith(UNSIGNED_HEADER_PREFIX)) {
                continue;
            }
            String value = header.value().strip().replaceAll("\\p{javaWhitespace}+", " ");
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return byName;
    }

    /**
     * "Hex(SHA256Hash(payload))": the body's hash when the body is signed; the empty string's when
     * it is not (the suite's {@code sign_body: false}) or there is no body.
     */
    static String hashedPayload(byte[] body, boolean signBody) {
        return signBody ? hex(sha256(body)) : EMPTY_PAYLOAD_HASH;
    }

    /** Step 2: "Algorithm \n RequestDateTime \n CredentialScope \n HashedCanonicalRequest". */
    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(utf8(canonicalRequest)));
    }

    /** "YYYYMMDD/region/service/aws4_request", the date being that of the request's time. */
    static String credentialScope(String amzDate, String region, String service) {
        return amzDate.substring(0, 8) + "/" + region + "/" + service + "/" + TERMINATOR;
    }

    /**
     * Steps 3 and 4: "kDate = HMAC("AWS4" + kSecret, Date); kRegion = HMAC(kDate, Region); kService =
     * HMAC(kRegion, Service); kSigning = HMAC(kService, "aws4_request")", then "signature =
     * Hex(HMAC-SHA256(kSigning, StringToSign))".
     */
    static String signature(String secretAccessKey, String amzDate, SigningParams params, String stringToSign) {
        byte[] kDate = hmacSha256(utf8("AWS4" + secretAccessKey), amzDate.substring(0, 8));
        byte[] kRegion = hmacSha256(kDate, params.region());
        byte[] kService = hmacSha256(kRegion, params.service());
        byte[] kSigning = hmacSha256(kService, TERMINATOR);
        return hex(hmacSha256(kSigning, stringToSign));
    }

    /**
     * "URI-encode every byte except the unreserved characters: 'A'-'Z', 'a'-'z', '0'-'9', '-', '.',
     * '_', and '~'", as {@code %XY} with upper-case hex; the slash too, except in the path.
     */
    static String uriEncode(byte[] bytes, boolean encodeSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            boolean unreserved = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
            if (unreserved || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** The bytes a query name or value stands for: each valid {@code %XY} decoded, all else as UTF-8. */
    static byte[] percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = utf8(text);
        int i = 0;
        while (i < raw.length) {
            if (raw[i] == '%' && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                out.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 3;
            } else {
                out.write(raw[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** Header names are case-insensitive; SigV4 lower-cases them by the root locale's rules. */
    private static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(utf8(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
