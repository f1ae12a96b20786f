package dev.ec2lite.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;

/**
 * The token cache of {@code aws sso login}: {@code ~/.aws/sso/cache/<SHA-1 of the session name or
 * start URL>.json}. Reads one entry (bounded in size) and writes a refreshed one back as the AWS CLI
 * does: the whole document kept, the new token fields replaced, written to a private temporary file
 * in the same folder and moved over the old one in one step, so a reader never sees half a file.
 *
 * <p>No message ever holds the file's contents: it is full of secrets. Jackson's own messages quote
 * what they choke on, so they are neither shown nor attached.
 */
final class SsoTokenCache {
    /** Real entries are about 2 KiB; anything past this is not a token cache entry. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter CLI_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String loginHint;

    /**
     * @param loginHint the sentence that tells the user what to do ("run `aws sso login --profile dev`")
     */
    SsoTokenCache(Path home, String cacheKey, String loginHint) {
        this.file = home.resolve(".aws").resolve("sso").resolve("cache").resolve(fileName(cacheKey));
        this.loginHint = loginHint;
    }

    /** {@code <hex SHA-1 of the UTF-8 key>.json}, as the AWS CLI and SDKs name the entry. */
    static String fileName(String cacheKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(cacheKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * @throws CredentialsConfigurationException no entry (not logged in), or one that cannot be read
     *     or lacks {@code accessToken}/{@code expiresAt}, naming the file and the field
     */
    SsoToken read() {
        ObjectNode root = readDocument();
        return new SsoToken(
                requiredText(root, "accessToken"),
                time(root, "expiresAt", true),
                text(root, "refreshToken"),
                text(root, "clientId"),
                text(root, "clientSecret"),
                time(root, "registrationExpiresAt", false));
    }

    /**
     * Replaces the token fields and keeps every other field (start URL, region, client registration).
     *
     * @param refreshToken the new refresh token; null keeps the old one
     * @throws Ec2ClientException the file could not be written; the old entry is left as it was
     */
    void write(String accessToken, Instant expiresAt, String refreshToken) {
        ObjectNode root = readDocument();
        root.put("accessToken", accessToken);
        root.put("expiresAt", CLI_TIME.format(expiresAt.truncatedTo(ChronoUnit.SECONDS)));
        if (refreshToken != null) {
            root.put("refreshToken", refreshToken);
        }
        Path temporary = null;
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(root);
            temporary = Files.createTempFile(file.getParent(), ".ec2lite-", ".tmp", privateFile());
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Ec2ClientException failure =
                    new Ec2ClientException("could not write the refreshed IAM Identity Center token to " + file, e);
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    private FileAttribute<?>[] privateFile() {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)} : new FileAttribute<?>[0];
    }

    private ObjectNode readDocument() {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new CredentialsConfigurationException(
                    "no IAM Identity Center token is cached in " + file + " (not logged in); " + loginHint);
        } catch (IOException e) {
            throw new CredentialsConfigurationException("cannot read the IAM Identity Center token cache " + file + " ("
                    + e.getClass().getSimpleName() + "); " + loginHint);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw invalid("is larger than " + MAX_FILE_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw invalid("is not valid JSON" + where);
        } catch (IOException e) {
            throw invalid("is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalid("is not a JSON object");
        }
        return (ObjectNode) root;
    }

    private String requiredText(JsonNode root, String field) {
        String value = text(root, field);
        if (value == null) {
            throw invalid("has no " + field);
        }
        return value;
    }

    private String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid("has a " + field + " that is not a string");
        }
        String value = node.asText().trim();
        return value.isEmpty() ? null : value;
    }

    private Instant time(JsonNode root, String field, boolean required) {
        String value = required ? requiredText(root, field) : text(root, field);
        if (value == null) {
            return null;
        }
        try {
            return parseTime(value);
        } catch (DateTimeParseException e) {
            throw invalid("has a " + field + " that is not an ISO-8601 time");
        }
    }

    /** {@code 2024-05-01T12:00:00Z}, an offset, or the older {@code 2019-11-14T04:05:45UTC}. */
    static Instant parseTime(String value) {
        String text = value.endsWith("UTC") ? value.substring(0, value.length() - 3) + "Z" : value;
        return OffsetDateTime.parse(text).toInstant();
    }

    private CredentialsConfigurationException invalid(String problem) {
        return new CredentialsConfigurationException(
                "the IAM Identity Center token cache " + file + " " + problem + "; " + loginHint);
    }

    @Override
    public String toString() {
        return "SsoTokenCache{" + file + "}";
    }
}
