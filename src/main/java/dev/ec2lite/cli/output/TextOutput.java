package dev.ec2lite.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The AWS CLI's {@code text} output: a structure's scalars on one tab-separated line (keys sorted,
 * led by the upper-cased name of the key that holds it), then its lists and structures, each key in
 * sorted order; the rows of a list of structures share the columns of every scalar key any of them has.
 */
final class TextOutput {
    private final StringBuilder out = new StringBuilder(4096);

    private TextOutput() {}

    static void print(Object tree, PrintWriter writer) {
        TextOutput text = new TextOutput();
        text.format(tree, null, null);
        writer.print(text.out);
    }

    private void format(Object item, String identifier, List<String> scalarKeys) {
        if (item instanceof Map<?, ?> map) {
            formatMap(map, identifier, scalarKeys);
        } else if (item instanceof List<?> list) {
            formatList(list, identifier);
        } else {
            out.append(PythonText.str(item)).append('\n');
        }
    }

    private void formatList(List<?> list, String identifier) {
        if (list.isEmpty()) {
            return;
        }
        if (list.stream().anyMatch(e -> e instanceof Map)) {
            List<String> keys = allScalarKeys(list);
            for (Object element : list) {
                format(element, identifier, keys);
            }
        } else if (list.stream().anyMatch(e -> e instanceof List)) {
            List<Object> scalars = new ArrayList<>();
            List<Object> others = new ArrayList<>();
            for (Object element : list) {
                (PythonText.isScalar(element) ? scalars : others).add(element);
            }
            if (!scalars.isEmpty()) {
                scalarList(scalars, identifier);
            }
            for (Object other : others) {
                format(other, identifier, null);
            }
        } else {
            scalarList(list, identifier);
        }
    }

    private void scalarList(List<?> elements, String identifier) {
        if (identifier != null) {
            for (Object element : elements) {
                out.append(upper(identifier))
                        .append('\t')
                        .append(PythonText.str(element))
                        .append('\n');
            }
            return;
        }
        List<String> texts = new ArrayList<>();
        for (Object element : elements) {
            texts.add(PythonText.str(element));
        }
        out.append(String.join("\t", texts)).append('\n');
    }

    private void formatMap(Map<?, ?> map, String identifier, List<String> scalarKeys) {
        List<String> scalars = new ArrayList<>();
        List<String> nonScalarKeys = new ArrayList<>();
        if (scalarKeys == null) {
            for (String key : sortedKeys(map)) {
                Object value = map.get(key);
                if (PythonText.isScalar(value)) {
                    scalars.add(PythonText.str(value));
                } else {
                    nonScalarKeys.add(key);
                }
            }
        } else {
            for (String key : scalarKeys) {
                scalars.add(map.containsKey(key) ? PythonText.str(map.get(key)) : "");
            }
            for (String key : sortedKeys(map)) {
                if (!scalarKeys.contains(key)) {
                    nonScalarKeys.add(key);
                }
            }
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, upper(identifier));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        for (String key : nonScalarKeys) {
            format(map.get(key), key, null);
        }
    }

    private static List<String> allScalarKeys(List<?> list) {
        TreeSet<String> keys = new TreeSet<>();
        for (Object element : list) {
            if (element instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if (PythonText.isScalar(value)) {
                        keys.add(String.valueOf(key));
                    }
                });
            }
        }
        return new ArrayList<>(keys);
    }

    static List<String> sortedKeys(Map<?, ?> map) {
        TreeSet<String> keys = new TreeSet<>();
        for (Object key : map.keySet()) {
            keys.add(String.valueOf(key));
        }
        return new ArrayList<>(keys);
    }

    private static String upper(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }
}
