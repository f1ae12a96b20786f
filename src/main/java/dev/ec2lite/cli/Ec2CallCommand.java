package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.OutputPrinter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that calls EC2 does the same way: check all input before any network I/O (exit
 * 252), build the client, call, print with the AWS CLI's output rules, and map failures to the AWS
 * CLI's exit codes.
 */
abstract class Ec2CallCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    CommandSpec spec;
    ClientOptions client = new ClientOptions();

    /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        client.declareOptions(model);
    }

    private Map<String, String> env = Map.of();

    /** The EC2 action, for error messages and the title of a table. */
    abstract String operation();

    /** Checks and converts the command's own options; throws IllegalArgumentException naming the bad one. */
    abstract void validate();

    /** Makes the call(s) and prints; returns the exit code. */
    abstract int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err);

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void terminal(Terminal terminal) {
        client.terminal = terminal;
    }

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputPrinter printer;
        Ec2Client.Builder builder;
        try {
            printer = client.printer();
            validate();
            builder = client.clientBuilder(env, err);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorReporter.invalidInput(e, err);
        }
        try (Ec2Client ec2 = builder.build()) {
            if (client.debug) {
                err.println("[debug] " + ec2.describeConfiguration());
            }
            return call(ec2, printer, spec.commandLine().getOut(), err);
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, operation(), err);
        }
    }
}
