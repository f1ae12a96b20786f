package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.ElasticIpAddress;
import dev.ec2lite.MoveAddressRequest;
import dev.ec2lite.MoveAddressResponse;
import dev.ec2lite.cli.output.OutputFormat;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite move-address}: the Elastic IP fail-over, look up → check → associate → verify. */
final class MoveAddressCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    static final String OPERATION = "MoveAddress";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    CommandSpec spec;
    String allocationId;
    String instanceId;
    String networkInterfaceId;
    String privateIpAddress;
    MoveOptions move = new MoveOptions();
    ClientOptions client = new ClientOptions();

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option("--allocation-id", String.class, () -> allocationId, v -> allocationId = v)
                .required(true)
                .paramLabel("ID")
                .description("The Elastic IP to move.")
                .build());
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .paramLabel("ID")
                .description("Move it to this instance's primary interface, on its primary private address.")
                .build());
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .paramLabel("ID")
                .description("Move it to this interface.")
                .build());
        model.addOption(CommandModel.option(
                        "--private-ip-address", String.class, () -> privateIpAddress, v -> privateIpAddress = v)
                .paramLabel("IP")
                .description("With --network-interface-id: the interface's private address (default: its primary one).")
                .build());
        move.declareOptions(model);
        client.declareOptions(model);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "move-address",
                "Move an Elastic IP to another instance or network interface: look it up, check the target"
                        + " (it exists, the private address is its own, it is in the VPC the address serves now),"
                        + " associate it there with AllowReassociation, and describe it again until EC2 shows the new"
                        + " association. Progress goes to stderr, the result to stdout.");
        declareOptions(model);
        return model;
    }

    private Map<String, String> env = Map.of();

    @Override
    public void terminal(Terminal terminal) {
        client.terminal = terminal;
    }

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ec2Client.Builder builder;
        MoveAddressRequest request;
        try {
            request = MoveAddressRequest.builder()
                    .allocationId(allocationId)
                    .instanceId(instanceId)
                    .networkInterfaceId(networkInterfaceId)
                    .privateIpAddress(privateIpAddress)
                    .waiting(move.waiting())
                    .deadline(move.deadline())
                    .verifyTarget(move.verifyTarget())
                    .build();
            builder = client.clientBuilder(env, err);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorReporter.invalidInput(e, err);
        }
        try (Ec2Client ec2 = builder.build()) {
            if (client.debug) {
                err.println("[debug] " + ec2.describeConfiguration());
            }
            MoveAddressResponse moved = ec2.moveAddress(request, (step, detail) -> {
                err.println(step + ": " + detail);
                err.flush();
            });
            print(spec.commandLine().getOut(), moved);
            return ExitCodes.SUCCESS;
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
    }

    private void print(PrintWriter out, MoveAddressResponse moved) {
        ElasticIpAddress address = moved.address();
        if (client.output == OutputFormat.text) {
            out.println(moved.allocationId() + "\t" + address.publicIp() + "\t" + moved.associationId() + "\t"
                    + address.networkInterfaceId().orElse("") + "\t"
                    + address.privateIpAddress().orElse("") + "\t"
                    + address.instanceId().orElse(""));
            out.flush();
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("AllocationId", moved.allocationId());
        root.put("PublicIp", address.publicIp());
        root.put("AssociationId", moved.associationId());
        Optional.ofNullable(moved.previousAssociationId()).ifPresent(id -> root.put("PreviousAssociationId", id));
        address.networkInterfaceId().ifPresent(id -> root.put("NetworkInterfaceId", id));
        address.privateIpAddress().ifPresent(ip -> root.put("PrivateIpAddress", ip));
        address.instanceId().ifPresent(id -> root.put("InstanceId", id));
        root.put("AlreadyThere", moved.alreadyThere());
        try {
            out.println(JSON.writeValueAsString(root));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
