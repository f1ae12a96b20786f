package dev.ec2lite.query.internal;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.ResponseTooLargeException;
import dev.ec2lite.http.TransportException;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.Sleeper;
import dev.ec2lite.retry.internal.AttemptFailure;
import dev.ec2lite.retry.internal.CallRetryState;
import dev.ec2lite.retry.internal.RetryDecision;
import dev.ec2lite.retry.internal.RetryEngine;
import dev.ec2lite.retry.internal.RetryEngines;
import dev.ec2lite.signing.Header;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import dev.ec2lite.signing.SigningResult;
import dev.ec2lite.xml.XmlElement;
import dev.ec2lite.xml.internal.Ec2ResponseParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The AWS Query protocol for any action of any Query service (EC2 here, STS for credentials): for
 * each attempt it gets credentials, signs the form body with a fresh {@code X-Amz-Date} (corrected
 * for measured clock skew), sends it, reads the answer, and lets the retry strategy decide.
 *
 * <p>Thread-safe; one per endpoint, shared. The retry quota and the clock-skew correction belong to
 * the strategy, so they are shared by every call through it.
 */
public final class QueryClient {
    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

    /**
     * Every line the debug sink receives also goes here at {@code DEBUG}, so an application sees
     * attempts and retries in its own logging (secrets are redacted before either sees a line).
     */
    private static final System.Logger LOG = System.getLogger("dev.ec2lite.query");

    private final URI endpoint;
    private final String region;
    private final String signingName;
    private final CredentialsProvider credentials;
    private final HttpTransport transport;
    private final SigV4Signer signer;
    private final RetryEngine retries;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final Duration callTimeout;
    private final String userAgent;
    private final Consumer<String> debug;

