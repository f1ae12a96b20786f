package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The HTTP settings shared by the IMDS and container providers: link-local services that either
 * answer in milliseconds or are not there, so timeouts are short (1 s) and a laptop off EC2 is not
 * stalled.
 *
 * <ul>
 *   <li>OkHttp's silent retry on connection failure is off: attempts are counted here.
 *   <li>No proxy: {@code 169.254.169.254} is only reachable from the host itself, and sending
 *       credential requests through an HTTP proxy would leak them.
 *   <li>No redirects: an answer elsewhere is not the metadata service.
 *   <li>Bodies are read up to {@value #MAX_BODY_BYTES} bytes; a credentials document is about 1 KiB.
 * </ul>
 */
final class MetadataHttp {
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Attempts per request: one retry covers a dropped connection without stalling when nothing listens. */
    static final int ATTEMPTS = 2;

    private static final class DefaultClient {
        static final OkHttpClient INSTANCE = configure(new OkHttpClient.Builder());
    }

    private MetadataHttp() {}

    /** {@code base} (shares its connection pool and threads) with this package's settings applied; null: a shared default. */
    static OkHttpClient client(OkHttpClient base) {
        return base == null ? DefaultClient.INSTANCE : configure(base.newBuilder());
    }

    /**
     * {@link #client(OkHttpClient)}, made when first asked for. A provider is built with every
     * credentials chain, but most processes get their credentials elsewhere, and building an OkHttp
     * client that may speak TLS loads the JDK's trust store: a tenth of a one-call process's start-up.
     */
    static final class LazyClient {
        private final OkHttpClient base;
        private OkHttpClient client;

        LazyClient(OkHttpClient base) {
            this.base = base;
        }

        synchronized OkHttpClient get() {
            if (client == null) {
                client = client(base);
            }
            return client;
        }
    }

    private static OkHttpClient configure(OkHttpClient.Builder builder) {
        return builder.connectTimeout(TIMEOUT)
                .readTimeout(TIMEOUT)
                .writeTimeout(TIMEOUT)
                .callTimeout(TIMEOUT.multipliedBy(3))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .proxy(Proxy.NO_PROXY)
                .build();
    }

    /**
     * Sets header {@code name} to {@code value}, a value that came from outside (a metadata answer, a
     * token file). OkHttp refuses control and non-ASCII characters with an exception whose message
     * quotes the value; that value is a credential, so the refusal is reported without it.
     *
     * @throws Ec2ClientException when HTTP cannot carry {@code value}
     */
    static Request.Builder header(Request.Builder request, String name, String value, String from) {
        try {
            return request.header(name, value);
        } catch (IllegalArgumentException e) {
            // The cause is left out on purpose: its message holds the value.
            throw new Ec2ClientException(
                    from + " gave a " + name
                            + " value that cannot be sent as an HTTP header (a control or non-ASCII character; value not shown)");
        }
    }

    /** The status and (bounded) body of one exchange. */
    record Answer(int code, byte[] body) {
        boolean ok() {
            return code == 200;
        }

        boolean serverError() {
            return code >= 500;
        }
    }

    /**
     * Sends {@code request} up to {@value #ATTEMPTS} times, again only after an I/O failure or a 5xx.
     *
     * @throws Ec2ClientException after the last failed attempt, naming {@code what}
     */
    static Answer send(OkHttpClient client, Request request, String what) {
        IOException lastFailure = null;
        Answer answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Response response = client.newCall(request).execute()) {
                answer = new Answer(response.code(), readBounded(response, what));
                lastFailure = null;
                if (!answer.serverError()) {
                    return answer;
                }
            } catch (IOException e) {
                lastFailure = e;
            }
        }
        if (lastFailure == null) {
            return answer; // a 5xx every time: the caller reports the status
        }
        throw new Ec2ClientException(
                what + " is not reachable at " + request.url().host() + ": " + lastFailure, lastFailure);
    }

    private static byte[] readBounded(Response response, String what) throws IOException {
        try (InputStream in = response.body().byteStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new Ec2ClientException(what + " answered more than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }
}
