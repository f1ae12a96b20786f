package dev.ec2lite.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top-level {@code ec2lite} command; {@link Main} adds the one subcommand being run. */
final class Ec2liteCommand implements Runnable, ModelledCommand {
    static final String DESCRIPTION = "A small Amazon EC2 client without the AWS SDK.";

    CommandSpec spec;

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "ec2lite", DESCRIPTION);
        return spec;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