    private QueryClient(Builder builder) {
        this.endpoint = Objects.requireNonNull(builder.endpoint, "endpoint == null");
        this.region = Objects.requireNonNull(builder.region, "region == null");
        this.signingName = Objects.requireNonNull(builder.signingName, "signingName == null");
        this.credentials = builder.credentials;
        this.transport = Objects.requireNonNull(builder.transport, "transport == null");
        this.signer = builder.signer == null ? SigV4Signer.create() : builder.signer;
        this.retries = RetryEngines.of(builder.retryStrategy == null ? RetryStrategy.create() : builder.retryStrategy);
        this.sleeper = builder.sleeper == null ? Sleeper.system() : builder.sleeper;
        this.nanoTime = builder.nanoTime == null ? System::nanoTime : builder.nanoTime;
        // Zero means no limit, as for the connect and read timeouts.
        this.callTimeout = builder.callTimeout == null || builder.callTimeout.isZero() ? null : builder.callTimeout;
        this.userAgent = builder.userAgent;
        this.debug = builder.debug;
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    /**
     * Makes the call, retrying as the strategy allows.
     *
     * @throws Ec2ServiceException the service answered with an error (the last one, when retried)
     * @throws Ec2ClientException there was no usable answer, or the call timed out
     */
    public QueryResponse call(QueryRequest request) {
        return call(request, null);
    }

    /**
     * Makes the call within {@code timeout} in all (attempts and pauses), or the client's call timeout
     * when that is shorter: for a caller with a deadline of its own. Null means the client's alone.
     */
    public QueryResponse call(QueryRequest request, Duration timeout) {
        byte[] body = request.formBody().getBytes(StandardCharsets.UTF_8);
        Duration limit =
                timeout != null && (callTimeout == null || timeout.compareTo(callTimeout) < 0) ? timeout : callTimeout;
        long deadline = limit == null ? Long.MAX_VALUE : nanoTime.getAsLong() + limit.toNanos();
        CallRetryState state = retries.newCall();
        List<Ec2Exception> earlier = new ArrayList<>();
        while (true) {
            pause(state.beforeAttempt(), deadline, request, earlier, state);
            Attempt attempt;
            try {
                attempt = attemptOnce(request, body, deadline, limit, state.attempts());
            } catch (Ec2Exception e) {
                // Credentials that fail on a retry end the call as they are (a configuration error stays
                // one), with the earlier attempts' failures attached.
                earlier.forEach(e::addSuppressed);
                throw e;
            }
            if (attempt.response != null) {
                state.onSuccess();
                return attempt.response;
            }
            RetryDecision decision =
                    attempt.failure == null ? RetryDecision.stop("not retryable") : state.onFailure(attempt.failure);
            if (!decision.shouldRetry()) {
                throw finalFailure(attempt.error, earlier, state, state.earlierAttemptMayHaveReachedService());
            }
            if (debugging()) {
                log("attempt " + state.attempts() + " failed, retrying after "
                        + decision.delay().toMillis() + " ms: " + decision.reason());
            }
            Duration left = remaining(deadline);
            if (left != null && decision.delay().compareTo(left) >= 0) {
                // The loop ends the call, so every attempt made is an earlier one; the last is the cause.
                throw finalFailure(
                        new Ec2ClientException(
                                request.action() + ": the call timeout (" + limit
                                        + ") leaves no time for another attempt",
                                attempt.error),
                        earlier,
                        state,
                        state.anyAttemptMayHaveReachedService());
            }
            earlier.add(attempt.error);
            pause(decision.delay(), deadline, request, earlier, state);
        }
    }

    /** One signed attempt: an answer, or a failure with what the retry strategy needs to know of it. */
    private Attempt attemptOnce(QueryRequest request, byte[] body, long deadline, Duration limit, int attemptNumber) {
        AwsCredentials signingCredentials = credentials == null ? null : credentials.resolveCredentials();
        if (deadline != Long.MAX_VALUE && nanoTime.getAsLong() >= deadline) {
            // Getting credentials (STS, instance metadata, a credential process) used up the call's time.
            return Attempt.failed(
                    new Ec2ClientException(
                            request.action() + ": the call timeout (" + limit + ") ran out while getting credentials"),
                    null);
        }
        Duration timeout = remaining(deadline);
        HttpCall call = signedCall(request, body, signingCredentials, attemptNumber);
        HttpAnswer answer;
        try {
            answer = transport.execute(call, timeout);
        } catch (TransportException e) {
            Ec2ClientException error = new Ec2ClientException(
                    request.action() + ": no answer from " + endpoint + ": " + e.getMessage(), e);
            return Attempt.failed(error, toFailure(e));
        } catch (ResponseTooLargeException e) {
            return Attempt.failed(
                    new Ec2ClientException(request.action() + ": " + e.getMessage(), e.statusCode(), e), null);
        } catch (IOException e) {
            return Attempt.failed(
                    new Ec2ClientException(request.action() + ": I/O error: " + e, e),
                    AttemptFailure.ioAfterRequestSent());
        }
        String requestIdHeader = answer.header("x-amzn-RequestId").orElse(null);
        if (answer.isSuccessful()) {
            try {
                XmlElement xml =
                        Ec2ResponseParser.parse(answer.body(), answer.statusCode(), requestIdHeader, request.action());
                String requestId = Ec2ResponseParser.requestId(xml, requestIdHeader);
                if (debugging()) {
                    log("attempt " + attemptNumber + ": HTTP " + answer.statusCode() + ", request id " + requestId);
                }
                return Attempt.succeeded(new QueryResponse(
                        request.action(), xml, Optional.ofNullable(requestId), answer.statusCode(), attemptNumber));
            } catch (Ec2ServiceException | Ec2ClientException e) {
                return Attempt.failed(e, serviceFailure(e, answer));
            }
        }
        Ec2ServiceException error =
                Ec2ResponseParser.parseError(answer.body(), answer.statusCode(), requestIdHeader, request.action());
        if (debugging()) {
            log("attempt " + attemptNumber + ": HTTP " + answer.statusCode() + " " + error.errorCode() + ", request id "
                    + error.requestId().orElse("none"));
        }
        return Attempt.failed(error, serviceFailure(error, answer));
    }

    private HttpCall signedCall(QueryRequest request, byte[] body, AwsCredentials signingCredentials, int attempt) {
        SignableRequest unsigned = SignableRequest.builder()
                .method("POST")
                .path(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .addHeader("Content-Type", CONTENT_TYPE)
                .addHeader("Host", hostHeader(endpoint))
                .body(body)
                .build();
        SignableRequest toSend = unsigned;
        if (signingCredentials != null) {
            SigningParams params = SigningParams.builder()
                    .credentials(signingCredentials)
                    .region(region)
                    .service(signingName)
                    .time(retries.clockSkew().now())
                    .build();
            SigningResult signed = signer.sign(unsigned, params);
            toSend = signed.signedRequest();
            if (debugging()) {
                log("attempt " + attempt + ": POST " + endpoint + " (" + request.action() + ")");
                log("canonical request:\n" + DebugRedaction.canonicalRequest(signed.canonicalRequest()));
                log("string to sign:\n" + signed.stringToSign());
            }
        } else {
            if (debugging()) {
                log("attempt " + attempt + ": POST " + endpoint + " (" + request.action() + ", unsigned)");
            }
        }
        List<Header> headers = new ArrayList<>();
        for (Header header : toSend.headers()) {
            if (!header.name().equalsIgnoreCase("Content-Type")) {
                headers.add(header);
            }
        }
        if (userAgent != null) {
            headers.add(new Header("User-Agent", userAgent));
        }
        return new HttpCall("POST", endpoint, headers, CONTENT_TYPE, body);
    }

    /** {@code host[:port]}, the port only when it is not the scheme's default, as HTTP clients send it. */
    static String hostHeader(URI url) {
        int port = url.getPort();
        boolean defaultPort = port == -1
                || (port == 443 && "https".equalsIgnoreCase(url.getScheme()))
                || (port == 80 && "http".equalsIgnoreCase(url.getScheme()));
        return defaultPort ? url.getHost() : url.getHost() + ":" + port;
    }

    private static AttemptFailure toFailure(TransportException e) {
        return switch (e.kind()) {
            case CONNECT_FAILURE -> AttemptFailure.connectFailure();
            case TIMEOUT -> AttemptFailure.timeout(e.requestMayHaveBeenSent());
            case IO_ERROR ->
                e.requestMayHaveBeenSent() ? AttemptFailure.ioAfterRequestSent() : AttemptFailure.ioBeforeResponse();
        };
    }

    private static AttemptFailure serviceFailure(Ec2Exception error, HttpAnswer answer) {
        String retryAfter = answer.header("x-amz-retry-after").orElse(null);
        String date = answer.header("Date").orElse(null);
        if (error instanceof Ec2ServiceException service) {
            return AttemptFailure.serviceError(service, retryAfter, date);
        }
        // A 2xx whose body we cannot read: the call was carried out, so it must not be retried.
        return null;
    }

    /**
     * The exception the call ends with: {@code last} copied with the attempts made and whether an earlier
     * attempt may have reached the service, and the earlier attempts' failures as suppressed.
     */
    private static Ec2Exception finalFailure(
            Ec2Exception last, List<Ec2Exception> earlier, CallRetryState state, boolean earlierMayHaveSucceeded) {
        Ec2Exception failure;
        if (last instanceof Ec2ServiceException service) {
            failure = service.afterAttempts(state.attempts(), earlierMayHaveSucceeded);
        } else if (last instanceof Ec2ClientException client) {
            failure = client.afterAttempts(state.attempts(), earlierMayHaveSucceeded);
        } else {
            // Unreachable: every attempt failure this class makes or catches is one of the two above.
            throw new IllegalStateException(
                    "unexpected attempt failure " + last.getClass().getName(), last);
        }
        for (Ec2Exception e : earlier) {
            if (e != last) {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }

    private void pause(
            Duration delay, long deadline, QueryRequest request, List<Ec2Exception> earlier, CallRetryState state) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        Duration left = remaining(deadline);
        Duration bounded = left != null && delay.compareTo(left) > 0 ? left : delay;
        try {
            sleeper.sleep(bounded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Ec2ClientException interrupted =
                    new Ec2ClientException(request.action() + ": interrupted while waiting to retry", e);
            throw finalFailure(interrupted, earlier, state, state.anyAttemptMayHaveReachedService());
        }
    }

    /** Time left before the call timeout, or null when there is no call timeout. */
    private Duration remaining(long deadline) {
        if (deadline == Long.MAX_VALUE) {
            return null;
        }
        return Duration.ofNanos(Math.max(1_000_000, deadline - nanoTime.getAsLong()));
    }

    private boolean debugging() {
        return debug != null || LOG.isLoggable(System.Logger.Level.DEBUG);
    }

    private void log(String line) {
        if (debug != null) {
            debug.accept(line);
        }
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, line);
        }
    }

    /** The outcome of one attempt. */
    private record Attempt(QueryResponse response, Ec2Exception error, AttemptFailure failure) {
        static Attempt succeeded(QueryResponse response) {
            return new Attempt(response, null, null);
        }

        /** {@code failure} null: not retryable whatever the strategy says. */
        static Attempt failed(Ec2Exception error, AttemptFailure failure) {
            return new Attempt(null, error, failure);
        }
    }

    @Override
    public String toString() {
        return "QueryClient{endpoint=" + endpoint + ", region=" + region + ", service=" + signingName + "}";
    }

    /** Builds a {@link QueryClient}; endpoint, region, signing name and transport are required. */
    public static final class Builder {
        private URI endpoint;
        private String region;
        private String signingName;
        private CredentialsProvider credentials;
        private HttpTransport transport;
        private SigV4Signer signer;
        private RetryStrategy retryStrategy;
        private Sleeper sleeper;
        private LongSupplier nanoTime;
        private Duration callTimeout;
        private String userAgent;
        private Consumer<String> debug;

        private Builder() {}

        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The service's signing name: {@code ec2}, {@code sts}. */
        public Builder signingName(String signingName) {
            this.signingName = signingName;
            return this;
        }

        /** Null sends the calls unsigned (STS {@code AssumeRoleWithWebIdentity}). */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder transport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        public Builder signer(SigV4Signer signer) {
            this.signer = signer;
            return this;
        }

        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** The monotonic clock the call timeout is measured on; tests pass a fake one. */
        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            return this;
        }

        /** The most one call may take, every attempt and pause included; null for no limit. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** Where debug lines go (endpoint, canonical request, string to sign; secrets redacted). */
        public Builder debug(Consumer<String> debug) {
            this.debug = debug;
            return this;
        }

        public QueryClient build() {
            return new QueryClient(this);
        }
    }
}
