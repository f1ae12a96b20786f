package dev.ec2lite.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where settings outside the files come from: environment variables, Java system properties and the
 * home directory. Immutable.
 *
 * <p>Every piece of logic in this package takes an {@code Environment} instead of calling {@link
 * System#getenv} or reading {@code user.home} itself, so tests pass in a map and a temporary folder
 * and never see the real home directory. Only {@link #system()} reads the process's own.
 *
 * <p>An empty or blank value counts as unset: {@code AWS_PROFILE=} in a shell means "no profile
 * chosen", not "a profile whose name is empty".
 */
public final class Environment {
    private final Function<String, String> variables;
    private final Function<String, String> systemProperties;
    private final Path home;

    private Environment(Function<String, String> variables, Function<String, String> systemProperties, Path home) {
        this.variables = variables;
        this.systemProperties = systemProperties;
        this.home = home;
    }

    /**
     * The running process: its environment variables, its system properties, and as home directory
     * {@code HOME} if set (the AWS CLI's choice, so both tools find the same files) or else the
     * {@code user.home} system property.
     */
    public static Environment system() {
        String homeVariable = System.getenv("HOME");
        String home = homeVariable != null && !homeVariable.isBlank() ? homeVariable : System.getProperty("user.home");
        return new Environment(System::getenv, System::getProperty, Path.of(home));
    }

    /** A fixed environment, for tests and embedders; the maps are copied. */
    public static Environment of(Map<String, String> variables, Map<String, String> systemProperties, Path home) {
        Map<String, String> variablesCopy = Map.copyOf(Objects.requireNonNull(variables, "variables == null"));
        Map<String, String> propertiesCopy =
                Map.copyOf(Objects.requireNonNull(systemProperties, "systemProperties == null"));
        return new Environment(variablesCopy::get, propertiesCopy::get, Objects.requireNonNull(home, "home == null"));
    }

    /** The environment variable {@code name}, or empty if it is unset or blank. */
    public Optional<String> variable(String name) {
        return nonBlank(variables.apply(name));
    }

    /** The system property {@code name}, or empty if it is unset or blank. */
    public Optional<String> systemProperty(String name) {
        return nonBlank(systemProperties.apply(name));
    }

    /** The home directory that {@code ~} stands for. */
    public Path home() {
        return home;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        // Environment variables may hold secrets (AWS_SECRET_ACCESS_KEY): never print them.
        return "Environment{home=" + home + "}";
    }
}
