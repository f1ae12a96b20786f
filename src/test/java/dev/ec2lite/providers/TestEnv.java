package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Builds an injected {@link Environment} over a temporary home; never the real one. */
final class TestEnv {
    static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "EXAMPLESESSIONTOKEN/secret+value";

    private final Path home;
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> properties = new HashMap<>();

    private TestEnv(Path home) {
        this.home = home;
        // Tests never reach the real metadata service unless they point it at a local server.
        variables.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    static TestEnv in(Path home) {
        return new TestEnv(home);
    }

    TestEnv variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    TestEnv withoutVariable(String name) {
        variables.remove(name);
        return this;
    }

    TestEnv property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Lets IMDS be asked, at {@code endpoint}. */
    TestEnv imdsAt(String endpoint) {
        variables.remove("AWS_EC2_METADATA_DISABLED");
        variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint);
        return this;
    }

    Environment build() {
        return Environment.of(variables, properties, home);
    }

    static Path write(Path file, String... lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void config(Path home, String... lines) {
        write(home.resolve(".aws/config"), lines);
    }

    static void credentials(Path home, String... lines) {
        write(home.resolve(".aws/credentials"), lines);
    }

    /** A JSON credentials document as IMDS and the container endpoint answer it. */
    static String metadataJson(String accessKeyId, String expiration) {
        return "{\"Code\":\"Success\",\"Type\":\"AWS-HMAC\",\"AccessKeyId\":\"" + accessKeyId
                + "\",\"SecretAccessKey\":\"" + SECRET_KEY + "\",\"Token\":\"" + SESSION_TOKEN
                + "\",\"Expiration\":\"" + expiration + "\"}";
    }
}
