package dev.ec2lite.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code ec2lite} command; it only lists its subcommands. */
@Command(
        name = "ec2lite",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A small Amazon EC2 client without the AWS SDK.",
        subcommands = {
            DemoCommand.class,
            AttachNetworkInterfaceCommand.class,
            DescribeInstancesCommand.class,
            DescribeNetworkInterfacesCommand.class,
            DetachNetworkInterfaceCommand.class,
            MoveNetworkInterfaceCommand.class,
            LocalEndpointCommand.class,
            MetadataCommand.class,
            SignCommand.class,
            WaitCommand.class
        })
final class Ec2liteCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
