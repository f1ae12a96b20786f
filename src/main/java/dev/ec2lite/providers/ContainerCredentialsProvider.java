package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Credentials from the ECS task role or EKS Pod Identity endpoint, cached through {@link
 * CachedCredentialsProvider}.
 *
 * <p>The URL is {@code http://169.254.170.2} followed by {@code
 * AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}, or else {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, which
 * must be https or name a loopback or container-agent host (checked before anything is sent). The
 * token in {@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE} (read on every fetch, because EKS rotates
 * it), else {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}, is sent as {@code Authorization}. The answer
 * is JSON with {@code AccessKeyId}, {@code SecretAccessKey}, {@code Token} and {@code Expiration}.
 */
public final class ContainerCredentialsProvider implements CredentialsProvider {
    private static final String SOURCE = "the container credentials endpoint";

    private final Environment env;
    private final String baseUrl;
    private final MetadataHttp.LazyClient http;
    private final CachedCredentialsProvider cache;

    ContainerCredentialsProvider(Environment env, OkHttpClient http, Clock clock, String baseUrl) {
        this.env = Objects.requireNonNull(env, "env == null");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
        this.http = new MetadataHttp.LazyClient(http);
        this.cache = CachedCredentialsProvider.create(this::fetch, clock, "ContainerCredentialsProvider");
    }

    /**
     * @param httpClient shares its connection pool; null for a shared default. Timeouts, proxy and
     *     retries are set by this provider either way.
     */
    public static ContainerCredentialsProvider create(Environment env, OkHttpClient httpClient, Clock clock) {
        return new ContainerCredentialsProvider(env, httpClient, clock, ContainerEndpoint.ECS_BASE_URL);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    private AwsCredentials fetch() {
        ContainerEndpoint endpoint = ContainerEndpoint.resolve(env, baseUrl);
        Request.Builder request = new Request.Builder().url(endpoint.url()).header("Accept", "application/json");
        if (endpoint.authorization() != null) {
            request.header("Authorization", endpoint.authorization());
        }
        MetadataHttp.Answer answer = MetadataHttp.send(http.get(), request.build(), SOURCE);
        if (!answer.ok()) {
            throw new Ec2ClientException(SOURCE + " answered HTTP " + answer.code(), answer.code(), null);
        }
        return CredentialsJson.parse(answer.body(), SOURCE).credentials("Token");
    }

    @Override
    public String toString() {
        return "ContainerCredentialsProvider";
    }
}
