package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.DetachNetworkInterfaceResponse;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints answers shaped like boto3's, as the AWS CLI does. */
final class ResponsePrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResponsePrinter() {}

    static void print(PrintWriter out, ClientOptions.OutputFormat format, DetachNetworkInterfaceResponse response) {
        if (format == ClientOptions.OutputFormat.text) {
            out.println("RESPONSEMETADATA\t" + response.statusCode() + "\t"
                    + response.requestId().orElse("") + "\t" + (response.attempts() - 1));
            if (response.dryRun()) {
                out.println("DRYRUN\tTrue");
            }
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        if (response.dryRun()) {
            root.put("DryRun", true);
        }
        ObjectNode metadata = root.putObject("ResponseMetadata");
        metadata.put("RequestId", response.requestId().orElse(""));
        metadata.put("HTTPStatusCode", response.statusCode());
        metadata.put("RetryAttempts", response.attempts() - 1);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
