package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.SigningParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code context.json} of AWS's published SigV4 test suite into {@link SigningParams}, as the
 * suite's README defines each field. Every problem names the field.
 */
final class SigningContextFile {
    private SigningContextFile() {}

    static SigningParams parse(byte[] json) {
        JsonNode context;
        try {
            context = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("not readable JSON (" + e.getMessage() + ")");
        }
        if (context == null || !context.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        JsonNode credentials = context.path("credentials");
        boolean signBody = bool(context, "sign_body", false);
        return SigningParams.builder()
                .credentials(AwsCredentials.of(
                        text(credentials, "credentials.access_key_id"),
                        text(credentials, "credentials.secret_access_key"),
                        credentials.path("token").isTextual()
                                ? credentials.get("token").asText()
                                : null))
                .region(text(context, "region"))
                .service(text(context, "service"))
                .time(timestamp(context))
                .normalizePath(bool(context, "normalize", true))
                .signBody(signBody)
                .contentSha256Header(signBody)
                .omitSessionToken(bool(context, "omit_session_token", false))
                .expires(expiration(context))
                .build();
    }

    private static String text(JsonNode parent, String path) {
        JsonNode node = parent.path(path.substring(path.lastIndexOf('.') + 1));
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException("'" + path + "' must be a non-empty string");
        }
        return node.asText();
    }

    private static boolean bool(JsonNode context, String field, boolean absent) {
        JsonNode node = context.path(field);
        if (node.isMissingNode()) {
            return absent;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return node.asBoolean();
    }

    private static Instant timestamp(JsonNode context) {
        String text = text(context, "timestamp");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'timestamp' must be ISO-8601 UTC such as 2015-08-30T12:36:00Z");
        }
    }

    private static Duration expiration(JsonNode context) {
        JsonNode node = context.path("expiration_in_seconds");
        if (node.isMissingNode()) {
            return Duration.ZERO;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw new IllegalArgumentException("'expiration_in_seconds' must be a whole number of seconds");
        }
        return Duration.ofSeconds(node.asLong());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
