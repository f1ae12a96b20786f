package dev.ec2lite.signing;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the canonical request and the string to sign are made of. The signer writes both from
 * it into a reused buffer to hash and sign them; a {@link SigningResult} keeps it to write them again
 * as text when someone asks (tests, debug logging, the {@code sign} command). Both go through the
 * same code, so the text shown is the text that was signed.
 */
final class SignatureInputs {
    // The request itself, not copies of its parts: it is immutable. Of the params only what the text
    // needs, never the credentials: a result is often kept, and must not keep the secret key alive.
    private final SignableRequest request;
    private final List<Header> headers;
    private final int unsignedIndex;
    private final List<QueryParameter> extraQuery;
    private final String payloadHash;
    private final String region;
    private final String service;
    private final boolean normalizePath;
    private final String amzDate;

    /**
     * The body's SHA-256 once it has been hashed: the text written later shows what was signed even if
     * the caller reuses the body's array, and a large body is not hashed again.
     */
    private byte[] bodyHash;

    /**
     * @param headers the headers as sent; any named by {@link CanonicalHeaders}' unsigned set are
     *     left out of the signature, as is the one at {@code unsignedIndex} (-1 for none)
     * @param extraQuery query parameters signed as if they were in {@code query}
     * @param payloadHash the payload hash as text, or null to hash {@code body}
     */
    SignatureInputs(
            SignableRequest request,
            List<Header> headers,
            int unsignedIndex,
            List<QueryParameter> extraQuery,
            String payloadHash,
            SigningParams params,
            String amzDate) {
        this.request = request;
        this.headers = headers;
        this.unsignedIndex = unsignedIndex;
        this.extraQuery = extraQuery;
        this.payloadHash = payloadHash;
        this.region = params.region();
        this.service = params.service();
        this.normalizePath = params.normalizePath();
        this.amzDate = amzDate;
    }

    /**
     * Step 1. Leaves the signed headers sorted in {@code sorted}, for {@code SignedHeaders=}; {@code
     * hash} is where the body's hash is put on the way to the text, when it is hashed.
     */
    void writeCanonicalRequest(TextBuffer out, CanonicalHeaders sorted, SignatureHashing hashing, byte[] hash) {
        sorted.sort(headers, unsignedIndex);
        CanonicalRequest.writeUpToPayloadHash(
                out, request.method(), request.path(), request.query(), sorted, normalizePath, extraQuery);
        if (payloadHash != null) {
            out.append(payloadHash);
        } else {
            if (bodyHash == null) {
                byte[] body = request.body();
                hashing.sha256Into(body, 0, body.length, hash);
                bodyHash = Arrays.copyOf(hash, SigV4Crypto.SHA256_LENGTH);
            }
            out.appendHex(bodyHash);
        }
    }

    /** Step 2, given the SHA-256 of the canonical request; returns where the scope starts in it. */
    int writeStringToSign(TextBuffer out, byte[] canonicalRequestHash) {
        return StringToSign.write(out, amzDate, region, service, canonicalRequestHash);
    }

    /** Both stages again, as text; this costs what the signature itself cost, bar the HMAC. */
    StageText text(SigV4Crypto crypto) {
        TextBuffer out = new TextBuffer(1024);
        byte[] hash = new byte[SigV4Crypto.SHA256_LENGTH];
        writeCanonicalRequest(out, new CanonicalHeaders(), SignatureHashing.of(crypto), hash);
        int canonicalEnd = out.length();
        crypto.sha256Into(out.array(), 0, canonicalEnd, hash);
        writeStringToSign(out, hash);
        return new StageText(out.toString(0, canonicalEnd), out.toString(canonicalEnd, out.length()));
    }

    /** The canonical request and the string to sign of one signature. */
    record StageText(String canonicalRequest, String stringToSign) {}

    @Override
    public String toString() {
        return "SignatureInputs{" + request.method() + " " + request.path() + "}"; // no headers: they may hold a token
    }
}
