package dev.ec2lite.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite metadata}: who this instance is, from its metadata service, as JSON. The metadata
 * classes are reached only from {@link MetadataPrinter}, so no other command loads them.
 */
final class MetadataCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    CommandSpec spec;
    String profile;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option("--profile", String.class, () -> profile, v -> profile = v)
                .paramLabel("NAME")
                .description("The profile whose IMDS settings apply.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "metadata",
                "Print this instance's id, region, availability zone and network interfaces (MAC address,"
                        + " interface id, device number) from the instance metadata service (IMDSv2; AWS_EC2_METADATA_DISABLED"
                        + " and the IMDS endpoint settings apply).");
        declareOptions(model);
        return model;
    }

    private Map<String, String> env = Map.of();

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return MetadataPrinter.run(
                ClientOptions.environment(env),
                profile,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
