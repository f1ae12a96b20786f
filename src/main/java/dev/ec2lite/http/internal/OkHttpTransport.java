package dev.ec2lite.http.internal;

import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.ResponseTooLargeException;
import dev.ec2lite.http.TransportException;
import dev.ec2lite.signing.Header;
import dev.ec2lite.xml.internal.BoundedReader;
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
import javax.net.SocketFactory;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Call;
import okhttp3.CertificatePinner;
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
 * caller's connection pool, dispatcher and interceptors are shared, and changes these things:
 *
 * <ul>
 *   <li>OkHttp's silent retry on connection failure and redirects are off, so every attempt is one the
 *       retry strategy counted, signed and bounded, and a redirect never carries a signature elsewhere;
 *   <li>read and write timeouts are enforced without Okio's watchdog thread ({@link SocketTimeouts});
 *   <li>every phase of an attempt is bounded: its sockets never wait without limit, even while a proxy
 *       is asked to {@code CONNECT} or a TLS handshake is under way, and the whole attempt ends at
 *       connect timeout + read timeout, however slowly the peer drips ({@link BoundedSocket});
 *   <li>the proxy and the trusted certificates are the ones given ({@link ProxyConfig}, {@link
 *       TlsTrust}), and a failure says which phase it happened in ({@link CallPhase}).
 * </ul>
 */
public final class OkHttpTransport implements HttpTransport {
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final int maxBodyBytes;
    private final boolean plainHttpOnly;
    /** Whether sockets are {@link BoundedSocket}s; a caller's own socket factory is kept otherwise. */
    private final boolean boundedSockets;
    /** Connect plus read timeout: the longest one attempt may take; zero when either is unlimited. */
    private final long attemptBudgetNanos;
    /** The proxy rule, when the settings decide the proxy; plain-http requests carry its credentials. */
    private final RuleProxySelector proxies;

    /**
     * A client sends every call to one endpoint with one content type; parsing them again for each
     * call (a regex and a URL parser) was a tenth of a call's CPU, so the last ones parsed are kept.
     */
    private volatile Parsed<URI, HttpUrl> lastUrl;

    private volatile Parsed<String, MediaType> lastContentType;

    private record Parsed<K, V>(K source, V value) {}

