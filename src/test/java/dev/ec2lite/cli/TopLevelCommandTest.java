package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The top level of the command line, which answers without building any command's model: the
 * version, the list of commands, and a missing or unknown command (exit 252, as the AWS CLI's usage
 * errors).
 */
class TopLevelCommandTest {
    @Test
    void versionPrintsOneLine() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("ec2lite \\S+\\R"), run.out());
        assertEquals(run.out(), CliRun.run("-V").out());
    }

    @Test
    void helpListsEveryCommandWithItsSummary() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exitCode());
        for (Subcommands.Entry entry : Subcommands.ALL) {
            assertTrue(run.out().contains("  " + entry.name() + " "), entry.name() + " missing from\n" + run.out());
        }
        assertTrue(run.out().startsWith("Usage: ec2lite"), run.out());
        assertEquals(run.out(), CliRun.run("-h").out());
    }

    @Test
    void everyListedCommandAnswersItsOwnHelp() {
        for (Subcommands.Entry entry : Subcommands.ALL) {
            CliRun run = CliRun.run(entry.name(), "--help");
            assertEquals(0, run.exitCode(), entry.name() + ": " + run.err());
            assertTrue(run.out().contains("Usage: ec2lite " + entry.name()), run.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run();
        assertEquals(252, run.exitCode());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() {
        CliRun run = CliRun.run("describe-everything");
        assertEquals(252, run.exitCode());
        assertTrue(run.err().contains("unknown command 'describe-everything'"), run.err());
    }
}
