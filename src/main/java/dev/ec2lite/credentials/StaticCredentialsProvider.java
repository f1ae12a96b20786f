package dev.ec2lite.credentials;

import java.util.Objects;

/** Always answers with the credentials it was given. */
final class StaticCredentialsProvider implements CredentialsProvider {
    private final AwsCredentials credentials;

    StaticCredentialsProvider(AwsCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
    }
}
