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
    private static final String CREDENTIAL_PREFIX = SigV4Constants.AWS4_HMAC_SHA256 + " Credential=";
    private static final String SIGNED_HEADERS_PREFIX = ", SignedHeaders=";
    /** What comes before the signature at the end of {@code Authorization}. */
    static final String SIGNATURE_PREFIX = ", Signature=";

    // The same, encoded once: every signature writes them.
    private static final byte[] CREDENTIAL_PREFIX_BYTES = CREDENTIAL_PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNED_HEADERS_PREFIX_BYTES = SIGNED_HEADERS_PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE_PREFIX_BYTES = SIGNATURE_PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final SigV4Crypto crypto;
    private final SigningKey signingKeys;
    /**
     * What signatures hash with, when it can be shared by threads; null for the JDK's crypto, whose
     * digest and HMAC state are per thread and taken from the scratch space (see {@link #hashing}).
     */
    private final SignatureHashing sharedHashing;

    private SigV4Signer(SigV4Crypto crypto) {
        this.crypto = Objects.requireNonNull(crypto, "crypto == null");
        this.signingKeys = new SigningKey(crypto);
        this.sharedHashing = crypto == JdkCrypto.INSTANCE ? null : SignatureHashing.of(crypto);
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
        SigningScratch scratch = SigningScratch.acquire();
        try {
            return sign(request, params, scratch);
        } finally {
            scratch.release();
        }
    }

    private SigningResult sign(SignableRequest request, SigningParams params, SigningScratch scratch) {
        AwsCredentials credentials = params.credentials();
        String token = credentials.sessionToken().orElse(null);
        String amzDate = CredentialScope.amzDate(params.time(), scratch.amzDateChars());
        String payloadHash = knownPayloadHash(request, params);

        // The request's own headers, less those this signature replaces; then the additions, at most
        // four with Authorization.
        List<Header> requestHeaders = request.headers();
        HeaderList headers = new HeaderList(requestHeaders.size() + 4);
        for (int i = 0; i < requestHeaders.size(); i++) {
            Header header = requestHeaders.get(i);
            if (!replacedBySigning(header, token != null, params.contentSha256Header())) {
                headers.append(header);
            }
        }
        int addedFrom = headers.size();
        int unsignedIndex = -1;
        if (token != null) {
            unsignedIndex = params.omitSessionToken() ? headers.size() : -1;
            headers.append(new Header(SigV4Constants.X_AMZ_SECURITY_TOKEN, token));
        }
        headers.append(new Header(SigV4Constants.X_AMZ_DATE, amzDate));
        if (params.contentSha256Header()) {
            payloadHash = payloadHash != null ? payloadHash : Hex.encode(crypto.sha256(request.body()));
            headers.append(new Header(SigV4Constants.X_AMZ_CONTENT_SHA256, payloadHash));
        }
        // Authorization joins this list below; the canonical rules never sign a header of that name.
        SignatureInputs inputs =
                new SignatureInputs(request, headers, unsignedIndex, List.of(), payloadHash, params, amzDate);

        int scopeStart = signature(inputs, scratch, credentials, params, amzDate);
        // Written next to the stages, and made a String once: no scope, names or hex Strings on the
        // way. The scope and the names are copied from the stages, where they were written.
        TextBuffer text = scratch.text();
        int scopeEnd = text.length() - StringToSign.AFTER_SCOPE;
        int start = text.length();
        text.appendAscii(CREDENTIAL_PREFIX_BYTES)
                .append(credentials.accessKeyId())
                .append('/')
                .appendCopy(scopeStart, scopeEnd)
                .appendAscii(SIGNED_HEADERS_PREFIX_BYTES);
        int signedHeadersAt = text.length();
        scratch.headers().writeNamesAgain(text);
        text.appendAscii(SIGNATURE_PREFIX_BYTES).appendHex(scratch.hash());
        String authorization = text.toString(start, text.length());
        int signedHeadersStart = text.charCount(start, signedHeadersAt);

        headers.append(new Header(SigV4Constants.AUTHORIZATION, authorization));
        return SigningResult.ofHeaders(
                request.withOwnedHeaders(headers), inputs, crypto, addedFrom, authorization, signedHeadersStart);
    }

    /** Whether {@code header} is one that signing replaces: an old signature, or one it adds again. */
    private static boolean replacedBySigning(Header header, boolean addsToken, boolean addsContentSha256) {
        return header.hasName(SigV4Constants.AUTHORIZATION)
                || header.hasName(SigV4Constants.X_AMZ_DATE)
                || (addsToken && header.hasName(SigV4Constants.X_AMZ_SECURITY_TOKEN))
                || (addsContentSha256 && header.hasName(SigV4Constants.X_AMZ_CONTENT_SHA256));
    }

    /**
     * Query signing (a presigned URL): the {@code X-Amz-*} parameters go into the query; only the
     * request's own headers are signed.
     */
    public SigningResult presign(SignableRequest request, SigningParams params) {
        AwsCredentials credentials = params.credentials();
        String amzDate = CredentialScope.amzDate(params.time());
        CredentialScope scope = CredentialScope.of(amzDate, params.region(), params.service());
        Optional<String> token = credentials.sessionToken();
        List<QueryParameter> parameters = new ArrayList<>(7);
        SignatureInputs inputs;
        String signedHeaders;
        String signature;
        SigningScratch scratch = SigningScratch.acquire();
        try {
            // The signed header names are a parameter, so they are needed before the canonical request.
            TextBuffer text = scratch.text();
            scratch.headers().sort(request.headers(), -1);
            scratch.headers().writeNames(text);
            signedHeaders = text.toString(0, text.length());
            text.clear();

            parameters.add(new QueryParameter(SigV4Constants.X_AMZ_ALGORITHM, SigV4Constants.AWS4_HMAC_SHA256));
            parameters.add(new QueryParameter(
                    SigV4Constants.X_AMZ_CREDENTIAL, credentials.accessKeyId() + '/' + scope.value()));
            parameters.add(new QueryParameter(SigV4Constants.X_AMZ_DATE, amzDate));
            parameters.add(new QueryParameter(SigV4Constants.X_AMZ_SIGNED_HEADERS, signedHeaders));
            if (!params.expires().isZero()) {
                parameters.add(new QueryParameter(
                        SigV4Constants.X_AMZ_EXPIRES,
                        Long.toString(params.expires().getSeconds())));
            }
            if (token.isPresent() && !params.omitSessionToken()) {
                parameters.add(new QueryParameter(SigV4Constants.X_AMZ_SECURITY_TOKEN, token.get()));
            }
            inputs = new SignatureInputs(
                    request,
                    request.headers(),
                    -1,
                    List.copyOf(parameters),
                    knownPayloadHash(request, params),
                    params,
                    amzDate);
            signature(inputs, scratch, credentials, params, amzDate);
            signature = Hex.encode(scratch.hash());
        } finally {
            scratch.release();
        }

        if (token.isPresent() && params.omitSessionToken()) {
            parameters.add(new QueryParameter(SigV4Constants.X_AMZ_SECURITY_TOKEN, token.get()));
        }
        parameters.add(new QueryParameter(SigV4Constants.X_AMZ_SIGNATURE, signature));
        StringBuilder query = new StringBuilder(request.query() == null ? "" : request.query());
        for (QueryParameter parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(UriEncoding.encode(parameter.name()))
                    .append('=')
                    .append(UriEncoding.encode(parameter.value()));
        }
        SignableRequest signed = request.toBuilder().query(query.toString()).build();
        return SigningResult.ofQuery(signed, inputs, crypto, parameters, signedHeaders, signature);
    }

    /**
     * Steps 1 to 4: writes the canonical request and the string to sign into the scratch buffer,
     * hashing each where it lies, and puts HMAC(signing key, string to sign) in the scratch hash
     * array (wiped on release). The signed headers stay sorted in the scratch space for the caller.
     *
     * @return where the credential scope starts in the string to sign, for {@code Authorization}
     */
    private int signature(
            SignatureInputs inputs,
            SigningScratch scratch,
            AwsCredentials credentials,
            SigningParams params,
            String amzDate) {
        TextBuffer text = scratch.text();
        byte[] hash = scratch.hash();
        SignatureHashing hashing = hashing(scratch);
        inputs.writeCanonicalRequest(text, scratch.headers(), hashing, hash);
        int canonicalEnd = text.length();
        hashing.sha256Into(text.array(), 0, canonicalEnd, hash);
        int scopeStart = inputs.writeStringToSign(text, hash);
        byte[] key =
                signingKeys.forSignature(credentials.secretAccessKey(), amzDate, params.region(), params.service());
        hashing.hmacSha256Into(key, text.array(), canonicalEnd, text.length() - canonicalEnd, hash);
        return scopeStart;
    }

    /**
     * The hashing for one signature. The JDK digest and HMAC state come with the scratch space, which a
     * signature looks up anyway: one thread-local lookup per signature rather than one per hash.
     */
    private SignatureHashing hashing(SigningScratch scratch) {
        return sharedHashing != null ? sharedHashing : scratch.jdkHashes();
    }

    /** The payload hash when it needs no hashing (no body, or the body is not signed), else null. */
    private static String knownPayloadHash(SignableRequest request, SigningParams params) {
        return !params.signBody() || request.body().length == 0 ? SigV4Constants.EMPTY_BODY_SHA256 : null;
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
