package dev.ec2lite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The {@code ec2lite} command: parses arguments, runs one subcommand, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs the command in-process: what tests call, with their own streams and environment. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, Terminal.system());
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Map)}, asking questions on {@code terminal} (null: none). */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Terminal terminal) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine commandLine = new CommandLine(new Ec2liteCommand(), new CommandFactory(env, terminal))
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // A bug, not a user error: say what it was in one line, without a stack trace.
                    cmd.getErr().println("ec2lite: internal error: " + e);
                    return ExitCodes.OTHER;
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
            for (CommandLine waiter : sub.getSubcommands().values()) {
                waiter.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
            }
        }
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** Hands each command the environment it should read, so tests inject theirs. */
    private record CommandFactory(Map<String, String> env, Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (EnvironmentAware.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((EnvironmentAware) command).environment(env);
                ((EnvironmentAware) command).terminal(terminal);
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
