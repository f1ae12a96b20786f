package dev.ec2lite.cli.output;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's {@code json} output: Python's {@code json.dump(indent=4, ensure_ascii=False)}, then a
 * line break; an empty object prints nothing. Written by hand because Jackson's pretty printer puts a
 * space before the colon and inside empty containers, and this is all the JSON a command prints.
 */
final class JsonOutput {
    private static final String INDENT = "    ";

    private JsonOutput() {}

    static void print(Object tree, PrintWriter out) {
        if (tree instanceof Map<?, ?> map && map.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(4096);
        write(tree, 0, text);
        out.print(text.append('\n'));
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                indent(depth + 1, out);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), depth + 1, out);
                out.append(entries.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(depth + 1, out);
                write(list.get(i), depth + 1, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Double d) {
            out.append(PythonText.floatRepr(d));
        } else if (value instanceof Number n) {
            out.append(n);
        } else {
            string(value.toString(), out);
        }
    }

    private static void indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    static void string(String text, StringBuilder out) {
        JsonText.string(text, out);
    }
}
