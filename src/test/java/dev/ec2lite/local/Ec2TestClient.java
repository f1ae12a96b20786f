package dev.ec2lite.local;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.Header;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import dev.ec2lite.signing.UriEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends real, SigV4-signed Query requests to a {@link LocalEc2Endpoint} with {@code java.net.http},
 * the way the real client will: a form body, {@code Content-Type}, {@code Host} and the signer's
 * {@code X-Amz-Date}. Immutable; the {@code with…} methods give variants for negative tests.
 */
final class Ec2TestClient {
    static final String VERSION = "2016-11-15";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final SigV4Signer SIGNER = SigV4Signer.create();
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final URI endpoint;
    private final AwsCredentials credentials;
    private final String region;
    private final String service;
    private final Supplier<Instant> time;
    private final Function<SignableRequest, SignableRequest> afterSigning;

    private Ec2TestClient(
            URI endpoint,
            AwsCredentials credentials,
            String region,
            String service,
            Supplier<Instant> time,
            Function<SignableRequest, SignableRequest> afterSigning) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.time = time;
        this.afterSigning = afterSigning;
    }

    /** Signs as the endpoint expects, with the current real time. */
    static Ec2TestClient of(LocalEc2Endpoint ec2) {
        return new Ec2TestClient(ec2.endpoint(), ec2.credentials(), ec2.region(), "ec2", Instant::now, r -> r);
    }

    Ec2TestClient withCredentials(AwsCredentials other) {
        return new Ec2TestClient(endpoint, other, region, service, time, afterSigning);
    }

    /** The same client, sending to another endpoint on 127.0.0.1 (one in another JVM). */
    Ec2TestClient withEndpoint(int port) {
        return new Ec2TestClient(
                URI.create("http://127.0.0.1:" + port), credentials, region, service, time, afterSigning);
    }

    Ec2TestClient withRegion(String other) {
        return new Ec2TestClient(endpoint, credentials, other, service, time, afterSigning);
    }

    Ec2TestClient withService(String other) {
        return new Ec2TestClient(endpoint, credentials, region, other, time, afterSigning);
    }

    Ec2TestClient withTime(Supplier<Instant> other) {
        return new Ec2TestClient(endpoint, credentials, region, service, other, afterSigning);
    }

    /** Changes the request after it was signed: tampering, removing headers. */
    Ec2TestClient afterSigning(Function<SignableRequest, SignableRequest> change) {
        return new Ec2TestClient(endpoint, credentials, region, service, time, change);
    }

    /** POSTs {@code Action}, {@code Version} and the given name/value pairs as a signed form. */
    Ec2Answer call(String action, String... nameValues) {
        byte[] body = form(action, nameValues).getBytes(StandardCharsets.UTF_8);
        SignableRequest request = SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .addHeader("Host", host())
                .body(body)
                .build();
        return send(sign(request));
    }

    /** GETs with every parameter in the query string, as EC2 also accepts. */
    Ec2Answer callWithGet(String action, String... nameValues) {
        SignableRequest request = SignableRequest.builder()
                .method("GET")
                .path("/")
                .query(form(action, nameValues))
                .addHeader("Host", host())
                .build();
        return send(sign(request));
    }

    /** POSTs a raw body, signed, with the form content type. */
    Ec2Answer callWithBody(byte[] body) {
        SignableRequest request = SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .addHeader("Host", host())
                .body(body)
                .build();
        return send(sign(request));
    }

    static String form(String action, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        List<String> pairs = new ArrayList<>();
        if (action != null) {
            pairs.add("Action=" + UriEncoding.encode(action));
        }
        pairs.add("Version=" + VERSION);
        for (int i = 0; i < nameValues.length; i += 2) {
            pairs.add(UriEncoding.encode(nameValues[i]) + '=' + UriEncoding.encode(nameValues[i + 1]));
        }
        return String.join("&", pairs);
    }

    private String host() {
        return endpoint.getHost() + ':' + endpoint.getPort();
    }

    private SignableRequest sign(SignableRequest request) {
        SigningParams params = SigningParams.builder()
                .credentials(credentials)
                .region(region)
                .service(service)
                .time(time.get())
                .build();
        return afterSigning.apply(SIGNER.sign(request, params).signedRequest());
    }

    /** Sends the request exactly as given, but for the headers java.net.http sets itself. */
    Ec2Answer send(SignableRequest request) {
        String target = request.path() + (request.query() == null ? "" : "?" + request.query());
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint.resolve(target))
                .timeout(Duration.ofSeconds(30))
                .method(
                        request.method(),
                        request.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Header header : request.headers()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                http.header(header.name(), header.value());
            }
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Ec2Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
