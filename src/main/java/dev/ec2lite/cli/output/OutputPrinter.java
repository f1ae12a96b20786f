package dev.ec2lite.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prints an answer tree as the AWS CLI prints it: the query (if any) applied to the merged answer,
 * then the chosen format. Text output of a paginated call is the exception, as in the AWS CLI: the
 * query and the format apply to each page by itself ({@link #printTextPages}).
 */
public final class OutputPrinter {
    private final OutputFormat format;
    private final JmesPathQuery query; // null: none

    /**
     * @param query the compiled {@code --query}, or null
     */
    public OutputPrinter(OutputFormat format, JmesPathQuery query) {
        this.format = Objects.requireNonNull(format, "format == null");
        this.query = query;
    }

    public OutputFormat format() {
        return format;
    }

    /**
     * Prints {@code answer} (the merged answer of every page).
     *
     * @param operation the EC2 action's name, the title of a table
     */
    public void print(String operation, Map<String, Object> answer, PrintWriter out) {
        Object tree = query == null ? answer : query.search(answer);
        switch (format) {
            case json -> JsonOutput.print(tree, out);
            case text -> TextOutput.print(tree, out);
            case table -> TableOutput.print(operation, tree, out, TableOutput.DEFAULT_WIDTH);
            case yaml -> YamlOutput.print(tree, out);
        }
        out.flush();
    }

    /**
     * Text output of a paginated answer: each page's part (its result key only) queried and printed by
     * itself; then, when the pages were cut short, {@code NEXTTOKEN} and the token to resume from.
     */
    public void printTextPages(List<Map<String, Object>> pages, String resumeToken, PrintWriter out) {
        for (Map<String, Object> page : pages) {
            TextOutput.print(query == null ? page : query.search(page), out);
        }
        if (resumeToken != null) {
            Map<String, Object> next = Map.of("NextToken", Map.of("NextToken", resumeToken));
            TextOutput.print(query == null ? next : query.search(next), out);
        }
        out.flush();
    }
}
