package dev.ec2lite.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The AWS CLI's {@code table} output: one section per structure or list, titled by its key and
 * indented one level per depth; a list of structures becomes rows under sorted column headers; a
 * structure becomes one row of its sorted scalar keys. When the widest section does not fit the
 * terminal width, single-row sections turn into key/value rows, as the AWS CLI does.
 */
final class TableOutput {
    /** The AWS CLI's width when its output is not a terminal (a pipe, a file). */
    static final int DEFAULT_WIDTH = 80;

    private final List<TableSection> sections = new ArrayList<>();
    private TableSection current;

    private TableOutput() {}

    static void print(String title, Object tree, PrintWriter out, int terminalWidth) {
        TableOutput table = new TableOutput();
        if (table.build(title, tree, 0)) {
            StringBuilder text = new StringBuilder(8192);
            TableSection.render(table.sections, terminalWidth, text);
            out.print(text);
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof Map<?, ?> m && m.isEmpty())
                || (value instanceof List<?> l && l.isEmpty())
                || (value instanceof String s && s.isEmpty())
                || Boolean.FALSE.equals(value)
                || (value instanceof Number n && n.doubleValue() == 0);
    }

    private void newSection(String title, int indent) {
        current = new TableSection(title, indent);
        sections.add(current);
    }

    private void addRow(List<?> row) {
        if (current == null) {
            // Rows before any titled section (a query without a title) go into an untitled one.
            newSection("", 0);
        }
        current.addRow(row);
    }

    private boolean build(String title, Object tree, int indent) {
        if (isEmpty(tree)) {
            return false;
        }
        if (title != null) {
            newSection(title, indent);
        }
        if (tree instanceof List<?> list) {
            if (list.get(0) instanceof Map) {
                subTableFromList(list, indent, title);
            } else {
                for (Object item : list) {
                    if (PythonText.isScalar(item)) {
                        addRow(List.of(PythonText.str(item)));
                    } else if (item instanceof List<?> row && row.stream().allMatch(PythonText::isScalar)) {
                        addRow(row);
                    } else {
                        build(null, item, 0);
                    }
                }
            }
        }
        if (tree instanceof Map<?, ?> map) {
            subTableFromMap(map, indent);
        }
        return true;
    }

    private void subTableFromMap(Map<?, ?> map, int indent) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        group(map, headers, more);
        if (headers.size() == 1) {
            addRow(List.of(headers.get(0), map.get(headers.get(0))));
        } else if (!headers.isEmpty()) {
            current.addHeader(headers);
            List<Object> row = new ArrayList<>();
            for (String header : headers) {
                row.add(map.get(header));
            }
            addRow(row);
        }
        for (String key : more) {
            build(key, map.get(key), indent + 1);
        }
    }

    private void subTableFromList(List<?> list, int indent, String title) {
        TreeSet<String> headerSet = new TreeSet<>();
        TreeSet<String> moreSet = new TreeSet<>();
        for (Object element : list) {
            if (element instanceof Map<?, ?> map) {
                List<String> headers = new ArrayList<>();
                List<String> more = new ArrayList<>();
                group(map, headers, more);
                headerSet.addAll(headers);
                moreSet.addAll(more);
            }
        }
        List<String> headers = new ArrayList<>(headerSet);
        current.addHeader(headers);
        boolean first = true;
        for (Object element : list) {
            Map<?, ?> map = element instanceof Map<?, ?> m ? m : Map.of();
            if (!first && !moreSet.isEmpty()) {
                newSection(title, indent);
                current.addHeader(headers);
            }
            first = false;
            List<Object> row = new ArrayList<>();
            for (String header : headers) {
                row.add(map.containsKey(header) ? map.get(header) : "");
            }
            addRow(row);
            for (String key : moreSet) {
                if (map.containsKey(key)) {
                    build(key, map.get(key), indent + 1);
                }
            }
        }
    }

    /** Splits a structure's keys, each sorted, into those with scalar values and the rest. */
    private static void group(Map<?, ?> map, List<String> headers, List<String> more) {
        for (String key : TextOutput.sortedKeys(map)) {
            (PythonText.isScalar(map.get(key)) ? headers : more).add(key);
        }
    }
}
