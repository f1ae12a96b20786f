package dev.ec2lite.cli;

import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.cli.output.OutputFormat;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prints an answer without a body of its own (a detach, a disassociation) shaped like boto3's, as the
 * AWS CLI would with its metadata kept.
 */
final class ResponsePrinter {
    private ResponsePrinter() {}

    static void print(PrintWriter out, OutputPrinter printer, DetachNetworkInterfaceResponse response) {
        print(
                out,
                printer,
                DetachNetworkInterfaceCommand.OPERATION,
                new Metadata(response.requestId(), response.dryRun(), response.statusCode(), response.attempts()));
    }

    /** What an answer without a body of its own says: the request id, the status, the retries, a dry run. */
    record Metadata(Optional<String> requestId, boolean dryRun, int statusCode, int attempts) {}

    /** Prints an action's answer that carries nothing but {@code metadata}, titled {@code operation}. */
    static void print(PrintWriter out, OutputPrinter printer, String operation, Metadata metadata) {
        if (printer.format() == OutputFormat.text) {
            out.println("RESPONSEMETADATA\t" + metadata.statusCode() + "\t"
                    + metadata.requestId().orElse("") + "\t" + (metadata.attempts() - 1));
            if (metadata.dryRun()) {
                out.println("DRYRUN\tTrue");
            }
            out.flush();
            return;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        if (metadata.dryRun()) {
            root.put("DryRun", true);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("RequestId", metadata.requestId().orElse(""));
        tree.put("HTTPStatusCode", (long) metadata.statusCode());
        tree.put("RetryAttempts", (long) metadata.attempts() - 1);
        root.put("ResponseMetadata", tree);
        printer.print(operation, root, out);
    }
}
