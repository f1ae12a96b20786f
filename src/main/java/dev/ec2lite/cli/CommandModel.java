package dev.ec2lite.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How a command tells picocli its name, description and options: in code, through picocli's
 * programmatic model, rather than with its annotations. Reading annotations costs a one-call process
 * dearly: the JDK parses each annotated member and generates a proxy class for every annotation type,
 * and picocli scans each class (down from {@code Object}) for them. Declared in code, a detach through
 * the launcher costs about 13 % less CPU, through {@code java -jar} about 7 % (31 alternating rounds).
 */
final class CommandModel {
    private static final VersionProvider VERSION = new VersionProvider();

    private CommandModel() {}

    /** A command's model, with the {@code -h}/{@code --help} and {@code -V}/{@code --version} every command has. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        spec.versionProvider(VERSION);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
        return spec;
    }

    /**
     * An option of a single value: {@code set} stores what the user gave, {@code get} reads the field.
     * The field's value now is the option's initial value, the one picocli resets it to.
     */
    static <T> OptionSpec.Builder option(String name, Class<T> type, Supplier<T> get, Consumer<T> set) {
        Binding<T> binding = new Binding<>(get, set);
        return OptionSpec.builder(name)
                .type(type)
                .getter(binding)
                .setter(binding)
                .initialValue(get.get())
                .hasInitialValue(true);
    }

    /** An option that may be given several values, collected in a list of strings. */
    static OptionSpec.Builder listOption(String name, Supplier<List<String>> get, Consumer<List<String>> set) {
        Binding<List<String>> binding = new Binding<>(get, set);
        return OptionSpec.builder(name)
                .type(List.class)
                .auxiliaryTypes(String.class)
                .getter(binding)
                .setter(binding)
                .initialValue(get.get())
                .hasInitialValue(true);
    }

    /** A field of a command, reached through the two lambdas that read and write it. */
    private record Binding<T>(Supplier<T> read, Consumer<T> write) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) read.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            V old = (V) read.get();
            write.accept((T) value);
            return old;
        }
    }
}
