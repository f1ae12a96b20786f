package dev.ec2lite.signing;

import java.util.List;

/**
 * Every stage of one signature, for tests and debugging, and the signed request itself.
 *
 * <p>Only the signed request is built when signing. The canonical request and the string to sign
 * are written again from the signature's inputs the first time they are asked for, since only tests,
 * debug logs and the {@code sign} command read them; the signature and the signed header names are
 * cut from the text that carries them ({@code Authorization}, or the presigned parameters).
 *
 * <p>{@link #toString()} leaves the signature out: with the request it would be a usable credential
 * until the request expires.
 */
public final class SigningResult {
    private static final int SIGNATURE_LENGTH = 64;

    private final SignableRequest signedRequest;
    private final SignatureInputs inputs;
    private final SigV4Crypto crypto;
    /** Header signing: where the added headers start in the signed request's headers; else -1. */
    private final int addedHeadersFrom;

    private final List<QueryParameter> addedQueryParameters;
    /** The text holding {@code SignedHeaders}' value at {@code [signedHeadersStart, signedHeadersEnd)}. */
    private final String signedHeadersSource;

    private final int signedHeadersStart;
    private final int signedHeadersEnd;
    /** The text whose last 64 chars are the signature. */
    private final String signatureSource;

    /** Built on first use; a race builds the same text twice, harmlessly. */
    private SignatureInputs.StageText stageText;

    private SigningResult(
            SignableRequest signedRequest,
            SignatureInputs inputs,
            SigV4Crypto crypto,
            int addedHeadersFrom,
            List<QueryParameter> addedQueryParameters,
            String signedHeadersSource,
            int signedHeadersStart,
            int signedHeadersEnd,
            String signatureSource) {
        this.signedRequest = signedRequest;
        this.inputs = inputs;
        this.crypto = crypto;
        this.addedHeadersFrom = addedHeadersFrom;
        this.addedQueryParameters = addedQueryParameters;
        this.signedHeadersSource = signedHeadersSource;
        this.signedHeadersStart = signedHeadersStart;
        this.signedHeadersEnd = signedHeadersEnd;
        this.signatureSource = signatureSource;
    }

    /**
     * Header signing.
     *
     * @param addedHeadersFrom the index of the first header the signer added, the last being {@code
     *     Authorization}
     * @param authorization the {@code Authorization} value, ending in the signature
     * @param signedHeadersStart where in {@code authorization} the {@code SignedHeaders} value starts
     */
    static SigningResult ofHeaders(
            SignableRequest signedRequest,
            SignatureInputs inputs,
            SigV4Crypto crypto,
            int addedHeadersFrom,
            String authorization,
            int signedHeadersStart) {
        int signedHeadersEnd = authorization.length() - SIGNATURE_LENGTH - SigV4Signer.SIGNATURE_PREFIX.length();
        return new SigningResult(
                signedRequest,
                inputs,
                crypto,
                addedHeadersFrom,
                List.of(),
                authorization,
                signedHeadersStart,
                signedHeadersEnd,
                authorization);
    }

    /** Query signing: {@code parameters} are the ones added to the URL. */
    static SigningResult ofQuery(
            SignableRequest signedRequest,
            SignatureInputs inputs,
            SigV4Crypto crypto,
            List<QueryParameter> parameters,
            String signedHeaders,
            String signature) {
        return new SigningResult(
                signedRequest,
                inputs,
                crypto,
                -1,
                List.copyOf(parameters),
                signedHeaders,
                0,
                signedHeaders.length(),
                signature);
    }

    /** Step 1: the canonical request text. */
    public String canonicalRequest() {
        return stageText().canonicalRequest();
    }

    /** The signed header names, as in {@code SignedHeaders=}. */
    public String signedHeaders() {
        return signedHeadersSource.substring(signedHeadersStart, signedHeadersEnd);
    }

    /** Step 2: the string to sign. */
    public String stringToSign() {
        return stageText().stringToSign();
    }

    /** Step 4: the signature, 64 lower-case hex digits. */
    public String signature() {
        return signatureSource.substring(signatureSource.length() - SIGNATURE_LENGTH);
    }

    /**
     * Header signing: the headers added to the request, in the order the published suite lists them
     * ({@code X-Amz-Security-Token}, {@code X-Amz-Date}, {@code x-amz-content-sha256}, {@code
     * Authorization}); empty for a presigned request.
     */
    public List<Header> addedHeaders() {
        if (addedHeadersFrom < 0) {
            return List.of();
        }
        List<Header> headers = signedRequest.headers();
        return headers.subList(addedHeadersFrom, headers.size());
    }

    /**
     * Query signing: the {@code X-Amz-*} parameters added to the URL, decoded, in the published
     * suite's order; empty for header signing.
     */
    public List<QueryParameter> addedQueryParameters() {
        return addedQueryParameters;
    }

    /** Step 5: the request as it is to be sent. */
    public SignableRequest signedRequest() {
        return signedRequest;
    }

    private SignatureInputs.StageText stageText() {
        SignatureInputs.StageText text = stageText;
        if (text == null) {
            text = inputs.text(crypto);
            stageText = text;
        }
        return text;
    }

    @Override
    public String toString() {
        return "SigningResult{signedHeaders=" + signedHeaders() + ", signature=<redacted>}";
    }
}
