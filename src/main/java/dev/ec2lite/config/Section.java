package dev.ec2lite.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A non-profile section of the config file, {@code [services NAME]} or {@code [sso-session NAME]}:
 * a name and its properties. Immutable.
 *
 * <p>Keys keep the case they were written in, and lookups are exact, as in the Java SDK.
 */
public final class Section {
    private final String name;
    private final Map<String, String> properties;

    Section(String name, Map<String, String> properties) {
        this.name = Objects.requireNonNull(name, "name == null");
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public String name() {
        return name;
    }

    /** The value of {@code key}; a multi-line value keeps its line breaks. */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** For example {@code subProperty("ec2", "endpoint_url")}: see {@link Profile#subProperty}. */
    public Optional<String> subProperty(String key, String subKey) {
        return SubProperties.find(properties.get(key), subKey);
    }

    /** The keys, in file order. */
    public Set<String> propertyNames() {
        return properties.keySet();
    }

    /** Shows the key names only. */
    @Override
    public String toString() {
        return "Section{name=" + name + ", properties=" + properties.keySet() + "}";
    }
}
