package dev.ec2lite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The {@code ec2lite} command: parses arguments, runs one subcommand, exits with its code. */
public final class Main {
    /**
     * Picocli registers converters for every {@code java.sql} and {@code java.time} type by reflection
     * when it builds a model, loading about 80 classes a one-call process never uses; no option here
     * has such a type except {@code local-endpoint --fixed-time}, which brings its own converter.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

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
        try {
            return run(args, outWriter, errWriter, env, terminal);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The top-level options are answered without picocli (a version or the command list needs no
     * model); otherwise only the named subcommand is registered, so only its model is built.
     */
    private static int run(
            String[] args, PrintWriter outWriter, PrintWriter errWriter, Map<String, String> env, Terminal terminal) {
        String first = args.length == 0 ? null : args[0];
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            outWriter.println("ec2lite " + VersionProvider.version());
            return ExitCodes.SUCCESS;
        }
        if (args.length == 1 && (first.equals("--help") || first.equals("-h"))) {
            Subcommands.printUsage(outWriter);
            return ExitCodes.SUCCESS;
        }
        if (first == null) {
            errWriter.println("ec2lite: a command is required");
            Subcommands.printUsage(errWriter);
            return ExitCodes.USAGE;
        }
        Subcommands.Entry entry = Subcommands.named(first).orElse(null);
        if (entry == null && !first.startsWith("-")) {
            errWriter.println("ec2lite: unknown command '" + first + "'; 'ec2lite --help' lists the commands");
            return ExitCodes.USAGE;
        }
        CommandLine commandLine;
        // Picocli reads the property as each CommandLine is made; it is restored at once, so that
        // nothing else in this JVM sees it.
        String excludes = System.getProperty(CONVERTER_EXCLUDES);
        if (excludes == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        try {
            commandLine = new CommandLine(new Ec2liteCommand().model());
            if (entry != null) {
                // Added before the settings below, which picocli applies to the subcommands present.
                commandLine.addSubcommand(
                        entry.name(),
                        new CommandLine(create(entry.type(), env, terminal).model()));
            }
        } finally {
            if (excludes == null) {
                System.clearProperty(CONVERTER_EXCLUDES);
            }
        }
        commandLine
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
        return commandLine.execute(args);
    }

    /** A new command of {@code type}, given the environment it should read (so tests inject theirs). */
    static ModelledCommand create(Class<? extends ModelledCommand> type, Map<String, String> env, Terminal terminal) {
        ModelledCommand command;
        try {
            command = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the command " + type.getName(), e);
        }
        if (command instanceof EnvironmentAware aware) {
            aware.environment(env);
            aware.terminal(terminal);
        }
        return command;
    }
}
