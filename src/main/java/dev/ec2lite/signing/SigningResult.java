package dev.ec2lite.signing;

import java.util.List;

/**
 * Every stage of one signature, for tests and debugging, and the signed request itself.
 *
 * <p>{@link #toString()} leaves the signature out: with the request it would be a usable credential
 * until the request expires.
 */
public final class SigningResult {
    private final CanonicalRequest canonicalRequest;
    private final String stringToSign;
    private final String signature;
    private final List<Header> addedHeaders;
    private final List<Header> addedQueryParameters;
    private final SignableRequest signedRequest;

    SigningResult(
            CanonicalRequest canonicalRequest,
            String stringToSign,
            String signature,
            List<Header> addedHeaders,
            List<Header> addedQueryParameters,
            SignableRequest signedRequest) {
        this.canonicalRequest = canonicalRequest;
        this.stringToSign = stringToSign;
        this.signature = signature;
        this.addedHeaders = List.copyOf(addedHeaders);
        this.addedQueryParameters = List.copyOf(addedQueryParameters);
        this.signedRequest = signedRequest;
    }

    /** Step 1: the canonical request text. */
    public String canonicalRequest() {
        return canonicalRequest.text();
    }

    /** The signed header names, as in {@code SignedHeaders=}. */
    public String signedHeaders() {
        return canonicalRequest.signedHeaders();
    }

    /** Step 2: the string to sign. */
    public String stringToSign() {
        return stringToSign;
    }

    /** Step 4: the signature, 64 lower-case hex digits. */
    public String signature() {
        return signature;
    }

    /**
     * Header signing: the headers added to the request, in the order the published suite lists them
     * ({@code X-Amz-Security-Token}, {@code X-Amz-Date}, {@code x-amz-content-sha256}, {@code
     * Authorization}); empty for a presigned request.
     */
    public List<Header> addedHeaders() {
        return addedHeaders;
    }

    /**
     * Query signing: the {@code X-Amz-*} parameters added to the URL, decoded, in the published
     * suite's order; empty for header signing.
     */
    public List<Header> addedQueryParameters() {
        return addedQueryParameters;
    }

    /** Step 5: the request as it is to be sent. */
    public SignableRequest signedRequest() {
        return signedRequest;
    }

    @Override
    public String toString() {
        return "SigningResult{signedHeaders=" + signedHeaders() + ", signature=<redacted>}";
    }
}
