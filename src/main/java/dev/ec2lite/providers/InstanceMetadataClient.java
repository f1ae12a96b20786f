package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A small client for the EC2 instance metadata service (IMDS), IMDSv2 first.
 *
 * <p>Each {@link #session()} asks for a session token ({@code PUT /latest/api/token} with {@code
 * X-aws-ec2-metadata-token-ttl-seconds: 21600}) and sends it as {@code X-aws-ec2-metadata-token} on
 * every read. When the token request is answered 403, 404 or 405 (IMDSv2 not offered or not
 * allowed), reads go without a token (IMDSv1) unless IMDSv1 is disabled; botocore falls back on
 * exactly these codes. A 400 is an error, as in every SDK. Unlike botocore (read timeout) and the
 * Java SDK v2 (any failure but 400), this client does not fall back when the token request cannot
 * be sent at all: a host that does not answer a PUT will not answer a GET either, and falling back
 * would double the wait on a machine that is not on EC2.
 */
final class InstanceMetadataClient {
    static final String TOKEN_PATH = "/latest/api/token";
    static final String AVAILABILITY_ZONE_PATH = "/latest/meta-data/placement/availability-zone";
    static final String TOKEN_TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";
    /** Six hours, the longest IMDS allows and what the SDKs ask for. */
    static final String TOKEN_TTL_SECONDS = "21600";

    private static final String SOURCE = "the instance metadata service";

    private final OkHttpClient http;
    private final HttpUrl endpoint;
    private final boolean v1Disabled;

    InstanceMetadataClient(OkHttpClient http, HttpUrl endpoint, boolean v1Disabled) {
        this.http = MetadataHttp.client(http);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
        this.v1Disabled = v1Disabled;
    }

    /**
     * A client configured from {@code env} and the profile {@code profileName} (null: the selected one).
     *
     * @throws Ec2ClientException when IMDS is disabled or its settings are invalid
     */
    static InstanceMetadataClient create(Environment env, String profileName, OkHttpClient http) {
        ImdsSettings settings = ImdsSettings.resolve(env, profileName);
        if (settings.disabled()) {
            throw new Ec2ClientException(ImdsSettings.DISABLED + " is true");
        }
        return new InstanceMetadataClient(http, settings.endpoint(), settings.v1Disabled());
    }

    /** Fetches a token (or falls back to IMDSv1) for the reads that follow. */
    Session session() {
        Request put = new Request.Builder()
                .url(url(TOKEN_PATH))
                .put(RequestBody.EMPTY)
                .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS)
                .build();
        MetadataHttp.Answer answer = MetadataHttp.send(http, put, SOURCE);
        int code = answer.code();
        if (answer.ok()) {
            return new Session(new String(answer.body(), StandardCharsets.UTF_8).trim());
        }
        if (code == 403 || code == 404 || code == 405) {
            if (v1Disabled) {
                throw new Ec2ClientException(
                        SOURCE + " refused a session token (HTTP " + code
                                + ") and the fallback to IMDSv1 is disabled (AWS_EC2_METADATA_V1_DISABLED)",
                        code,
                        null);
            }
            return new Session(null);
        }
        throw new Ec2ClientException(SOURCE + " answered HTTP " + code + " to the token request", code, null);
    }

    /** {@code /latest/meta-data/placement/availability-zone}, or empty when IMDS has none. */
    Optional<String> availabilityZone() {
        return session().get(AVAILABILITY_ZONE_PATH).map(String::trim);
    }

    private HttpUrl url(String path) {
        return Objects.requireNonNull(endpoint.resolve(path), path);
    }

    @Override
    public String toString() {
        return "InstanceMetadataClient{" + endpoint + "}";
    }

    /** Reads with one token; the token itself is never shown. */
    final class Session {
        private final String token;

        private Session(String token) {
            this.token = token;
        }

        /** The text at {@code path}; empty on 404. */
        Optional<String> get(String path) {
            Request.Builder get = new Request.Builder().url(url(path));
            if (token != null) {
                MetadataHttp.header(get, TOKEN_HEADER, token, SOURCE);
            }
            MetadataHttp.Answer answer = MetadataHttp.send(http, get.build(), SOURCE);
            if (answer.code() == 404) {
                return Optional.empty();
            }
            if (!answer.ok()) {
                throw new Ec2ClientException(
                        SOURCE + " answered HTTP " + answer.code() + " for " + path, answer.code(), null);
            }
            return Optional.of(new String(answer.body(), StandardCharsets.UTF_8));
        }
    }
}
