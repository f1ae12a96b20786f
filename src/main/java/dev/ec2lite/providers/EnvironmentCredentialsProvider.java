package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.util.Objects;

/**
 * Credentials from the environment variables {@code AWS_ACCESS_KEY_ID}, {@code
 * AWS_SECRET_ACCESS_KEY} and (optional) {@code AWS_SESSION_TOKEN}.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    private static final KeyPairSettings SETTINGS =
            new KeyPairSettings("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

    private final Environment env;

    private EnvironmentCredentialsProvider(Environment env) {
        this.env = Objects.requireNonNull(env, "env == null");
    }

    public static EnvironmentCredentialsProvider create(Environment env) {
        return new EnvironmentCredentialsProvider(env);
    }

    /** @throws dev.ec2lite.error.Ec2ClientException naming the variable that is missing */
    @Override
    public AwsCredentials resolveCredentials() {
        return SETTINGS.read(env::variable);
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
