package dev.ec2lite.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ec2lite metadata}: who this instance is, from its metadata service, as JSON. The metadata
 * classes are reached only from {@link MetadataPrinter}, so no other command loads them.
 */
@Command(
        name = "metadata",
        mixinStandardHelpOptions = true,
        description = "Print this instance's id, region, availability zone and network interfaces (MAC address,"
                + " interface id, device number) from the instance metadata service (IMDSv2; AWS_EC2_METADATA_DISABLED"
                + " and the IMDS endpoint settings apply).")
final class MetadataCommand implements Callable<Integer>, EnvironmentAware {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", description = "The profile whose IMDS settings apply.")
    String profile;

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
