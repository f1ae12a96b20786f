package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.MoveNetworkInterfaceRequest;
import dev.ec2lite.MoveNetworkInterfaceResponse;
import dev.ec2lite.WaiterConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite move-network-interface}: the fail-over move, detach → available → attach → in-use. */
final class MoveNetworkInterfaceCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    static final String OPERATION = "MoveNetworkInterface";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    CommandSpec spec;
    String networkInterfaceId;
    String instanceId;
    int deviceIndex;
    boolean force;
    MoveOptions move = new MoveOptions();
    ClientOptions client = new ClientOptions();

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The interface to move.")
                .build());
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .required(true)
                .paramLabel("ID")
                .description("The instance to move it to.")
                .build());
        model.addOption(CommandModel.option("--device-index", int.class, () -> deviceIndex, v -> deviceIndex = v)
                .required(true)
                .paramLabel("N")
                .description("The device slot on the new instance; 1 or more (0 is its primary interface).")
                .build());
        model.addOption(CommandModel.option("--force", boolean.class, () -> force, v -> force = v)
                .description("Force the detach (the old instance is dead or unresponsive).")
                .build());
        move.declareOptions(model);
        client.declareOptions(model);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "move-network-interface",
                "Move a network interface to another instance: check the target, detach (forced with"
                        + " --force), wait until available, attach, wait until in-use. Nothing is detached unless the"
                        + " target exists, accepts an attachment, is in the interface's zone and has the device index free"
                        + " (the checks need ec2:DescribeInstances; with --no-verify-target a wrong target is found only at"
                        + " the attach, after the detach)." + " Progress goes to stderr, the result to stdout.");
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
        MoveNetworkInterfaceRequest request;
        try {
            request = MoveNetworkInterfaceRequest.builder()
                    .networkInterfaceId(networkInterfaceId)
                    .instanceId(instanceId)
                    .deviceIndex(deviceIndex)
                    .force(force)
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
            MoveNetworkInterfaceResponse moved = ec2.moveNetworkInterface(request, (step, detail) -> {
                err.println(step + ": " + detail);
                err.flush();
            });
            print(spec.commandLine().getOut(), moved);
            return ExitCodes.SUCCESS;
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
    }

    private void print(PrintWriter out, MoveNetworkInterfaceResponse moved) {
        if (client.output == dev.ec2lite.cli.output.OutputFormat.text) {
            out.println(moved.networkInterfaceId() + "\t" + moved.instanceId() + "\t" + moved.deviceIndex() + "\t"
                    + moved.attachmentId() + "\t" + moved.networkInterface().status());
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("NetworkInterfaceId", moved.networkInterfaceId());
        root.put("InstanceId", moved.instanceId());
        root.put("DeviceIndex", moved.deviceIndex());
        root.put("AttachmentId", moved.attachmentId());
        if (moved.detachedAttachmentId() != null) {
            root.put("DetachedAttachmentId", moved.detachedAttachmentId());
        }
        root.put("Status", moved.networkInterface().status());
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The waiting options shared by the commands that wait. */
    static final class WaitOptions {
        long waitTimeoutSeconds;
        long waitDelaySeconds;

        /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
        void declareOptions(CommandSpec model) {
            model.addOption(CommandModel.option(
                            "--wait-timeout", long.class, () -> waitTimeoutSeconds, v -> waitTimeoutSeconds = v)
                    .defaultValue("300")
                    .paramLabel("SECONDS")
                    .description("Give up waiting after this many seconds (default 300).")
                    .build());
            model.addOption(
                    CommandModel.option("--wait-delay", long.class, () -> waitDelaySeconds, v -> waitDelaySeconds = v)
                            .defaultValue("5")
                            .paramLabel("SECONDS")
                            .description("Seconds between polls while waiting, 1 or more (default 5).")
                            .build());
        }

        WaiterConfig config() {
            // At least a second between polls: a tighter loop only earns throttling from EC2.
            if (waitTimeoutSeconds < 1 || waitDelaySeconds < 1) {
                throw new IllegalArgumentException("--wait-timeout and --wait-delay must be 1 or more");
            }
            return new WaiterConfig(
                    Duration.ofSeconds(waitDelaySeconds), Integer.MAX_VALUE, Duration.ofSeconds(waitTimeoutSeconds));
        }
    }
}
