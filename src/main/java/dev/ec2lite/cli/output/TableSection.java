package dev.ec2lite.cli.output;

import java.util.ArrayList;
import java.util.List;

/** One titled block of a table, its column widths and how the AWS CLI draws it. */
final class TableSection {
    private static final int PADDING = 4;
    private static final int BORDER = 2;

    private final String title;
    private final int indent;
    private List<String> headers = List.of();
    private final List<List<String>> rows = new ArrayList<>();
    private int columns = -1;
    private int[] maxWidths = new int[0];

    TableSection(String title, int indent) {
        this.title = title == null ? "" : title;
        this.indent = indent;
    }

    void addHeader(List<String> names) {
        updateWidths(names);
        if (columns < 0) {
            columns = names.size();
        }
        headers = List.copyOf(names);
    }

    void addRow(List<?> row) {
        if (columns < 0) {
            columns = row.size();
        }
        if (row.size() != columns) {
            throw new IllegalStateException("a row has " + row.size() + " cells, the section " + columns);
        }
        List<String> cells = new ArrayList<>();
        for (Object cell : row) {
            cells.add(PythonText.str(cell));
        }
        rows.add(cells);
        updateWidths(cells);
    }

    private void updateWidths(List<String> cells) {
        if (maxWidths.length == 0) {
            maxWidths = new int[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                maxWidths[i] = PythonText.width(cells.get(i));
            }
            return;
        }
        for (int i = 0; i < cells.size() && i < maxWidths.length; i++) {
            maxWidths[i] = Math.max(maxWidths[i], PythonText.width(cells.get(i)));
        }
    }

    /** Column widths with padding, scaled to fill {@code maxWidth} as the AWS CLI scales them. */
    private int[] columnWidths(int maxWidth) {
        int[] unscaled = new int[maxWidths.length];
        int sum = 0;
        for (int i = 0; i < unscaled.length; i++) {
            unscaled[i] = maxWidths[i] + PADDING;
            sum += unscaled[i];
        }
        if (unscaled.length == 0) {
            return unscaled;
        }
        double scale = maxWidth / (double) sum;
        int[] scaled = new int[unscaled.length];
        int total = 0;
        for (int i = 0; i < unscaled.length; i++) {
            scaled[i] = (int) Math.rint(scale * unscaled[i]); // Python's round(): halves to even
            total += scaled[i];
        }
        int offBy = total - maxWidth;
        while (offBy != 0) {
            if (offBy > 0) {
                for (int i = 0; i < scaled.length && offBy != 0; i++) {
                    scaled[i]--;
                    offBy--;
                }
            } else {
                for (int i = scaled.length - 1; i >= 0 && offBy != 0; i--) {
                    scaled[i]++;
                    offBy++;
                }
            }
        }
        return scaled;
    }

    private int totalWidth() {
        int total = 0;
        for (int width : maxWidths) {
            total += width + PADDING;
        }
        total += BORDER + 2 * indent;
        return Math.max(PythonText.width(title) + BORDER + 2 * indent, total);
    }

    /** A section of one row under headers, as key/value rows: what the AWS CLI does when too wide. */
    private TableSection vertical() {
        if (rows.size() != 1 || headers.isEmpty()) {
            return this;
        }
        TableSection turned = new TableSection(title, indent);
        for (int i = 0; i < headers.size(); i++) {
            turned.addRow(List.of(headers.get(i), rows.get(0).get(i)));
        }
        return turned;
    }

    static void render(List<TableSection> sections, int terminalWidth, StringBuilder out) {
        List<TableSection> drawn = new ArrayList<>(sections);
        int maxWidth = maxWidth(drawn);
        if (maxWidth > terminalWidth) {
            drawn.replaceAll(TableSection::vertical);
            maxWidth = maxWidth(drawn);
        }
        out.append("-".repeat(maxWidth)).append('\n');
        for (TableSection section : drawn) {
            section.render(maxWidth - 2 * section.indent, out);
        }
    }

    private static int maxWidth(List<TableSection> sections) {
        int max = 0;
        for (TableSection section : sections) {
            max = Math.max(max, section.totalWidth());
        }
        return max;
    }

    private void render(int width, StringBuilder out) {
        if (!title.isEmpty()) {
            line(centered(title, width, "|"), out);
            if (headers.isEmpty() && rows.isEmpty()) {
                line("+" + "-".repeat(width - 2) + "+", out);
            }
        }
        int[] widths = columnWidths(width);
        if (!headers.isEmpty()) {
            StringBuilder titles = new StringBuilder();
            for (int i = 0; i < widths.length && i < headers.size(); i++) {
                titles.append(centered(headers.get(i), widths[i], i == 0 ? "|" : ""));
            }
            line(lineBreak(widths), out);
            line(titles.toString(), out);
        }
        if (rows.isEmpty() || widths.length == 0) {
            return;
        }
        line(lineBreak(widths), out);
        for (List<String> row : rows) {
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < widths.length && i < row.size(); i++) {
                cells.append(alignLeft(row.get(i), widths[i], i == 0 ? "|" : ""));
            }
            line(cells.toString(), out);
        }
        line(lineBreak(widths), out);
    }

    /** A line framed by one {@code |} per indentation level on each side. */
    private void line(String text, StringBuilder out) {
        String frame = "|".repeat(indent);
        out.append(frame).append(text).append(frame).append('\n');
    }

    private static String lineBreak(int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(
                    i == 0
                            ? "+" + "-".repeat(Math.max(0, widths[i] - 2)) + "+"
                            : "-".repeat(Math.max(0, widths[i] - 1)) + "+");
        }
        return line.toString();
    }

    private static String centered(String text, int length, String leftEdge) {
        int textLength = PythonText.width(text);
        // Python floors both halves: (length // 2) - (text_length // 2) - 1; negative pads nothing.
        int start = Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1;
        int soFar = leftEdge.length() + start + textLength;
        int right = length - 1 - soFar;
        return leftEdge + " ".repeat(Math.max(0, start)) + text + " ".repeat(Math.max(0, right)) + "|";
    }

    private static String alignLeft(String text, int length, String leftEdge) {
        int textLength = PythonText.width(text);
        int computed = textLength + 2 + leftEdge.length() + 1;
        int padding = length - computed >= 0 ? 2 : 0;
        int soFar = leftEdge.length() + padding + textLength;
        return leftEdge + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - 1)) + "|";
    }
}