    /** OkHttp's own default for its read and write timeouts, kept when none is given. */
    static final Duration OKHTTP_DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private OkHttpTransport(
            Builder settings,
            OkHttpClient client,
            boolean boundedSockets,
            long attemptBudgetNanos,
            RuleProxySelector proxies) {
        this.client = client;
        this.ownsClient = settings.base == null;
        this.maxBodyBytes = settings.maxBodyBytes;
        this.plainHttpOnly = settings.plainHttpOnly;
        this.boundedSockets = boundedSockets;
        this.attemptBudgetNanos = attemptBudgetNanos;
        this.proxies = proxies;
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
     */
    public static OkHttpTransport create(
            OkHttpClient base, Duration connectTimeout, Duration readTimeout, int maxBodyBytes, boolean plainHttpOnly) {
        return builder()
                .baseClient(base)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .maxBodyBytes(maxBodyBytes)
                .plainHttpOnly(plainHttpOnly)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of an {@link OkHttpTransport}; each is optional. */
    public static final class Builder {
        private OkHttpClient base;
        private Duration connectTimeout;
        private Duration readTimeout;
        private int maxBodyBytes = 8 * 1024 * 1024;
        private boolean plainHttpOnly;
        private NetworkSettings network = NetworkSettings.defaults();

        private Builder() {}

        /** A client of the caller's to derive from (its pool and threads are shared, never closed). */
        public Builder baseClient(OkHttpClient base) {
            this.base = base;
            return this;
        }

        /** Null keeps the base client's (OkHttp's 10 s for a client of its own); zero means none. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The longest silence while reading; null keeps the base client's; zero means none. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** The most of an answer that is read; longer ones fail. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Only {@code http://}: OkHttp otherwise loads the JDK's trust store and TLS machinery when the
         * client is built, about 570 classes and a third of a local client's start-up, for a connection
         * that never uses them.
         */
        public Builder plainHttpOnly(boolean plainHttpOnly) {
            this.plainHttpOnly = plainHttpOnly;
            return this;
        }

        /** The proxy and trusted certificates (default: the base client's proxy, the JDK's trust store). */
        public Builder network(NetworkSettings network) {
            this.network = network == null ? NetworkSettings.defaults() : network;
            return this;
        }

        public OkHttpTransport build() {
            boolean owns = base == null;
            OkHttpClient.Builder builder = (owns ? new OkHttpClient.Builder() : base.newBuilder())
                    .retryOnConnectionFailure(false)
                    .followRedirects(false)
                    .followSslRedirects(false)
                    // Connect on the calling thread, where the attempt's deadline is known.
                    .fastFallback(false);
            if (plainHttpOnly) {
                builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
            }
            if (connectTimeout != null) {
                builder.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            int connectMillis = connectTimeout != null
                    ? millis(connectTimeout)
                    : owns ? millis(OKHTTP_DEFAULT_TIMEOUT) : base.connectTimeoutMillis();
            int readMillis = readTimeout != null
                    ? millis(readTimeout)
                    : owns ? millis(OKHTTP_DEFAULT_TIMEOUT) : base.readTimeoutMillis();
            int writeMillis = readTimeout != null
                    ? millis(readTimeout)
                    : owns ? millis(OKHTTP_DEFAULT_TIMEOUT) : base.writeTimeoutMillis();
            boolean bounded = owns || base.socketFactory() == SocketFactory.getDefault();
            SocketTimeouts.apply(builder, readMillis, writeMillis, !bounded);
            if (bounded) {
                builder.socketFactory(new BoundedSocketFactory(readMillis));
            }
            if (owns) {
                // A caller's client keeps its own listener; its failures are then described less precisely.
                builder.eventListenerFactory(CallPhase.FACTORY);
            }
            RuleProxySelector proxies = null;
            if (network.decidesProxy()) {
                proxies = new RuleProxySelector(network.proxyRule());
                RuleProxySelector chosen = proxies;
                builder.proxy(null).proxySelector(proxies).proxyAuthenticator((route, response) -> {
                    ProxyConfig proxy =
                            chosen.proxyFor(route.address().url().uri()).orElse(null);
                    return proxy == null ? null : ProxyBasicAuthenticator.answer(proxy, response);
                });
            }
            TlsTrust trust = network.trust();
            if (trust != null && !plainHttpOnly) {
                boolean pins = !owns && !base.certificatePinner().equals(CertificatePinner.DEFAULT);
                builder.sslSocketFactory(trust.socketFactory(), trust.trustManagerForOkHttp(pins));
                if (!trust.verifies()) {
                    builder.hostnameVerifier(trust.hostnameVerifier());
                }
            }
            long budget = connectMillis > 0 && readMillis > 0
                    ? TimeUnit.MILLISECONDS.toNanos((long) connectMillis + readMillis)
                    : 0L;
            return new OkHttpTransport(this, builder.build(), bounded, budget, proxies);
        }
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
        CallPhase phase = new CallPhase();
        Call call = CallPhase.newCall(client, toRequest(httpCall), phase);
        long callNanos = timeout != null && !timeout.isZero() ? Math.max(1_000_000, timeout.toNanos()) : 0L;
        long attemptNanos = shortest(callNanos, attemptBudgetNanos);
        if (boundedSockets) {
            if (callNanos > 0) {
                // The caller's whole-call timeout: OkHttp's own, a backstop that also covers DNS.
                call.timeout().timeout(callNanos, TimeUnit.NANOSECONDS);
            }
            AttemptDeadline.start(attemptNanos);
        } else if (attemptNanos > 0) {
            // A caller's own sockets cannot see the deadline: OkHttp's timeout bounds the attempt instead.
            call.timeout().timeout(attemptNanos, TimeUnit.NANOSECONDS);
        }
        try {
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                throw classify(e, phase, httpCall.url());
            }
            try (response) {
                byte[] body = readBody(response);
                return new HttpAnswer(response.code(), response.headers().toMultimap(), body);
            }
        } finally {
            if (boundedSockets) {
                AttemptDeadline.clear();
            }
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
        if (proxies != null && "http".equalsIgnoreCase(call.url().getScheme())) {
            // A plain-http request goes to the proxy itself, which reads this header (and drops it).
            proxies.proxyFor(call.url())
                    .flatMap(ProxyConfig::basicAuthorization)
                    .ifPresent(value -> request.header("Proxy-Authorization", value));
        }
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

    /** The shorter of two limits in nanoseconds, where zero means none. */
    private static long shortest(long a, long b) {
        return a == 0 ? b : b == 0 ? a : Math.min(a, b);
    }

    /**
     * Sorts a failure by whether the server can have seen the request, and says where it happened:
     * before the request was sent (connecting, the proxy's {@code CONNECT}, the TLS handshake) nothing
     * reached the server, so it is a connection failure, retried as one.
     */
    static TransportException classify(IOException e, CallPhase phase, URI url) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        boolean connectTimeout = e instanceof SocketTimeoutException && message.contains("connect");
        if (phase != null && !phase.requestMayHaveBeenSent() && phase.step() != CallPhase.Step.STARTING) {
            return new TransportException(
                    TransportException.Kind.CONNECT_FAILURE, false, beforeSending(e, phase, url, connectTimeout), e);
        }
        if (e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException) {
            return new TransportException(
                    TransportException.Kind.CONNECT_FAILURE, false, "could not connect: " + describe(e), e);
        }
        if (connectTimeout) {
            return new TransportException(
                    TransportException.Kind.CONNECT_FAILURE, false, "connect timed out: " + describe(e), e);
        }
        if (e instanceof InterruptedIOException) {
            return new TransportException(TransportException.Kind.TIMEOUT, true, "timed out: " + describe(e), e);
        }
        return new TransportException(TransportException.Kind.IO_ERROR, true, "I/O error: " + describe(e), e);
    }

    /** A certificate no trust anchor vouches for: often a TLS-inspecting proxy's, so say what to do. */
    private static String untrustedHint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException) {
                return "; the server's certificate is not trusted: if a proxy or a private CA signs it, give that"
                        + " CA's certificate with AWS_CA_BUNDLE, the profile's ca_bundle or --ca-bundle";
            }
        }
        return "";
    }

