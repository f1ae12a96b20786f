package dev.ec2lite.signing;

import dev.ec2lite.credentials.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * AWS Signature Version 4 for any HTTP request: an {@code Authorization} header ({@link
 * #sign}) or a presigned URL ({@link #presign}).
 *
 * <p>The stages follow the specification: canonical request, string to sign, signing key (cached
 * per secret, day, region and service), signature, and what is added to the request. The signer
 * never reads a clock: the time is part of {@link SigningParams}. Thread-safe; share one.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create
 *     a signed AWS API request</a>
 */
public final class SigV4Signer {
    private final SigV4Crypto crypto;
    private final SigningKey signingKeys;

    private SigV4Signer(SigV4Crypto crypto) {
        this.crypto = Objects.requireNonNull(crypto, "crypto == null");
        this.signingKeys = new SigningKey(crypto);
    }

    /** A signer using the JDK's crypto. */
    public static SigV4Signer create() {
        return new SigV4Signer(SigV4Crypto.jdk());
    }

    /** A signer using the given crypto implementation. */
    public static SigV4Signer create(SigV4Crypto crypto) {
        return new SigV4Signer(crypto);
    }

    public SigV4Crypto crypto() {
        return crypto;
    }

    /**
     * Header signing: adds {@code X-Amz-Date}, the session token when there is one, {@code
     * x-amz-content-sha256} when asked, and {@code Authorization}. Headers of those names already on
     * the request are replaced, so a request can be signed again for a retry.
     */
    public SigningResult sign(SignableRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        Optional<String> token = credentials.sessionToken();
        String amzDate = CredentialScope.amzDate(params.time());
        String payloadHash = payloadHash(request, params);

        List<Header> added = new ArrayList<>(4);
        token.ifPresent(value -> added.add(new Header(SigV4Constants.X_AMZ_SECURITY_TOKEN, value)));
        added.add(new Header(SigV4Constants.X_AMZ_DATE, amzDate));
        if (params.contentSha256Header()) {
            added.add(new Header(SigV4Constants.X_AMZ_CONTENT_SHA256, payloadHash));
        }

        // The request's own headers, less those this signature replaces; then the signed additions.
        List<Header> headers = new ArrayList<>(request.headers().size() + added.size() + 1);
        for (Header header : request.headers()) {
            if (!replacedBySigning(header, added)) {
                headers.add(header);
            }
        }
        List<Header> toSign = new ArrayList<>(headers.size() + added.size());
        toSign.addAll(headers);
        for (Header header : added) {
            if (!(params.omitSessionToken() && header.hasName(SigV4Constants.X_AMZ_SECURITY_TOKEN))) {
                toSign.add(header);
            }
        }
        CanonicalRequest canonical = CanonicalRequest.of(
                request.method(),
                request.path(),
                request.query(),
                toSign,
                params.normalizePath(),
                payloadHash,
                List.of());
        CredentialScope scope = CredentialScope.of(amzDate, params.region(), params.service());
        String scopeValue = scope.value();
        String stringToSign = StringToSign.of(amzDate, scopeValue, hashHex(canonical.text()));
        String signature = signature(credentials, scope, stringToSign);

        added.add(new Header(
                SigV4Constants.AUTHORIZATION,
                SigV4Constants.AWS4_HMAC_SHA256 + " Credential=" + credentials.accessKeyId() + '/' + scopeValue
                        + ", SignedHeaders=" + canonical.signedHeaders() + ", Signature=" + signature));
        headers.addAll(added);
        return new SigningResult(
                canonical, stringToSign, signature, added, List.of(), request.withOwnedHeaders(headers));
    }

    /** Whether signing replaces {@code header}: an old signature, date, or what is added again. */
    private static boolean replacedBySigning(Header header, List<Header> added) {
        if (header.hasName(SigV4Constants.AUTHORIZATION)) {
            return true;
        }
        for (Header addition : added) {
            if (header.hasName(addition.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Query signing (a presigned URL): the {@code X-Amz-*} parameters go into the query; only the
     * request's own headers are signed.
     */
    public SigningResult presign(SignableRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String amzDate = CredentialScope.amzDate(params.time());
        CredentialScope scope = CredentialScope.of(amzDate, params.region(), params.service());
        String signedHeaders = String.join(
                ";", CanonicalRequest.canonicalHeaders(request.headers()).keySet());

        List<Header> parameters = new ArrayList<>(7);
        parameters.add(new Header(SigV4Constants.X_AMZ_ALGORITHM, SigV4Constants.AWS4_HMAC_SHA256));
        parameters.add(new Header(SigV4Constants.X_AMZ_CREDENTIAL, credentials.accessKeyId() + '/' + scope.value()));
        parameters.add(new Header(SigV4Constants.X_AMZ_DATE, amzDate));
        parameters.add(new Header(SigV4Constants.X_AMZ_SIGNED_HEADERS, signedHeaders));
        if (!params.expires().isZero()) {
            parameters.add(new Header(
                    SigV4Constants.X_AMZ_EXPIRES, Long.toString(params.expires().getSeconds())));
        }
        Optional<String> token = credentials.sessionToken();
        if (token.isPresent() && !params.omitSessionToken()) {
            parameters.add(new Header(SigV4Constants.X_AMZ_SECURITY_TOKEN, token.get()));
        }

        CanonicalRequest canonical =
                CanonicalRequest.of(request, params.normalizePath(), payloadHash(request, params), parameters);
        String stringToSign = StringToSign.of(amzDate, scope.value(), hashHex(canonical.text()));
        String signature = signature(credentials, scope, stringToSign);

        if (token.isPresent() && params.omitSessionToken()) {
            parameters.add(new Header(SigV4Constants.X_AMZ_SECURITY_TOKEN, token.get()));
        }
        parameters.add(new Header(SigV4Constants.X_AMZ_SIGNATURE, signature));
        StringBuilder query = new StringBuilder(request.query() == null ? "" : request.query());
        for (Header parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(UriEncoding.encode(parameter.name()))
                    .append('=')
                    .append(UriEncoding.encode(parameter.value()));
        }
        SignableRequest signed = request.toBuilder().query(query.toString()).build();
        return new SigningResult(canonical, stringToSign, signature, List.of(), parameters, signed);
    }

    /** Step 4: hex(HMAC(signing key, string to sign)). */
    private String signature(AwsCredentials credentials, CredentialScope scope, String stringToSign) {
        byte[] key = signingKeys.forScope(credentials.secretAccessKey(), scope);
        return Hex.encode(crypto.hmacSha256(key, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    private String payloadHash(SignableRequest request, SigningParams params) {
        if (!params.signBody() || request.body().length == 0) {
            return SigV4Constants.EMPTY_BODY_SHA256;
        }
        return Hex.encode(crypto.sha256(request.body()));
    }

    private String hashHex(String text) {
        return Hex.encode(crypto.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Exposed for tests of the cache. */
    int cachedSigningKeys() {
        return signingKeys.cachedKeys();
    }

    /** Step 3 without the cache, for callers that want to see the key (tests, the {@code sign} command). */
    public static byte[] deriveSigningKey(SigV4Crypto crypto, String secretAccessKey, CredentialScope scope) {
        return SigningKey.derive(crypto, secretAccessKey, scope);
    }

    @Override
    public String toString() {
        return "SigV4Signer{crypto=" + crypto.name() + "}";
    }
}
