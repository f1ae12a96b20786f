package dev.ec2lite.cli;

import dev.ec2lite.DescribeNetworkInterfacesRequest;
import dev.ec2lite.DetachNetworkInterfaceRequest;
import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.NetworkInterface;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.error.Ec2Exception;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ec2lite detach-network-interface}: the AWS CLI's command of the same name. */
@Command(
        name = "detach-network-interface",
        mixinStandardHelpOptions = true,
        description = "Detach a network interface from an instance (EC2 DetachNetworkInterface).")
final class DetachNetworkInterfaceCommand implements Callable<Integer>, EnvironmentAware {
    static final String OPERATION = "DetachNetworkInterface";

    @Spec
    CommandSpec spec;

    @Option(names = "--attachment-id", required = true, paramLabel = "ID", description = "The attachment to remove.")
    String attachmentId;

    @Option(
            names = "--force",
            negatable = true,
            description = "Detach even if the instance does not respond (--no-force sends Force=false).")
    Boolean force;

    @Option(
            names = "--dry-run",
            negatable = true,
            description = "Only check that you may detach; nothing changes (--no-dry-run sends DryRun=false).")
    Boolean dryRun;

    @Option(
            names = "--wait",
            description = "After the detach, wait until the interface is available (see --wait-timeout).")
    boolean waitUntilAvailable;

    @Mixin
    MoveNetworkInterfaceCommand.WaitOptions waiting = new MoveNetworkInterfaceCommand.WaitOptions();

    @Mixin
    ClientOptions client = new ClientOptions();

    private Map<String, String> env = Map.of();

    /**
     * The interface an attachment belongs to, looked up before the attachment is gone. A failed
     * look-up (throttling, no describe permission) must not stop the detach itself: it only means
     * there is nothing to wait for.
     */
    private String interfaceOf(Ec2Client ec2, String attachmentId) {
        try {
            String found = ec2
                    .describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byAttachmentId(attachmentId))
                    .networkInterfaces()
                    .stream()
                    .findFirst()
                    .map(NetworkInterface::networkInterfaceId)
                    .orElse(null);
            if (found == null) {
                spec.commandLine()
                        .getErr()
                        .println("ec2lite: no interface has attachment " + attachmentId + "; detaching without --wait");
            }
            return found;
        } catch (Ec2Exception e) {
            spec.commandLine()
                    .getErr()
                    .println("ec2lite: could not look up the interface of " + attachmentId + " (" + e.getMessage()
                            + "); detaching without --wait");
            return null;
        }
    }

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DetachNetworkInterfaceRequest request;
        Ec2Client.Builder builder;
        OutputPrinter printer;
        try {
            printer = client.printer();
            request = DetachNetworkInterfaceRequest.builder()
                    .attachmentId(attachmentId)
                    .force(force)
                    .dryRun(dryRun)
                    .build();
            builder = client.clientBuilder(env, err);
            if (waitUntilAvailable) {
                waiting.config();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorReporter.invalidInput(e, err);
        }
        try {
            try (Ec2Client ec2 = builder.build()) {
                if (client.debug) {
                    err.println("[debug] " + ec2.describeConfiguration());
                }
                String networkInterfaceId =
                        waitUntilAvailable && !request.dryRun().orElse(false)
                                ? interfaceOf(ec2, request.attachmentId())
                                : null;
                DetachNetworkInterfaceResponse response = ec2.detachNetworkInterface(request);
                if (networkInterfaceId != null) {
                    NetworkInterface available =
                            ec2.waitUntilNetworkInterfaceAvailable(networkInterfaceId, waiting.config());
                    err.println("waited: " + available.describe());
                }
                ResponsePrinter.print(spec.commandLine().getOut(), printer, response);
                return ExitCodes.SUCCESS;
            }
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
    }
}
