package dev.ec2lite.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AWS CLI v2's {@code yaml} output (a "safe" YAML 1.2 dump in block style): mapping keys sorted,
 * nested mappings indented by two, sequences at their key's indentation, strings plain unless they
 * would read back as something else or start or contain YAML syntax, then single-quoted (double-quoted
 * when they hold control characters). A scalar alone (from {@code --query}) is printed as JSON, as the
 * AWS CLI does.
 */
final class YamlOutput {
    /** Strings a YAML 1.2 reader would take for a boolean, number, null or timestamp. */
    private static final Pattern IMPLICIT = Pattern.compile("true|True|TRUE|false|False|FALSE"
            + "|~|null|Null|NULL"
            + "|[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
            + "|\\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
            + "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"
            + "|=|<<");

    private static final String FIRST_INDICATORS = "#,[]{}&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder(4096);

    private YamlOutput() {}

    static void print(Object tree, PrintWriter writer) {
        if (tree instanceof Map<?, ?> map && map.isEmpty()) {
            return;
        }
        if (PythonText.isScalar(tree)) {
            StringBuilder json = new StringBuilder();
            if (tree instanceof String s) {
                JsonOutput.string(s, json);
            } else if (tree == null) {
                json.append("null");
            } else if (tree instanceof Boolean b) {
                json.append(b ? "true" : "false");
            } else {
                json.append(tree instanceof Double d ? PythonText.floatRepr(d) : tree.toString());
            }
            writer.print(json.append('\n'));
            return;
        }
        YamlOutput yaml = new YamlOutput();
        yaml.node(tree, 0, false);
        writer.print(yaml.out);
    }

    /**
     * Writes {@code value} as a block node at {@code indent}; {@code inline} when the caller already
     * wrote {@code "- "} on the current line.
     */
    private void node(Object value, int indent, boolean inline) {
        if (value instanceof Map<?, ?> map) {
            boolean first = true;
            for (String key : TextOutput.sortedKeys(map)) {
                if (!(first && inline)) {
                    out.append(" ".repeat(indent));
                }
                first = false;
                out.append(scalar(key, indent)).append(':');
                child(map.get(key), indent, indent + 2);
            }
        } else if (value instanceof List<?> list) {
            boolean first = true;
            for (Object element : list) {
                if (!(first && inline)) {
                    out.append(" ".repeat(indent));
                }
                first = false;
                out.append("- ");
                if (element instanceof Map<?, ?> m && !m.isEmpty() || element instanceof List<?> l && !l.isEmpty()) {
                    node(element, indent + 2, true);
                } else {
                    out.append(flowOrScalar(element, indent + 2)).append('\n');
                }
            }
        }
    }

    /** What follows {@code key:}: a scalar or empty collection on the same line, else a block below. */
    private void child(Object value, int keyIndent, int mapIndent) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            node(value, mapIndent, false);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            node(value, keyIndent, false);
        } else {
            out.append(' ').append(flowOrScalar(value, mapIndent)).append('\n');
        }
    }

    private static String flowOrScalar(Object value, int indent) {
        if (value instanceof Map) {
            return "{}";
        }
        if (value instanceof List) {
            return "[]";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : PythonText.floatRepr(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return scalar(value.toString(), indent);
    }

    private static String scalar(String text, int indent) {
        if (hasControl(text)) {
            StringBuilder quoted = new StringBuilder();
            JsonOutput.string(text, quoted);
            return quoted.toString();
        }
        if (plainAllowed(text) && !IMPLICIT.matcher(text).matches()) {
            return fold(text, indent);
        }
        return fold("'" + text.replace("'", "''") + "'", indent);
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainAllowed(String text) {
        if (text.isEmpty() || text.startsWith(" ") || text.endsWith(" ")) {
            return false;
        }
        if (text.startsWith("---") || text.startsWith("...")) {
            return false;
        }
        char first = text.charAt(0);
        boolean followedBySpace = text.length() == 1 || text.charAt(1) == ' ';
        if (FIRST_INDICATORS.indexOf(first) >= 0 || ("-?:".indexOf(first) >= 0 && followedBySpace)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spaceAfter = i + 1 == text.length() || text.charAt(i + 1) == ' ';
            if (c == ':' && spaceAfter) {
                return false;
            }
            if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Breaks a long scalar at single spaces once the line passes 80 columns, continuing at {@code
     * indent}, as the YAML emitter's best width does. Approximated from the start of the value.
     */
    private static String fold(String text, int indent) {
        if (indent + text.length() <= 80 || text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder folded = new StringBuilder();
        int column = indent;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' '
                    && column > 80
                    && i > 0
                    && text.charAt(i - 1) != ' '
                    && i + 1 < text.length()
                    && text.charAt(i + 1) != ' ') {
                folded.append(text, start, i).append('\n').append(" ".repeat(indent));
                start = i + 1;
                column = indent;
                continue;
            }
            column++;
        }
        return folded.append(text.substring(start)).toString();
    }
}