    private static String beforeSending(IOException e, CallPhase phase, URI url, boolean connectTimeout) {
        String server = url == null ? "the server" : url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
        String message = String.valueOf(e.getMessage());
        boolean timedOut = e instanceof InterruptedIOException;
        if (phase.step() == CallPhase.Step.TLS_HANDSHAKE) {
            return timedOut
                    ? "the TLS handshake with " + server + " timed out (the peer went silent): " + describe(e)
                    : "the TLS handshake with " + server + " failed: " + describe(e) + untrustedHint(e);
        }
        if (phase.viaProxy()) {
            String proxy = "the proxy at " + phase.peer();
            if (message.startsWith("Unexpected response code for CONNECT")) {
                return proxy + " refused to open a tunnel to " + server + " (HTTP "
                        + message.substring(message.lastIndexOf(' ') + 1) + ")";
            }
            if (message.startsWith("Failed to authenticate with proxy")) {
                return proxy + " refused to open a tunnel to " + server
                        + ": it wants authentication (HTTP 407); give user:password in the proxy URL, or check them";
            }
            if (connectTimeout) {
                return "could not connect to " + proxy + ": connect timed out";
            }
            if (timedOut) {
                return proxy + " did not answer the tunnel request (CONNECT " + server + ") in time";
            }
            return "could not connect through " + proxy + ": " + describe(e);
        }
        return connectTimeout ? "connect timed out: " + describe(e) : "could not connect: " + describe(e);
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
