package dev.ec2lite.providers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the JSON credential documents of {@code credential_process}, the container endpoint and
 * IMDS. Errors name the field and never echo a value from the document: it holds secrets, and
 * Jackson's own messages quote the text they choke on, so they are neither shown nor attached.
 */
final class CredentialsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private final JsonNode root;

    private CredentialsJson(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /** Parses {@code body}; {@code source} names where it came from in messages ("credential_process"). */
    static CredentialsJson parse(byte[] body, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new Ec2ClientException(source + " did not answer valid JSON" + where);
        } catch (IOException e) {
            throw new Ec2ClientException(source + " did not answer valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Ec2ClientException(source + " did not answer a JSON object");
        }
        return new CredentialsJson(source, root);
    }

    /** A text field that must be present and not blank. */
    String requiredText(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw new Ec2ClientException(source + " answered no " + field);
        }
        return value;
    }

    /** A text field, or null when absent, null or blank; any other type is an error naming the field. */
    String optionalText(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Ec2ClientException(source + " answered " + field + " that is not a string");
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    JsonNode field(String field) {
        return root.get(field);
    }

    /** The credentials in it; {@code tokenField} is {@code SessionToken} or {@code Token}. */
    AwsCredentials credentials(String tokenField) {
        String accessKeyId = requiredText("AccessKeyId");
        String secretAccessKey = requiredText("SecretAccessKey");
        String token = optionalText(tokenField);
        return AwsCredentials.of(accessKeyId, secretAccessKey, token, expiration());
    }

    private Instant expiration() {
        String text = optionalText("Expiration");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Ec2ClientException(source + " answered an Expiration that is not an ISO-8601 timestamp: '"
                    + ErrorText.clean(text, 40) + "'");
        }
    }
}
