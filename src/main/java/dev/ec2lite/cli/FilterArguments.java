package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --filters} as the AWS CLI reads it: shorthand ({@code Name=status,Values=available,in-use},
 * one filter per argument) or JSON ({@code [{"Name":"status","Values":["available"]}]}).
 */
final class FilterArguments {
    private FilterArguments() {}

    /**
     * @throws IllegalArgumentException saying what is wrong, with "Error parsing parameter '--filters'"
     */
    static Map<String, List<String>> parse(List<String> arguments) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (arguments == null) {
            return filters;
        }
        for (String argument : arguments) {
            String trimmed = argument.trim();
            if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
                json(trimmed, filters);
            } else {
                shorthand(trimmed, filters);
            }
        }
        return filters;
    }

    private static IllegalArgumentException bad(String why) {
        return new IllegalArgumentException("Error parsing parameter '--filters': " + why);
    }

    /** {@code Name=x,Values=a,b}: a value list runs on until the next {@code key=}. */
    private static void shorthand(String text, Map<String, List<String>> filters) {
        String name = null;
        List<String> values = new ArrayList<>();
        String key = null;
        for (String part : text.split(",", -1)) {
            int equals = part.indexOf('=');
            String candidate = equals > 0 ? part.substring(0, equals) : null;
            if (candidate != null && (candidate.equals("Name") || candidate.equals("Values"))) {
                key = candidate;
                part = part.substring(equals + 1);
            } else if (candidate != null && candidate.matches("[A-Za-z]+")) {
                throw bad("Unknown key '" + candidate + "' in '" + text + "', must be one of: Name, Values");
            } else if (key == null) {
                throw bad("Expected: '=', received: end of input for '" + text + "'");
            } else if (key.equals("Name")) {
                throw bad("Name takes one value, in '" + text + "'");
            }
            if (key.equals("Name")) {
                name = part;
            } else if (!part.isEmpty() || !values.isEmpty()) {
                values.add(part);
            }
        }
        if (name == null || name.isEmpty()) {
            throw bad("a filter has no Name: '" + text + "'");
        }
        filters.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
    }

    private static void json(String text, Map<String, List<String>> filters) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    jsonFilter(parser, filters);
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw bad("expected a list of {\"Name\": …, \"Values\": […]} objects");
                }
            } else if (first == JsonToken.START_OBJECT) {
                jsonFilter(parser, filters);
            } else {
                throw bad("expected a JSON list of filters");
            }
        } catch (IOException e) {
            throw bad("invalid JSON: " + e.getMessage());
        }
    }

    private static void jsonFilter(JsonParser parser, Map<String, List<String>> filters) throws IOException {
        String name = null;
        List<String> values = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("Name") && value == JsonToken.VALUE_STRING) {
                name = parser.getText();
            } else if (field.equals("Values") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    values.add(parser.getText());
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw bad("Values must be a list of strings");
                }
            } else {
                throw bad("Unknown parameter or wrong type: \"" + field + "\"; must be Name (string) or Values (list)");
            }
        }
        if (name == null) {
            throw bad("a filter has no Name");
        }
        filters.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
    }
}
