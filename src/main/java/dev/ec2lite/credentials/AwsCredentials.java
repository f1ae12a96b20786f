package dev.ec2lite.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS key pair, with an optional session token and expiry. Immutable.
 *
 * <p>{@link #toString()} shows the access key id only: the secret key and the session token never
 * appear in logs or messages.
 */
public final class AwsCredentials {
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;
    private final Instant expiration;

    private AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
        this.accessKeyId = requireText(accessKeyId, "accessKeyId");
        this.secretAccessKey = requireText(secretAccessKey, "secretAccessKey");
        this.sessionToken = sessionToken == null || sessionToken.isEmpty() ? null : sessionToken;
        this.expiration = expiration;
    }

    /** Long-term credentials: a key pair without a session token. */
    public static AwsCredentials of(String accessKeyId, String secretAccessKey) {
        return new AwsCredentials(accessKeyId, secretAccessKey, null, null);
    }

    /** Temporary credentials; {@code sessionToken} may be null or empty for none. */
    public static AwsCredentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new AwsCredentials(accessKeyId, secretAccessKey, sessionToken, null);
    }

    /** Temporary credentials that stop working at {@code expiration} (null: never expire). */
    public static AwsCredentials of(
            String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
        return new AwsCredentials(accessKeyId, secretAccessKey, sessionToken, expiration);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String secretAccessKey() {
        return secretAccessKey;
    }

    public Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwsCredentials that
                && accessKeyId.equals(that.accessKeyId)
                && secretAccessKey.equals(that.secretAccessKey)
                && Objects.equals(sessionToken, that.sessionToken)
                && Objects.equals(expiration, that.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, secretAccessKey, sessionToken, expiration);
    }

    /** Shows the access key id only, never the secret key or the session token. */
    @Override
    public String toString() {
        return "AwsCredentials{accessKeyId=" + accessKeyId
                + (sessionToken != null ? ", sessionToken=<redacted>" : "")
                + (expiration != null ? ", expiration=" + expiration : "")
                + "}";
    }
}
