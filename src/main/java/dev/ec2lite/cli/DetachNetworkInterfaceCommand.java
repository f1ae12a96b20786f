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
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite detach-network-interface}: the AWS CLI's command of the same name. */
final class DetachNetworkInterfaceCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    static final String OPERATION = "DetachNetworkInterface";

    CommandSpec spec;
    String attachmentId;
    Boolean force;
    Boolean dryRun;
    boolean waitUntilAvailable;
    MoveNetworkInterfaceCommand.WaitOptions waiting = new MoveNetworkInterfaceCommand.WaitOptions();
    ClientOptions client = new ClientOptions();

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option("--attachment-id", String.class, () -> attachmentId, v -> attachmentId = v)
                .required(true)
                .paramLabel("ID")
                .description("The attachment to remove.")
                .build());
        model.addOption(CommandModel.option("--force", Boolean.class, () -> force, v -> force = v)
                .negatable(true)
                .description("Detach even if the instance does not respond (--no-force sends Force=false).")
                .build());
        model.addOption(CommandModel.option("--dry-run", Boolean.class, () -> dryRun, v -> dryRun = v)
                .negatable(true)
                .description("Only check that you may detach; nothing changes (--no-dry-run sends DryRun=false).")
                .build());
        model.addOption(CommandModel.option(
                        "--wait", boolean.class, () -> waitUntilAvailable, v -> waitUntilAvailable = v)
                .description("After the detach, wait until the interface is available (see --wait-timeout). When the"
                        + " wait cannot run (no ec2:DescribeNetworkInterfaces) or does not finish, exit 255 and say"
                        + " so on stderr, with the detach itself done.")
                .build());
        waiting.declareOptions(model);
        client.declareOptions(model);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "detach-network-interface",
                "Detach a network interface from an instance (EC2 DetachNetworkInterface).");
        declareOptions(model);
        return model;
    }

    private Map<String, String> env = Map.of();

    /**
     * The interface an attachment belongs to, looked up before the attachment is gone. A failed
     * look-up (throttling, no describe permission) does not stop the detach itself, but the wait then
     * cannot run: the command says so and fails, as {@code aws ec2 wait} does.
     *
     * @throws WaitImpossible saying why there is nothing to wait for
     */
    private static String interfaceOf(Ec2Client ec2, String attachmentId) {
        try {
            return ec2
                    .describeNetworkInterfaces(DescribeNetworkInterfacesRequest.byAttachmentId(attachmentId))
                    .networkInterfaces()
                    .stream()
                    .findFirst()
                    .map(NetworkInterface::networkInterfaceId)
                    .orElseThrow(() -> new WaitImpossible("no interface has attachment " + attachmentId));
        } catch (Ec2Exception e) {
            throw new WaitImpossible("could not look up the interface of " + attachmentId + ": " + e.getMessage());
        }
    }

    /** Why {@code --wait} cannot run; carried past the detach, which goes ahead. */
    private static final class WaitImpossible extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WaitImpossible(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The wait after a detach that happened. It never lies: when it cannot run or does not finish, the
     * exit code is 255 (as {@code aws ec2 wait}), and stderr says why and that the detach was done.
     */
    private int waitAfterDetach(
            Ec2Client ec2,
            String networkInterfaceId,
            WaitImpossible noWait,
            DetachNetworkInterfaceResponse response,
            PrintWriter err) {
        String reason;
        if (noWait != null) {
            reason = "--wait could not run: " + noWait.getMessage();
        } else {
            try {
                NetworkInterface available =
                        ec2.waitUntilNetworkInterfaceAvailable(networkInterfaceId, waiting.config());
                err.println("waited: " + available.describe());
                return ExitCodes.SUCCESS;
            } catch (Ec2Exception e) {
                reason = "--wait did not finish: " + e.getMessage();
            }
        }
        err.println("ec2lite: " + reason);
        err.println("ec2lite: the detach itself was done (request id "
                + response.requestId().orElse("none") + "); the interface may still be detaching");
        return ExitCodes.OTHER;
    }

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
                boolean waits = waitUntilAvailable && !request.dryRun().orElse(false);
                String networkInterfaceId = null;
                WaitImpossible noWait = null;
                if (waits) {
                    try {
                        networkInterfaceId = interfaceOf(ec2, request.attachmentId());
                    } catch (WaitImpossible e) {
                        noWait = e;
                    }
                }
                DetachNetworkInterfaceResponse response = ec2.detachNetworkInterface(request);
                ResponsePrinter.print(spec.commandLine().getOut(), printer, response);
                if (!waits) {
                    return ExitCodes.SUCCESS;
                }
                return waitAfterDetach(ec2, networkInterfaceId, noWait, response, err);
            }
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
    }
}
