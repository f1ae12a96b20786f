package dev.ec2lite.credentials;

/**
 * Where a client gets the credentials it signs with. Called once per attempt, so an implementation
 * that fetches temporary credentials must cache them.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * Returns the credentials to sign with now.
     *
     * @throws RuntimeException (an {@code Ec2ClientException} for the built-in providers) when none can be found
     */
    AwsCredentials resolveCredentials();

    /** A provider that always answers with the same credentials. */
    static CredentialsProvider of(AwsCredentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }
}
