package dev.ec2lite.http;

import dev.ec2lite.signing.Header;
import dev.ec2lite.xml.BoundedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@link HttpTransport} over OkHttp.
 *
 * <p>It derives its client from the caller's (or a default) with {@code newBuilder()}, so the
 * caller's connection pool, dispatcher, proxy and interceptors are shared, and changes three things:
 * OkHttp's silent retry on connection failure and redirects are off, so every attempt is one the
 * retry strategy counted, signed and bounded, and a redirect never carries a signature elsewhere; and
 * the read and write timeouts are enforced without Okio's watchdog thread ({@link SocketTimeouts}).
 */
public final class OkHttpTransport implements HttpTransport {
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final int maxBodyBytes;

    /**
     * A client sends every call to one endpoint with one content type; parsing them again for each
     * call (a regex and a URL parser) was a tenth of a call's CPU, so the last ones parsed are kept.
     */
    private volatile Parsed<URI, HttpUrl> lastUrl;

    private volatile Parsed<String, MediaType> lastContentType;

    private record Parsed<K, V>(K source, V value) {}

    private final boolean plainHttpOnly;

    /** OkHttp's own default for its read and write timeouts, kept when none is given. */
    static final Duration OKHTTP_DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private OkHttpTransport(OkHttpClient client, boolean ownsClient, int maxBodyBytes, boolean plainHttpOnly) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.maxBodyBytes = maxBodyBytes;
        this.plainHttpOnly = plainHttpOnly;
    }

    /**
     * A transport over {@code base} (null: a client of its own, closed with the transport).
     *
     * @param connectTimeout null keeps the base client's; zero means none
     * @param readTimeout the longest silence while reading; null keeps the base client's; zero none
     * @param maxBodyBytes the most of an answer that is read; longer ones fail
     */
    public static OkHttpTransport create(
            OkHttpClient base, Duration connectTimeout, Duration readTimeout, int maxBodyBytes) {
        return create(base, connectTimeout, readTimeout, maxBodyBytes, false);
    }

    /**
     * As {@link #create(OkHttpClient, Duration, Duration, int)}; with {@code plainHttpOnly}, the
     * transport only speaks {@code http://} and refuses {@code https://} URLs.
     *
     * <p>For a client whose every URL is {@code http://} (a local endpoint, a proxy on the host):
     * OkHttp otherwise loads the JDK's trust store and TLS machinery when the client is built, which
     * was about 570 classes and a third of such a client's start-up, for a connection that never uses
     * them.
     */
    public static OkHttpTransport create(
            OkHttpClient base, Duration connectTimeout, Duration readTimeout, int maxBodyBytes, boolean plainHttpOnly) {
        boolean owns = base == null;
        OkHttpClient.Builder builder = (owns ? new OkHttpClient.Builder() : base.newBuilder())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false);
        if (plainHttpOnly) {
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        int readMillis = readTimeout != null
                ? millis(readTimeout)
                : owns ? millis(OKHTTP_DEFAULT_TIMEOUT) : base.readTimeoutMillis();
        int writeMillis = readTimeout != null
                ? millis(readTimeout)
                : owns ? millis(OKHTTP_DEFAULT_TIMEOUT) : base.writeTimeoutMillis();
        SocketTimeouts.apply(builder, readMillis, writeMillis);
        return new OkHttpTransport(builder.build(), owns, maxBodyBytes, plainHttpOnly);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    @Override
    public HttpAnswer execute(HttpCall httpCall, Duration timeout) throws IOException {
        if (plainHttpOnly && !"http".equalsIgnoreCase(httpCall.url().getScheme())) {
            // Checked here: OkHttp, asked for TLS it was built without, stalls until the call times out.
            throw new IllegalStateException("this transport was built for http:// endpoints only; it cannot send to "
                    + httpCall.url().getScheme() + "://" + httpCall.url().getHost());
        }
        Call call = client.newCall(toRequest(httpCall));
        if (timeout != null && !timeout.isZero()) {
            call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        }
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw classify(e);
        }
        try (response) {
            byte[] body = readBody(response);
            return new HttpAnswer(response.code(), response.headers().toMultimap(), body);
        }
    }

    private byte[] readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        try {
            return BoundedReader.readAtMost(body.byteStream(), maxBodyBytes, body.contentLength());
        } catch (BoundedReader.TooLargeException e) {
            throw new ResponseTooLargeException(response.code(), maxBodyBytes);
        } catch (IOException e) {
            // The status line arrived, so the server has the request; the body broke off.
            throw new TransportException(
                    TransportException.Kind.IO_ERROR,
                    true,
                    "the answer (HTTP " + response.code() + ") broke off: " + describe(e),
                    e);
        }
    }

    private Request toRequest(HttpCall call) {
        Request.Builder request = new Request.Builder().url(url(call.url()));
        for (Header header : call.headers()) {
            request.addHeader(header.name(), header.value());
        }
        RequestBody body = call.method().equals("GET") || call.method().equals("HEAD")
                ? null
                : RequestBody.create(call.body(), contentType(call.contentType()));
        return request.method(call.method(), body).build();
    }

    private HttpUrl url(URI uri) {
        Parsed<URI, HttpUrl> last = lastUrl;
        if (last == null || !last.source().equals(uri)) {
            last = new Parsed<>(uri, HttpUrl.get(uri.toString()));
            lastUrl = last;
        }
        return last.value();
    }

    private MediaType contentType(String text) {
        if (text == null) {
            return null;
        }
        Parsed<String, MediaType> last = lastContentType;
        if (last == null || !last.source().equals(text)) {
            last = new Parsed<>(text, MediaType.get(text));
            lastContentType = last;
        }
        return last.value();
    }

    /** Sorts a failure by whether the server can have seen the request. */
    static TransportException classify(IOException e) {
        if (e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException) {
            return new TransportException(
                    TransportException.Kind.CONNECT_FAILURE, false, "could not connect: " + describe(e), e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof SocketTimeoutException && message.contains("connect")) {
            return new TransportException(
                    TransportException.Kind.CONNECT_FAILURE, false, "connect timed out: " + describe(e), e);
        }
        if (e instanceof InterruptedIOException) {
            return new TransportException(TransportException.Kind.TIMEOUT, true, "timed out: " + describe(e), e);
        }
        return new TransportException(TransportException.Kind.IO_ERROR, true, "I/O error: " + describe(e), e);
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** The client actually used, with this transport's changes; for tests. */
    OkHttpClient client() {
        return client;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
