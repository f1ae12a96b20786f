package dev.ec2lite.signing;

import java.util.Objects;

/**
 * One HTTP header line as the caller wrote it. The value is kept verbatim (it may even span lines),
 * canonicalisation happens in {@link CanonicalRequest}.
 */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(value, "value == null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
    }

    boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** Hides the value of the headers that are credentials: the signature and the session token. */
    @Override
    public String toString() {
        boolean secret = hasName(SigV4Constants.AUTHORIZATION)
                || hasName(SigV4Constants.X_AMZ_SECURITY_TOKEN)
                || hasName(SigV4Constants.X_AMZ_SIGNATURE) // should a caller send it as a header
                || hasName("x-amz-sso_bearer_token"); // IAM Identity Center's access token
        return name + ": " + (secret ? "<redacted>" : value);
    }
}
