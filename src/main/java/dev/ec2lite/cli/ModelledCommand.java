package dev.ec2lite.cli;

import picocli.CommandLine.Model.CommandSpec;

/** A command that declares its own picocli model in code (see {@link CommandModel}). */
interface ModelledCommand {
    /**
     * This command's name, description, options and subcommands, bound to this object's fields. Called
     * once, after {@link EnvironmentAware}'s setters (a command hands its environment to the
     * subcommands it makes here).
     */
    CommandSpec model();
}
