package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.util.Objects;

/**
 * Credentials from the Java system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}
 * and (optional) {@code aws.sessionToken}, the Java SDK v2's names. Read on every call, so a change
 * is seen at once.
 */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
    private static final KeyPairSettings SETTINGS =
            new KeyPairSettings("aws.accessKeyId", "aws.secretAccessKey", "aws.sessionToken");

    private final Environment env;

    private SystemPropertyCredentialsProvider(Environment env) {
        this.env = Objects.requireNonNull(env, "env == null");
    }

    public static SystemPropertyCredentialsProvider create(Environment env) {
        return new SystemPropertyCredentialsProvider(env);
    }

    /** @throws dev.ec2lite.error.Ec2ClientException naming the property that is missing */
    @Override
    public AwsCredentials resolveCredentials() {
        return SETTINGS.read(env::systemProperty);
    }

    @Override
    public String toString() {
        return "SystemPropertyCredentialsProvider";
    }
}
