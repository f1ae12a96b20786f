package dev.ec2lite.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS shared config file ({@code ~/.aws/config}) and credentials file ({@code
 * ~/.aws/credentials}), read together as the AWS CLI and SDKs read them. Immutable.
 *
 * <p>A profile may appear in either file or both; where both set a key, the credentials file wins.
 * {@code [services NAME]} and {@code [sso-session NAME]} sections exist only in the config file.
 * The line-level rules are described in the package's parser; lines it skips are reported in {@link
 * #warnings()}, and lines it cannot read at all throw {@link ProfileFormatException}.
 *
 * <pre>{@code
 * Environment env = Environment.system();
 * ProfileFile files = ProfileFile.load(env);
 * Optional<Profile> profile = files.profile(ProfileFile.selectedProfileName(env, null));
 * }</pre>
 */
public final class ProfileFile {
    static final String AWS_CONFIG_FILE = "AWS_CONFIG_FILE";
    static final String AWS_SHARED_CREDENTIALS_FILE = "AWS_SHARED_CREDENTIALS_FILE";
    static final String AWS_PROFILE = "AWS_PROFILE";
    // The Java SDK v2's system-property spellings, checked before the environment variables.
    static final String CONFIG_FILE_PROPERTY = "aws.configFile";
    static final String CREDENTIALS_FILE_PROPERTY = "aws.sharedCredentialsFile";
    static final String PROFILE_PROPERTY = "aws.profile";
    static final String DEFAULT_PROFILE = "default";

    private final Map<String, Profile> profiles;
    private final Map<String, Section> services;
    private final Map<String, Section> ssoSessions;
    private final List<String> warnings;

    private ProfileFile(
            Map<String, Profile> profiles,
            Map<String, Section> services,
            Map<String, Section> ssoSessions,
            List<String> warnings) {
        this.profiles = Collections.unmodifiableMap(profiles);
        this.services = Collections.unmodifiableMap(services);
        this.ssoSessions = Collections.unmodifiableMap(ssoSessions);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads the files where the AWS CLI would: the system property {@code aws.configFile}, else
     * {@code AWS_CONFIG_FILE}, else {@code ~/.aws/config}; and {@code aws.sharedCredentialsFile},
     * else {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/credentials}. A leading {@code ~}
     * means {@link Environment#home()}. A missing file counts as empty.
     */
    public static ProfileFile load(Environment env) {
        return read(configFilePath(env), credentialsFilePath(env));
    }

    /** Reads the two files; either may be null or missing, which counts as empty. */
    public static ProfileFile read(Path configFile, Path credentialsFile) {
        List<String> warnings = new ArrayList<>();
        ProfileFileParser config = parse(ProfileFileParser.Kind.CONFIG, configFile, warnings);
        ProfileFileParser credentials = parse(ProfileFileParser.Kind.CREDENTIALS, credentialsFile, warnings);

        // Plain loops and ifs in this class rather than lambdas: it runs in every client's start-up, and
        // each lambda's first use costs a cold JVM most of a millisecond.
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> profile : config.profiles.entrySet()) {
            merged.put(profile.getKey(), new LinkedHashMap<>(profile.getValue()));
        }
        for (Map.Entry<String, Map<String, String>> profile : credentials.profiles.entrySet()) {
            Map<String, String> properties = merged.get(profile.getKey());
            if (properties == null) {
                merged.put(profile.getKey(), new LinkedHashMap<>(profile.getValue()));
            } else {
                properties.putAll(profile.getValue());
            }
        }

        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> profile : merged.entrySet()) {
            profiles.put(profile.getKey(), new Profile(profile.getKey(), profile.getValue()));
        }
        return new ProfileFile(profiles, sections(config.services), sections(config.ssoSessions), warnings);
    }

    /**
     * The profile to use, in the Java SDK v2's order: {@code explicitName} (from code or {@code
     * --profile}) if not null, else the system property {@code aws.profile}, else {@code
     * AWS_PROFILE}, else {@code default}.
     */
    public static String selectedProfileName(Environment env, String explicitName) {
        if (explicitName != null && !explicitName.isBlank()) {
            return explicitName;
        }
        Optional<String> selected = env.systemProperty(PROFILE_PROPERTY);
        return selected.isPresent() ? selected.get() : env.variable(AWS_PROFILE).orElse(DEFAULT_PROFILE);
    }

    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /** Every profile name, config-file profiles first, in file order. */
    public Set<String> profileNames() {
        return profiles.keySet();
    }

    /** The {@code [services NAME]} section, which a profile names in its {@code services} key. */
    public Optional<Section> servicesSection(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The {@code [sso-session NAME]} section: kept so nothing is lost, not used by ec2lite. */
    public Optional<Section> ssoSession(String name) {
        return Optional.ofNullable(ssoSessions.get(name));
    }

    /** What was skipped while reading, each naming the file and line. */
    public List<String> warnings() {
        return warnings;
    }

    static Path configFilePath(Environment env) {
        return filePath(env, CONFIG_FILE_PROPERTY, AWS_CONFIG_FILE, "config");
    }

    static Path credentialsFilePath(Environment env) {
        return filePath(env, CREDENTIALS_FILE_PROPERTY, AWS_SHARED_CREDENTIALS_FILE, "credentials");
    }

    /** The system property, else the environment variable, else {@code ~/.aws/<defaultName>}. */
    private static Path filePath(Environment env, String property, String variable, String defaultName) {
        Optional<String> configured = env.systemProperty(property);
        if (configured.isEmpty()) {
            configured = env.variable(variable);
        }
        return configured.isPresent()
                ? expandHome(configured.get(), env.home())
                : env.home().resolve(".aws").resolve(defaultName);
    }

    /** {@code ~} and {@code ~/rest} (or {@code ~\rest}) as the CLI expands them; {@code ~user} is left alone. */
    static Path expandHome(String path, Path home) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static ProfileFileParser parse(ProfileFileParser.Kind kind, Path file, List<String> warnings) {
        String fileName = String.valueOf(file);
        ProfileFileParser parser = new ProfileFileParser(kind, fileName, warnings);
        if (file == null || !Files.exists(file)) {
            return parser;
        }
        if (!Files.isRegularFile(file)) {
            warnings.add(fileName + " is not a regular file; it is ignored");
            return parser;
        }
        // InputStreamReader replaces malformed bytes instead of failing, as the Java SDK's reader does.
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            parser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return parser;
    }

    private static Map<String, Section> sections(Map<String, Map<String, String>> parsed) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> section : parsed.entrySet()) {
            sections.put(section.getKey(), new Section(section.getKey(), section.getValue()));
        }
        return sections;
    }

    @Override
    public String toString() {
        return "ProfileFile{profiles=" + profiles.keySet() + ", services=" + services.keySet() + "}";
    }
}
