package dev.ec2lite.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One HTTP exchange, in the order a real front end works: bound the body, answer slowly or fail
 * when a test asked for it, verify the signature, throttle, then run the action. Every answer is
 * logged in the {@link RequestLog}.
 */
final class EndpointHandler implements HttpHandler {
    /** Far above any EC2 Query request; protects the endpoint, not a real limit. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** How much of a too-long body is read and dropped so that the 413 answer reaches the client. */
    static final long MAX_DRAINED_BYTES = 16L << 20;

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final SignatureVerifier verifier;
    private final Ec2Actions actions;
    private final Faults faults;
    private final RequestLog log;
    private final Clock clock;

    EndpointHandler(SignatureVerifier verifier, Ec2Actions actions, Faults faults, RequestLog log, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier == null");
        this.actions = Objects.requireNonNull(actions, "actions == null");
        this.faults = Objects.requireNonNull(faults, "faults == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            Answer answer = answer(exchange, requestId);
            // Logged before sending, so an attempt counts even when its client has already gone.
            log.add(new RecordedRequest(answer.action, answer.status, answer.errorCode, answer.verified));
            send(exchange, answer);
        }
    }

    /** What to answer, and what to log about it. */
    private static final class Answer {
        String action = "";
        boolean verified;
        int status = 200;
        Optional<String> errorCode = Optional.empty();
        String contentType = "text/xml;charset=UTF-8";
        String body = "";

        void error(ServiceError error, String requestId) {
            status = error.status();
            errorCode = Optional.of(error.code());
            body = Ec2Responses.error(requestId, error.code(), error.getMessage());
        }
    }

    private Answer answer(HttpExchange exchange, String requestId) {
        Answer answer = new Answer();
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("POST") && !method.equals("GET")) {
                throw new ServiceError(405, "UnsupportedHttpVerb", "The HTTP method " + method + " is not supported.");
            }
            byte[] body = readBody(exchange);
            String rawQuery = exchange.getRequestURI().getRawQuery();
            QueryParameters parameters = QueryParameters.decode(rawQuery, formBody(exchange.getRequestHeaders(), body));
            answer.action = parameters.get("Action").orElse("");

            pause(faults.delay());
            Optional<Faults.Failure> failure = faults.takeFailure();
            if (failure.isPresent()) {
                planned(answer, failure.get(), requestId);
                return answer;
            }

            verifier.verify(new SignatureVerifier.Received(
                    method, exchange.getRequestURI().getRawPath(), rawQuery, exchange.getRequestHeaders(), body));
            answer.verified = true;
            if (faults.takeThrottle()) {
                throw new ServiceError(503, "RequestLimitExceeded", "Request limit exceeded.");
            }
            if (answer.action.isEmpty()) {
                throw new ServiceError(400, "MissingAction", "The request must contain the parameter Action");
            }
            parameters.required("Version");
            answer.body = actions.run(answer.action, parameters, requestId);
        } catch (ServiceError error) {
            answer.error(error, requestId);
        } catch (RuntimeException e) {
            // A bug in the endpoint: answer as EC2 answers its own failures, and keep serving.
            answer.error(new ServiceError(500, "InternalError", "An internal error has occurred"), requestId);
        }
        return answer;
    }

    private static void planned(Answer answer, Faults.Failure failure, String requestId) {
        answer.status = failure.status();
        if (failure.html()) {
            answer.contentType = "text/html";
            answer.body = Ec2Responses.htmlError(failure.status(), reason(failure.status()));
            return;
        }
        // EC2's server error codes: Unavailable (503) and InternalError (500).
        ServiceError error = failure.status() == 503
                ? new ServiceError(503, "Unavailable", "The server is overloaded and can't handle the request.")
                : new ServiceError(failure.status(), "InternalError", "An internal error has occurred");
        answer.error(error, requestId);
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
    }

    /** The form in the body, when the body is one; EC2 reads no other body. */
    private static String formBody(Headers headers, byte[] body) {
        String contentType = headers.getFirst("Content-Type");
        if (body.length == 0
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body, at most {@link #MAX_BODY_BYTES}. A longer one is read to its end and dropped before the
     * 413 answer (up to {@link #MAX_DRAINED_BYTES}): closing a connection with unread data resets it,
     * and the client would lose the answer.
     */
    private static byte[] readBody(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_DRAINED_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new ServiceError(400, "MalformedQueryString", "Content-Length is not a number.");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                long drained = 0;
                byte[] sink = new byte[64 * 1024];
                int read;
                while (drained < MAX_DRAINED_BYTES && (read = in.read(sink)) > 0) {
                    drained += read;
                }
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new ServiceError(400, "MalformedQueryString", "The request body could not be read.");
        }
    }

    private static ServiceError tooLarge() {
        return new ServiceError(
                413, "RequestEntityTooLarge", "Request body must be at most " + MAX_BODY_BYTES + " bytes.");
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the endpoint is closing; answer at once
        }
    }

    private void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", answer.contentType);
        if (answer.status == 413) {
            headers.set("Connection", "close"); // the rest of an over-long body is not worth reading
        }
        // Real servers date every answer, and clients correct their clock skew from it. Note: the JDK's
        // HttpServer overwrites this header with its own system-clock time when it sends the headers.
        headers.set("Date", RFC_1123.format(clock.instant()));
        exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
