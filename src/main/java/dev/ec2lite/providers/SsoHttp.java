package dev.ec2lite.providers;

import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.http.ResponseTooLargeException;
import dev.ec2lite.http.internal.NetworkSettings;
import dev.ec2lite.http.internal.OkHttpTransport;
import dev.ec2lite.retry.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;

/**
 * Sends the JSON calls of IAM Identity Center (the portal's {@code GetRoleCredentials}, SSO-OIDC's
 * {@code CreateToken}): bounded answers, and up to {@value #MAX_ATTEMPTS} attempts for what the SDKs'
 * standard retry mode retries (no answer, 429, 5xx), with full-jitter backoff between them.
 */
final class SsoHttp implements AutoCloseable {
    static final int MAX_ATTEMPTS = 3;

    /** Both answers are well under 4 KiB; this bounds what a wrong endpoint can make us read. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private static final Duration BACKOFF_BASE = Duration.ofMillis(100);

    /** Each attempt, start to last byte: credentials come before anything else can happen. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);

    private final HttpTransport transport;
    private final Sleeper sleeper;

    SsoHttp(HttpTransport transport, Sleeper sleeper) {
        this.transport = transport;
        this.sleeper = sleeper;
    }

    /**
     * A transport over {@code base} (null: its own client) that goes out as {@code network} says (proxy,
     * trusted CAs; null: the client's own): 5 s to connect, 10 s of silence at most.
     */
    static SsoHttp create(OkHttpClient base, NetworkSettings network, Sleeper sleeper) {
        return new SsoHttp(
                OkHttpTransport.builder()
                        .baseClient(base)
                        .connectTimeout(Duration.ofSeconds(5))
                        .readTimeout(Duration.ofSeconds(10))
                        .maxBodyBytes(MAX_ANSWER_BYTES)
                        .network(network)
                        .build(),
                sleeper);
    }

    /**
     * The first answer that is not retryable, or the last one.
     *
     * @param what names the call in messages ("IAM Identity Center GetRoleCredentials for ...")
     * @throws CredentialsUnavailableException no answer after every attempt, or an answer too large
     */
    HttpAnswer send(HttpCall call, String what) {
        IOException lastFailure = null;
        HttpAnswer answer = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(attempt - 1, what);
            }
            try {
                answer = transport.execute(call, ATTEMPT_TIMEOUT);
                lastFailure = null;
            } catch (ResponseTooLargeException e) {
                throw new CredentialsUnavailableException(
                        what + ": the answer is larger than " + MAX_ANSWER_BYTES + " bytes", e.statusCode(), e);
            } catch (IOException e) {
                lastFailure = e;
                answer = null;
                continue;
            }
            if (!retryable(answer.statusCode())) {
                return answer;
            }
        }
        if (answer != null) {
            return answer;
        }
        throw new CredentialsUnavailableException(
                what + ": no answer after " + MAX_ATTEMPTS + " attempts (" + lastFailure.getMessage() + ")",
                -1,
                lastFailure);
    }

    /**
     * "HTTP 403 ForbiddenException: message": the status, the error type (header {@code
     * x-amzn-ErrorType}, else the JSON {@code __type} or OAuth {@code error}) and the message, cleaned
     * and cut short. The body is never shown otherwise.
     */
    static String errorText(HttpAnswer answer) {
        String type = answer.header("x-amzn-ErrorType").orElse(null);
        String message = null;
        try {
            CredentialsJson json = CredentialsJson.parse(answer.body(), "error");
            if (type == null) {
                type = json.optionalText("__type") != null ? json.optionalText("__type") : json.optionalText("error");
            }
            message = json.optionalText("message") != null
                    ? json.optionalText("message")
                    : json.optionalText("error_description");
        } catch (RuntimeException e) {
            // Not JSON (a proxy's HTML page): the status alone says enough, and the body is not echoed.
            message = null;
        }
        StringBuilder text = new StringBuilder("HTTP ").append(answer.statusCode());
        if (type != null) {
            // "ForbiddenException:http://internal.amazon.com/..." carries a URL after the colon.
            text.append(' ').append(ErrorText.clean(type.split(":", 2)[0], 80));
        }
        if (message != null) {
            text.append(": ").append(ErrorText.clean(message, 200));
        }
        return text.toString();
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private void pause(int retry, String what) {
        long ceiling = BACKOFF_BASE.toMillis() << Math.min(retry - 1, 10);
        try {
            sleeper.sleep(Duration.ofMillis((long) (ThreadLocalRandom.current().nextDouble() * ceiling)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsUnavailableException(what + ": interrupted while waiting to retry", -1, e);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
