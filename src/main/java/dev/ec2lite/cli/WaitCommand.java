package dev.ec2lite.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ec2lite wait …}: the AWS CLI's waiters that a fail-over needs. */
@Command(
        name = "wait",
        mixinStandardHelpOptions = true,
        description =
                "Wait until network interfaces reach a state, as aws ec2 wait does (exit 255 when they" + " do not).",
        subcommands = {NetworkInterfaceWaitCommand.Available.class, NetworkInterfaceWaitCommand.InUse.class})
final class WaitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a waiter name is required");
    }
}
