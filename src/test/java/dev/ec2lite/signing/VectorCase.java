package dev.ec2lite.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.credentials.AwsCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One case folder of the published suite's {@code v4/} directory, read from disk. */
record VectorCase(String name, Path folder) {
    static final Path SUITE = Path.of("signing-test-vectors");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<VectorCase> v4Cases() {
        try (Stream<Path> folders = Files.list(SUITE.resolve("v4"))) {
            List<VectorCase> cases = new ArrayList<>();
            folders.filter(Files::isDirectory)
                    .sorted()
                    .forEach(folder ->
                            cases.add(new VectorCase(folder.getFileName().toString(), folder)));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SignableRequest request() {
        return SuiteRequestFile.parse(bytes("request.txt"));
    }

    /** The signing parameters {@code context.json} describes, as its README defines each field. */
    SigningParams params() {
        JsonNode context = readJson("context.json");
        JsonNode credentials = context.get("credentials");
        return SigningParams.builder()
                .credentials(AwsCredentials.of(
                        credentials.get("access_key_id").asText(),
                        credentials.get("secret_access_key").asText(),
                        credentials.path("token").asText(null)))
                .region(context.get("region").asText())
                .service(context.get("service").asText())
                .time(Instant.parse(context.get("timestamp").asText()))
                .normalizePath(context.get("normalize").asBoolean())
                .signBody(context.get("sign_body").asBoolean())
                .contentSha256Header(context.get("sign_body").asBoolean())
                .omitSessionToken(context.path("omit_session_token").asBoolean(false))
                .expires(
                        Duration.ofSeconds(context.path("expiration_in_seconds").asLong(0)))
                .build();
    }

    String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    byte[] bytes(String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(String file) {
        try {
            return JSON.readTree(bytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
