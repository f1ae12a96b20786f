package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.error.Ec2ClientException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** What the role providers share: the "needs STS" failure, session names and the STS region. */
final class Sts {
    private Sts() {}

    /** The failure when a setting needs an STS call and no {@link RoleCredentialsSource} was given. */
    static Ec2ClientException needed(String setting, String operation) {
        return new Ec2ClientException(setting + " needs STS " + operation
                + ", and no RoleCredentialsSource was given (pass one to the provider or chain builder)");
    }

    /** A session name when none is configured, as the Java SDK v2 makes one ({@code aws-sdk-java-<millis>}). */
    static String sessionName(Clock clock) {
        return "ec2lite-" + clock.millis();
    }

    /** Where to call STS: the configured region without asking IMDS; null when there is none. */
    static String region(Environment env, Optional<Profile> profile) {
        return env.systemProperty(RegionChain.REGION_PROPERTY)
                .or(() -> env.variable(RegionChain.AWS_REGION))
                .or(() -> env.variable(RegionChain.AWS_DEFAULT_REGION))
                .or(() -> profile.flatMap(Profile::region))
                .map(String::trim)
                .orElse(null);
    }

    /** A token-file setting as a path; a leading {@code ~/} means the injected home, as the CLI reads it. */
    static Path file(String value, Path home) {
        String trimmed = value.trim();
        if (trimmed.equals("~")) {
            return home;
        }
        if (trimmed.startsWith("~/") || trimmed.startsWith("~\\")) {
            return home.resolve(trimmed.substring(2));
        }
        return Path.of(trimmed);
    }
}
