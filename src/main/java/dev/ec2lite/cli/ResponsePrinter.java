package dev.ec2lite.cli;

import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.cli.output.OutputFormat;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a detach's answer shaped like boto3's, as the AWS CLI would with its metadata kept. */
final class ResponsePrinter {
    private ResponsePrinter() {}

    static void print(PrintWriter out, OutputPrinter printer, DetachNetworkInterfaceResponse response) {
        if (printer.format() == OutputFormat.text) {
            out.println("RESPONSEMETADATA\t" + response.statusCode() + "\t"
                    + response.requestId().orElse("") + "\t" + (response.attempts() - 1));
            if (response.dryRun()) {
                out.println("DRYRUN\tTrue");
            }
            out.flush();
            return;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        if (response.dryRun()) {
            root.put("DryRun", true);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("RequestId", response.requestId().orElse(""));
        metadata.put("HTTPStatusCode", (long) response.statusCode());
        metadata.put("RetryAttempts", (long) response.attempts() - 1);
        root.put("ResponseMetadata", metadata);
        printer.print(DetachNetworkInterfaceCommand.OPERATION, root, out);
    }
}
