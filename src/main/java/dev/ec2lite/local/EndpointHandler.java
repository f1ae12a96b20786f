package dev.ec2lite.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
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
 * One HTTP exchange, in the order a real front end works: answer slowly or fail when a test asked
 * for it, check the signature's header (a request that cannot be valid has its body read and dropped,
 * never kept), read the body within {@link BodyReader#TIMEOUT}, verify the signature, and only then
 * decode the parameters, throttle and run the action. Nothing from the body (not even the action's
 * name) is kept or logged for a request whose signature did not verify. A body that does not arrive
 * in time closes the connection without an answer. Every answer is logged in the {@link RequestLog}.
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
    private final BodyReader bodyReader;

    EndpointHandler(
            SignatureVerifier verifier,
            Ec2Actions actions,
            Faults faults,
            RequestLog log,
            Clock clock,
            BodyReader bodyReader) {
        this.bodyReader = Objects.requireNonNull(bodyReader, "bodyReader == null");
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
            Answer answer;
            try {
                answer = answer(exchange, requestId);
            } catch (BodyReader.TooSlow e) {
                // Closing before any answer is sent makes the server drop the connection at once;
                // answering would first make it drain the rest of the slow body.
                log.add(new RecordedRequest("", 408, Optional.of("RequestTimeout"), false));
                return;
            }
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

    private Answer answer(HttpExchange exchange, String requestId) throws BodyReader.TooSlow {
        Answer answer = new Answer();
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("POST") && !method.equals("GET")) {
                throw new ServiceError(405, "UnsupportedHttpVerb", "The HTTP method " + method + " is not supported.");
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Headers headers = exchange.getRequestHeaders();
            long length = declaredLength(headers);

            pause(faults.delay());
            Optional<Faults.Failure> failure = faults.takeFailure();
            ServiceError refused = null;
            try {
                verifier.checkBeforeBody(
                        new SignatureVerifier.Received(method, rawPath, rawQuery, headers, new byte[0]));
            } catch (ServiceError e) {
                refused = e;
            }
            byte[] body = refused == null ? readBody(exchange, length) : dropBody(exchange, length);
            if (refused == null) {
                try {
                    verifier.verify(new SignatureVerifier.Received(method, rawPath, rawQuery, headers, body));
                    answer.verified = true;
                } catch (ServiceError e) {
                    refused = e;
                }
            }
            // Parameters are decoded only from a verified request: nothing unsigned is kept.
            QueryParameters parameters =
                    answer.verified ? QueryParameters.decode(rawQuery, formBody(headers, body)) : null;
            if (parameters != null) {
                answer.action = parameters.get("Action").orElse("");
            }
            if (failure.isPresent()) {
                planned(answer, failure.get(), requestId);
                return answer;
            }
            if (refused != null) {
                throw refused;
            }
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
     * The declared body length: 0 without a body; a chunked body is refused (411), because its length
     * is not known before reading and every Query client sends {@code Content-Length}.
     */
    private static long declaredLength(Headers headers) {
        if (headers.getFirst("Transfer-Encoding") != null) {
            throw new ServiceError(411, "MissingContentLength", "The request must have a Content-Length.");
        }
        String declared = headers.getFirst("Content-Length");
        if (declared == null) {
            return 0;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new ServiceError(400, "MalformedQueryString", "Content-Length is not a number.");
        }
        if (length < 0 || length > MAX_DRAINED_BYTES) {
            throw tooLarge();
        }
        return length;
    }

    /**
     * The body, at most {@link #MAX_BODY_BYTES}. A longer one is read to its end and dropped before the
     * 413 answer (it is at most {@link #MAX_DRAINED_BYTES}): closing a connection with unread data
     * resets it, and the client would lose the answer.
     */
    private byte[] readBody(HttpExchange exchange, long length) throws BodyReader.TooSlow {
        if (length > MAX_BODY_BYTES) {
            dropBody(exchange, length);
            throw tooLarge();
        }
        try {
            return bodyReader.read(exchange.getRequestBody(), (int) length);
        } catch (IOException e) {
            throw new ServiceError(400, "MalformedQueryString", "The request body could not be read.");
        }
    }

    /** Reads and drops the body of a request that will be refused, so that the refusal reaches the client. */
    private byte[] dropBody(HttpExchange exchange, long length) throws BodyReader.TooSlow {
        try {
            bodyReader.discard(exchange.getRequestBody(), length);
        } catch (IOException e) {
            // The client went away; the refusal that follows is logged all the same.
        }
        return new byte[0];
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
