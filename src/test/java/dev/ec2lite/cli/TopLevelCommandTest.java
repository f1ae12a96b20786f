package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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
    void everyCommandAndWaiterPrintsTheSameVersionAsTheTopLevel() {
        String version = CliRun.run("--version").out();
        List<List<String>> commands = new ArrayList<>();
        for (Subcommands.Entry entry : Subcommands.ALL) {
            commands.add(List.of(entry.name()));
        }
        commands.add(List.of("wait", "network-interface-available"));
        commands.add(List.of("wait", "network-interface-in-use"));
        for (List<String> command : commands) {
            for (String option : List.of("--version", "-V")) {
                List<String> args = new ArrayList<>(command);
                args.add(option);
                CliRun run = CliRun.run(args.toArray(String[]::new));
                assertEquals(0, run.exitCode(), args + ": " + run.err());
                assertEquals(version, run.out(), args.toString());
            }
        }
    }

    /**
     * Commands declare their model in code and Main never reads picocli's annotations, so an
     * {@code @Option} on a field would be silently ignored: none may carry one.
     */
    @Test
    void noCommandCarriesPicocliAnnotationsThatNothingReads() {
        for (CommandSpec model : everyModel()) {
            Class<?> command = model.userObject().getClass();
            for (Class<?> type = command; type != Object.class; type = type.getSuperclass()) {
                assertNoPicocliAnnotation(type.getName(), type.getDeclaredAnnotations());
                for (Field field : type.getDeclaredFields()) {
                    assertNoPicocliAnnotation(type.getName() + "." + field.getName(), field.getDeclaredAnnotations());
                    assertNoPicocliAnnotationInside(field.getType());
                }
            }
        }
    }

    /** Every command's model as Main builds it, and the models of their subcommands (the waiters). */
    private static List<CommandSpec> everyModel() {
        List<CommandSpec> models = new ArrayList<>();
        for (Subcommands.Entry entry : Subcommands.ALL) {
            models.add(Main.create(entry.type(), Map.of(), null).model());
        }
        for (int i = 0; i < models.size(); i++) {
            for (CommandLine sub : models.get(i).subcommands().values()) {
                models.add(sub.getCommandSpec());
            }
        }
        return models;
    }

    /** The options a command holds in an object of its own package ({@code ClientOptions}, {@code MoveOptions}). */
    private static void assertNoPicocliAnnotationInside(Class<?> holder) {
        if (!holder.getPackageName().equals(Main.class.getPackageName())) {
            return;
        }
        for (Field field : holder.getDeclaredFields()) {
            assertNoPicocliAnnotation(holder.getName() + "." + field.getName(), field.getDeclaredAnnotations());
            if (field.getType() != holder) {
                assertNoPicocliAnnotationInside(field.getType());
            }
        }
    }

    private static void assertNoPicocliAnnotation(String where, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            assertFalse(
                    annotation.annotationType().getName().startsWith("picocli."),
                    where + " has @" + annotation.annotationType().getSimpleName()
                            + ", which nothing reads: declare the option in the command's model");
        }
    }

    /**
     * Main switches picocli's {@code java.sql} and {@code java.time} converters off for start-up, so an
     * option of such a type must bring its own converter, or it would fail only when used.
     */
    @Test
    void noOptionNeedsTheConvertersThatAreSwitchedOff() {
        for (CommandSpec model : everyModel()) {
            for (OptionSpec option : model.options()) {
                String type = option.typeInfo().getClassName();
                if (type.startsWith("java.time.") || type.startsWith("java.sql.")) {
                    assertTrue(
                            option.converters().length > 0,
                            model.qualifiedName() + " " + option.longestName() + " (" + type + ") has no converter");
                }
            }
        }
    }

    @Test
    void theConverterSettingDoesNotOutliveTheCommand() {
        CliRun.run("--version");
        CliRun.run("describe-everything");
        CliRun.run("local-endpoint", "--help");
        assertNull(System.getProperty("picocli.converters.excludes"));
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
