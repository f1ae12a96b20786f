package dev.ec2lite.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one shared config or credentials file, line by line, with the rules of the AWS SDK for Java
 * v2's profile reader (which all AWS SDKs test against one shared set of parser cases).
 *
 * <p>Each line is one of:
 *
 * <ul>
 *   <li>blank (spaces and tabs only), or a comment starting with {@code #} or {@code ;} in the first
 *       column: skipped;
 *   <li>a section header starting with {@code [}: a trailing comment needs no space before it;
 *   <li>a continuation, starting with a space or tab: appended to the previous property's value after
 *       a newline, trimmed, comments kept (they are part of the value);
 *   <li>a property {@code key = value}: a comment must follow whitespace, so {@code val;ue} stays.
 * </ul>
 *
 * <p>Two kinds of trouble, treated differently on purpose. A line that cannot be read at all throws
 * {@link ProfileFormatException}, as the SDK and the CLI do. A well-formed line with a name the
 * SDKs do not accept (spaces or other characters outside {@code A-Za-z0-9_-/.%@:+}, a config-file
 * section that is neither {@code [default]} nor {@code [profile x]}, {@code [services x]}, {@code
 * [sso-session x]}) is skipped with everything under it, and a warning is recorded.
 */
final class ProfileFileParser {
    /** Which file is read: the two differ only in how sections are named. */
    enum Kind {
        CONFIG("config file"),
        CREDENTIALS("credentials file");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    // The Java SDK v2's identifier rule, for profile, section and property names.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_\\-/.%@:+]+");
    private static final Pattern BLANK = Pattern.compile("[ \t]*");
    private static final String DEFAULT = "default";

    private final Kind kind;
    private final String fileName;
    private final List<String> warnings;

    final Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
    final Map<String, Map<String, String>> services = new LinkedHashMap<>();
    final Map<String, Map<String, String>> ssoSessions = new LinkedHashMap<>();

    private int lineNumber;
    /** The section properties go to; null before the first header and inside a skipped section. */
    private Map<String, String> section;

    private boolean skippingSection;
    private String property;
    private boolean skippingProperty;
    private boolean propertyHasSubProperties;
    private boolean sawProfileDefault;

    ProfileFileParser(Kind kind, String fileName, List<String> warnings) {
        this.kind = kind;
        this.fileName = fileName;
        this.warnings = warnings;
    }

    void parse(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                // Windows editors may start the file with a byte-order mark; it is not part of the text.
                line = line.substring(1);
            }
            parseLine(line);
        }
    }

    private void parseLine(String line) {
        if (BLANK.matcher(line).matches() || line.startsWith("#") || line.startsWith(";")) {
            return;
        }
        if (line.startsWith("[")) {
            readSectionHeader(line);
        } else if (line.startsWith(" ") || line.startsWith("\t")) {
            readContinuation(line);
        } else {
            readProperty(line);
        }
    }

    private void readSectionHeader(String line) {
        String header = withoutComment(line, "#", ";").trim();
        if (!header.endsWith("]")) {
            throw error("a section header must end with ']'");
        }
        property = null;
        skippingProperty = false;
        section = openSection(header.substring(1, header.length() - 1).trim());
        skippingSection = section == null;
    }

    /** The map for the section named in a header, or null (with a warning) to skip the section. */
    private Map<String, String> openSection(String title) {
        if (kind == Kind.CREDENTIALS) {
            // Credentials-file sections are bare profile names. "[profile x]" is not profile x here:
            // "profile x" contains a space, so it is not a valid name and is skipped, as the Java SDK does.
            return validName(title, "profile") ? profiles.computeIfAbsent(title, n -> new LinkedHashMap<>()) : null;
        }
        if (title.equals(DEFAULT)) {
            if (sawProfileDefault) {
                warn("skipping [default] because [profile default] is also present and takes precedence");
                return null;
            }
            return profiles.computeIfAbsent(DEFAULT, n -> new LinkedHashMap<>());
        }
        String profileName = afterPrefix(title, "profile");
        if (profileName != null) {
            return openProfile(profileName);
        }
        String servicesName = afterPrefix(title, "services");
        if (servicesName != null) {
            return validName(servicesName, "services section")
                    ? services.computeIfAbsent(servicesName, n -> new LinkedHashMap<>())
                    : null;
        }
        String ssoSessionName = afterPrefix(title, "sso-session");
        if (ssoSessionName != null) {
            return validName(ssoSessionName, "sso-session section")
                    ? ssoSessions.computeIfAbsent(ssoSessionName, n -> new LinkedHashMap<>())
                    : null;
        }
        warn("skipping section [" + title + "]: in the config file, profiles are written [profile NAME] "
                + "(only the default profile may be [default])");
        return null;
    }

    private Map<String, String> openProfile(String name) {
        if (!validName(name, "profile")) {
            return null;
        }
        if (name.equals(DEFAULT) && !sawProfileDefault) {
            // [profile default] wins over [default], wherever each appears in the file.
            sawProfileDefault = true;
            if (profiles.remove(DEFAULT) != null) {
                warn("[profile default] replaces the [default] section seen earlier");
            }
        }
        return profiles.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    private void readProperty(String line) {
        if (skippingSection) {
            return;
        }
        if (section == null) {
            throw error("a property must come after a section header such as [default]");
        }
        String text = withoutComment(line, " #", " ;", "\t#", "\t;").trim();
        String key = propertyKey(text);
        if (key == null) {
            property = null;
            skippingProperty = true;
            return;
        }
        String value = text.substring(text.indexOf('=') + 1).trim();
        if (section.containsKey(key)) {
            warn("property '" + key + "' is set again; the later value is used");
        }
        section.put(key, value);
        property = key;
        skippingProperty = false;
        propertyHasSubProperties = value.isEmpty();
    }

    private void readContinuation(String line) {
        if (skippingSection || skippingProperty) {
            return;
        }
        if (section == null || property == null) {
            throw error("an indented line continues a property, but there is no property before it");
        }
        String text = line.trim();
        if (propertyHasSubProperties) {
            // "s3 =\n  max_concurrent_requests = 20": each line must itself be a property.
            propertyKey(text);
        }
        section.put(property, section.get(property) + "\n" + text);
    }

    /** The key of {@code key = value}, or null (with a warning) if the name is not allowed. */
    private String propertyKey(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw error("expected 'name = value'");
        }
        String key = text.substring(0, equals).trim();
        if (key.isEmpty()) {
            throw error("a property has no name before '='");
        }
        return validName(key, "property") ? key : null;
    }

    private boolean validName(String name, String what) {
        if (IDENTIFIER.matcher(name).matches()) {
            return true;
        }
        warn("skipping " + what + " '" + name + "': names may contain only letters, digits and - / . % @ _ : +");
        return false;
    }

    /** {@code "profile x"} → {@code "x"} (space or tab after the prefix); null without the prefix. */
    private static String afterPrefix(String title, String prefix) {
        if (title.length() > prefix.length()
                && title.startsWith(prefix)
                && (title.charAt(prefix.length()) == ' ' || title.charAt(prefix.length()) == '\t')) {
            return title.substring(prefix.length()).trim();
        }
        return null;
    }

    private static String withoutComment(String line, String... markers) {
        int end = line.length();
        for (String marker : markers) {
            int at = line.indexOf(marker);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return line.substring(0, end);
    }

    private void warn(String message) {
        warnings.add(kind.description + " " + fileName + ", line " + lineNumber + ": " + message);
    }

    private ProfileFormatException error(String problem) {
        return new ProfileFormatException(kind.description + " " + fileName, lineNumber, problem);
    }
}
