package dev.ec2lite.config.internal;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import java.util.Locale;
import java.util.Optional;

/**
 * An on/off setting read as the AWS SDKs read them, for every service alike: the environment variable
 * when it is set, else the selected profile's key, else off. {@code true}/{@code false} in any case;
 * anything else is refused naming the setting, so a typo never silently switches FIPS off.
 */
public final class SwitchSetting {
    private SwitchSetting() {}

    /**
     * @param profile the selected profile, or null if there is none
     * @throws IllegalArgumentException naming the variable or the profile key whose value is not a boolean
     */
    public static boolean read(Environment env, String variable, Profile profile, String profileKey) {
        Optional<String> fromEnv = env.variable(variable);
        if (fromEnv.isPresent()) {
            return parseBoolean(fromEnv.get(), variable);
        }
        return profile != null
                && profile.property(profileKey)
                        .map(value -> parseBoolean(value, "profile " + profile.name() + " " + profileKey))
                        .orElse(false);
    }

    /**
     * As {@link #read(Environment, String, Profile, String)}, with the JVM system property {@code
     * systemProperty} first: the Java SDK v2's order for its instance metadata settings.
     *
     * @param profile the selected profile, or null if there is none or the setting has no profile key
     * @throws IllegalArgumentException naming the property, the variable or the profile key whose value
     *     is not a boolean
     */
    public static boolean read(
            Environment env, String systemProperty, String variable, Profile profile, String profileKey) {
        Optional<String> fromProperty = env.systemProperty(systemProperty);
        if (fromProperty.isPresent()) {
            return parseBoolean(fromProperty.get(), "system property " + systemProperty);
        }
        return read(env, variable, profile, profileKey);
    }

    /**
     * {@code true}/{@code false}, ignoring case and surrounding blanks, as the SDKs accept them; anything
     * else is refused rather than read as false.
     *
     * @throws IllegalArgumentException naming {@code setting}
     */
    public static boolean parseBoolean(String value, String setting) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("true")) {
            return true;
        }
        if (lower.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(setting + " must be 'true' or 'false', was '" + value + "'");
    }
}
