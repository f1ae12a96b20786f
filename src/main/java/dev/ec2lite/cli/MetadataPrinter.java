package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.config.Environment;
import dev.ec2lite.providers.InstanceIdentity;
import dev.ec2lite.providers.InstanceMetadata;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Reads the instance identity and prints it as JSON, in the AWS CLI's key style. */
final class MetadataPrinter {
    static final String OPERATION = "InstanceMetadata";

    private MetadataPrinter() {}

    static int run(Environment env, String profile, PrintWriter out, PrintWriter err) {
        InstanceIdentity identity;
        try {
            identity = InstanceMetadata.builder()
                    .environment(env)
                    .profile(profile)
                    .build()
                    .identity();
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("InstanceId", identity.instanceId());
        root.put("Region", identity.region());
        root.put("AvailabilityZone", identity.availabilityZone());
        ArrayNode interfaces = root.putArray("NetworkInterfaces");
        for (InstanceIdentity.Interface eni : identity.networkInterfaces()) {
            ObjectNode node = interfaces.addObject();
            node.put("MacAddress", eni.macAddress());
            node.put("NetworkInterfaceId", eni.networkInterfaceId());
            eni.deviceNumber().ifPresent(device -> node.put("DeviceNumber", device));
        }
        try {
            out.println(json.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.SUCCESS;
    }
}
