package dev.ec2lite.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code ec2lite} command; {@link Main} adds the one subcommand being run. */
@Command(
        name = "ec2lite",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = Ec2liteCommand.DESCRIPTION)
final class Ec2liteCommand implements Runnable {
    static final String DESCRIPTION = "A small Amazon EC2 client without the AWS SDK.";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
