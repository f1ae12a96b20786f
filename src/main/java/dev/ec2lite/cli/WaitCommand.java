package dev.ec2lite.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code ec2lite wait …}: the AWS CLI's waiters that a fail-over needs. */
final class WaitCommand implements Runnable, EnvironmentAware, ModelledCommand {
    CommandSpec spec;

    private Map<String, String> env = Map.of();
    private Terminal terminal;

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void terminal(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "wait",
                "Wait until network interfaces reach a state, as aws ec2 wait does (exit 255 when they do not).");
        spec = model;
        for (Class<? extends ModelledCommand> waiter :
                List.of(NetworkInterfaceWaitCommand.Available.class, NetworkInterfaceWaitCommand.InUse.class)) {
            // The waiters read the environment this command was given.
            CommandSpec waiterModel = Main.create(waiter, env, terminal).model();
            model.addSubcommand(waiterModel.name(), waiterModel);
        }
        return model;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a waiter name is required");
    }
}
