package dev.ec2lite.signing;

import java.util.Objects;

/**
 * One query parameter of a presigned URL, decoded: what {@link SigV4Signer#presign} adds (the {@code
 * X-Amz-*} parameters) and signs as if the URL already had it.
 */
public record QueryParameter(String name, String value) {
    public QueryParameter {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(value, "value == null");
    }

    /** Hides the values that are credentials: the signature and the session token. */
    @Override
    public String toString() {
        boolean secret = name.equalsIgnoreCase(SigV4Constants.X_AMZ_SIGNATURE)
                || name.equalsIgnoreCase(SigV4Constants.X_AMZ_SECURITY_TOKEN);
        return name + "=" + (secret ? "<redacted>" : value);
    }
}
