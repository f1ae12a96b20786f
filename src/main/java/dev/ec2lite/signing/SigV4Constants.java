package dev.ec2lite.signing;

/** The literal names and values of AWS Signature Version 4, spelt as the specification spells them. */
public final class SigV4Constants {
    public static final String AWS4_HMAC_SHA256 = "AWS4-HMAC-SHA256";
    public static final String AWS4_REQUEST = "aws4_request";
    /** SHA-256 of the empty string: the payload hash of a request with no (or an unsigned) body. */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static final String X_AMZ_DATE = "X-Amz-Date";
    public static final String X_AMZ_SECURITY_TOKEN = "X-Amz-Security-Token";
    public static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
    public static final String AUTHORIZATION = "Authorization";

    public static final String X_AMZ_ALGORITHM = "X-Amz-Algorithm";
    public static final String X_AMZ_CREDENTIAL = "X-Amz-Credential";
    public static final String X_AMZ_SIGNED_HEADERS = "X-Amz-SignedHeaders";
    public static final String X_AMZ_EXPIRES = "X-Amz-Expires";
    public static final String X_AMZ_SIGNATURE = "X-Amz-Signature";

    private SigV4Constants() {}
}
