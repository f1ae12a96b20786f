package dev.ec2lite.cli;

import dev.ec2lite.DetachNetworkInterfaceRequest;
import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.MoveNetworkInterfaceResponse;
import dev.ec2lite.NetworkInterface;
import dev.ec2lite.WaiterConfig;
import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.RecordedRequest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ec2lite demo}: the main job, offline. Starts the embedded EC2 endpoint and, through the real
 * client over real HTTP with real signatures, walks through a detach and a fail-over.
 */
final class DemoCommand implements Callable<Integer>, ModelledCommand {
    CommandSpec spec;
    long stateDelayMillis;
    long pollMillis;
    boolean tls;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(
                CommandModel.option("--state-delay-ms", long.class, () -> stateDelayMillis, v -> stateDelayMillis = v)
                        .defaultValue("1500")
                        .paramLabel("MS")
                        .description("How long the endpoint keeps an interface attaching or detaching (default 1500).")
                        .build());
        model.addOption(CommandModel.option("--poll-ms", long.class, () -> pollMillis, v -> pollMillis = v)
                .defaultValue("500")
                .paramLabel("MS")
                .description("How often the waiters poll (default 500).")
                .build());
        model.addOption(CommandModel.option("--tls", boolean.class, () -> tls, v -> tls = v)
                .description("Serve the endpoint over https, with a certificate made for this run, which the"
                        + " demo's client trusts as its CA bundle (as --ca-bundle would).")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "demo",
                "Run the main job offline against an embedded EC2 endpoint: dry run, detach, wait,"
                        + " the error of a second detach, and a fail-over move.");
        declareOptions(model);
        return model;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stateDelayMillis < 0 || pollMillis < 1) {
            err.println("ec2lite demo: --state-delay-ms must be 0 or more and --poll-ms 1 or more");
            return ExitCodes.USAGE;
        }
        Duration stateDelay = Duration.ofMillis(stateDelayMillis);
        LocalEc2Endpoint.Builder endpointBuilder =
                LocalEc2Endpoint.builder().attachDelay(stateDelay).detachDelay(stateDelay);
        if (tls) {
            endpointBuilder.tls();
        }
        try (LocalEc2Endpoint endpoint = endpointBuilder.start();
                CaBundleFile trust = CaBundleFile.of(endpoint);
                Ec2Client ec2 = client(endpoint, trust)) {
            new DemoScript(
                            ec2,
                            endpoint,
                            out,
                            new WaiterConfig(Duration.ofMillis(pollMillis), 60, Duration.ofMinutes(2)))
                    .run();
            return ExitCodes.SUCCESS;
        } catch (Ec2Exception | IllegalStateException | UncheckedIOException e) {
            err.println("ec2lite demo: failed: " + e.getMessage());
            return ExitCodes.OTHER;
        }
    }

    /**
     * A real client, configured from nothing on this machine: the endpoint's URL, region and example
     * keys, and over TLS its certificate as the only CA.
     */
    private static Ec2Client client(LocalEc2Endpoint endpoint, CaBundleFile trust) {
        Environment nothing = Environment.of(
                Map.of("AWS_EC2_METADATA_DISABLED", "true"), Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
        Ec2Client.Builder builder = Ec2Client.builder()
                .environment(nothing)
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(endpoint.credentials()));
        trust.path().ifPresent(builder::caBundle);
        return builder.build();
    }

    /** The steps, printed as they happen. */
    private record DemoScript(Ec2Client ec2, LocalEc2Endpoint endpoint, PrintWriter out, WaiterConfig waiting) {
        void run() {
            String eni = LocalEc2Endpoint.FLOATING_INTERFACE_ID;
            String attachment = LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
            String primary = LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
            String standby = LocalEc2Endpoint.STANDBY_INSTANCE_ID;
            out.println("ec2lite demo: an embedded EC2 endpoint at " + endpoint.endpoint() + " (region "
                    + endpoint.region() + ", every request's SigV4 signature checked)");
            printState();

            step(1, "Dry run: may we detach " + attachment + "?");
            DetachNetworkInterfaceResponse dry = ec2.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                    .attachmentId(attachment)
                    .dryRun(true)
                    .build());
            result(
                    "DryRunOperation (HTTP " + dry.statusCode() + "): it would have succeeded",
                    dry.requestId().orElse(""));

            step(2, "Detach " + attachment + " (" + eni + " from " + primary + ")");
            DetachNetworkInterfaceResponse detached = ec2.detachNetworkInterface(attachment);
            result("detaching", detached.requestId().orElse(""));

            step(
                    3,
                    "Wait until " + eni + " is available (DescribeNetworkInterfaces every "
                            + waiting.delay().toMillis() + " ms)");
            NetworkInterface available = ec2.waitUntilNetworkInterfaceAvailable(eni, waiting);
            result(available.describe(), "");

            step(4, "Detach " + attachment + " again");
            try {
                ec2.detachNetworkInterface(attachment);
                throw new IllegalStateException("the second detach should have failed");
            } catch (Ec2ServiceException e) {
                out.println("    An error occurred (" + e.errorCode() + ") when calling the DetachNetworkInterface"
                        + " operation: " + e.errorMessage());
                result(
                        "mapped to Ec2ServiceException, HTTP " + e.statusCode(),
                        e.requestId().orElse(""));
            }

            step(5, "Fail over: move " + eni + " to the standby " + standby + " at device index 1");
            MoveNetworkInterfaceResponse moved = ec2.moveNetworkInterface(
                    eni, standby, 1, false, waiting, (s, detail) -> out.println("    " + s + ": " + detail));

            step(6, "The standby dies; force the interface back to " + primary);
            endpoint.stopInstance(standby);
            MoveNetworkInterfaceResponse back = ec2.moveNetworkInterface(
                    eni, primary, 1, true, waiting, (s, detail) -> out.println("    " + s + ": " + detail));
            new PrivateIpDemoStep(ec2, endpoint, out, waiting).run(7);
            ElasticIpDemoStep.run(ec2, out, waiting);
            RouteDemoStep.run(ec2, endpoint, out, waiting);
            out.println();
            printState();
            long verified = endpoint.requests().stream()
                    .filter(RecordedRequest::signatureVerified)
                    .count();
            out.println("Done: " + eni + " went " + primary + " -> " + moved.instanceId() + " -> " + back.instanceId()
                    + "; " + verified + " of " + endpoint.requests().size() + " requests had a verified signature.");
        }

        private void printState() {
            out.println();
            out.println(endpoint.state().toString().strip());
        }

        private void step(int number, String what) {
            out.println();
            out.println(number + ". " + what);
        }

        private void result(String what, String requestId) {
            out.println("    -> " + what + (requestId.isEmpty() ? "" : " (request id " + requestId + ")"));
        }
    }
}
