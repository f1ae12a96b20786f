package dev.ec2lite;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.providers.AssumeRoleSpec;
import dev.ec2lite.providers.RoleCredentialsSource;
import dev.ec2lite.providers.StsRoleCredentialsSource;
import dev.ec2lite.providers.WebIdentitySpec;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.internal.RetryConfiguration;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * The client's default {@link RoleCredentialsSource}: ec2lite's own STS client, made only when a
 * role setting first needs it (most clients never do, and a short-lived JVM should not pay for it),
 * and closed with the client.
 */
final class LazyStsSource implements RoleCredentialsSource, AutoCloseable {
    private final Environment env;
    private final OkHttpClient httpClient;
    private final Clock clock;
    private final RetryStrategy ec2Retries;
    private final NetworkSettings network;
    private final String stsRegionalEndpoints;
    private StsRoleCredentialsSource sts;
    private boolean closed;

    /**
     * @param ec2Retries STS gets the same mode and attempts, with its own quota and clock skew
     * @param stsRegionalEndpoints the selected profile's {@code sts_regional_endpoints}, or null
     */
    LazyStsSource(
            Environment env,
            OkHttpClient httpClient,
            Clock clock,
            RetryStrategy ec2Retries,
            NetworkSettings network,
            String stsRegionalEndpoints) {
        this.env = env;
        this.httpClient = httpClient;
        this.clock = clock;
        this.ec2Retries = ec2Retries;
        this.network = network;
        this.stsRegionalEndpoints = stsRegionalEndpoints;
    }

    @Override
    public AwsCredentials assumeRole(AssumeRoleSpec spec, AwsCredentials sourceCredentials) {
        return sts().assumeRole(spec, sourceCredentials);
    }

    @Override
    public AwsCredentials assumeRoleWithWebIdentity(WebIdentitySpec spec) {
        return sts().assumeRoleWithWebIdentity(spec);
    }

    private synchronized StsRoleCredentialsSource sts() {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        if (sts == null) {
            sts = StsRoleCredentialsSource.builder()
                    .environment(env)
                    .httpClient(httpClient)
                    .network(network)
                    .clock(clock)
                    .stsRegionalEndpoints(stsRegionalEndpoints)
                    .retryStrategy(RetryConfiguration.likeThis(ec2Retries, clock))
                    .build();
        }
        return sts;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (sts != null) {
            sts.close();
        }
    }

    @Override
    public String toString() {
        return "LazyStsSource{started=" + (sts != null) + "}";
    }
}
