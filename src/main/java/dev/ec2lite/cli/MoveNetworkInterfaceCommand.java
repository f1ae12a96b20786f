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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ec2lite move-network-interface}: the fail-over move, detach → available → attach → in-use. */
@Command(
        name = "move-network-interface",
        mixinStandardHelpOptions = true,
        description = "Move a network interface to another instance: check the target, detach (forced with"
                + " --force), wait until available, attach, wait until in-use. Nothing is detached unless the"
                + " target exists, accepts an attachment, is in the interface's zone and has the device index free"
                + " (the checks need ec2:DescribeInstances; with --no-verify-target a wrong target is found only at"
                + " the attach, after the detach)."
                + " Progress goes to stderr, the result to stdout.")
final class MoveNetworkInterfaceCommand implements Callable<Integer>, EnvironmentAware {
    static final String OPERATION = "MoveNetworkInterface";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--network-interface-id",
            required = true,
            paramLabel = "ID",
            description = "The interface to move.")
    String networkInterfaceId;

    @Option(names = "--instance-id", required = true, paramLabel = "ID", description = "The instance to move it to.")
    String instanceId;

    @Option(
            names = "--device-index",
            required = true,
            paramLabel = "N",
            description = "The device slot on the new instance; 1 or more (0 is its primary interface).")
    int deviceIndex;

    @Option(names = "--force", description = "Force the detach (the old instance is dead or unresponsive).")
    boolean force;

    @Mixin
    MoveOptions move = new MoveOptions();

    @Mixin
    ClientOptions client = new ClientOptions();

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
        @Option(
                names = "--wait-timeout",
                defaultValue = "300",
                paramLabel = "SECONDS",
                description = "Give up waiting after this many seconds (default 300).")
        long waitTimeoutSeconds;

        @Option(
                names = "--wait-delay",
                defaultValue = "5",
                paramLabel = "SECONDS",
                description = "Seconds between polls while waiting, 1 or more (default 5).")
        long waitDelaySeconds;

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
