package dev.ec2lite.cli;

import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** {@code ec2lite local-endpoint}: runs the embedded EC2 endpoint until stopped, for scripts and manual tries. */
final class LocalEndpointCommand implements Callable<Integer>, ModelledCommand {
    CommandSpec spec;
    int port;
    long stateDelayMillis;
    Long exitAfterSeconds;
    Instant fixedTime;
    int extraInterfaces;
    boolean tls;

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.option("--port", int.class, () -> port, v -> port = v)
                .defaultValue("0")
                .paramLabel("N")
                .description("The port (default: a free one).")
                .build());
        model.addOption(
                CommandModel.option("--state-delay-ms", long.class, () -> stateDelayMillis, v -> stateDelayMillis = v)
                        .defaultValue("2000")
                        .paramLabel("MS")
                        .description("How long an interface stays attaching or detaching (default 2000).")
                        .build());
        model.addOption(
                CommandModel.option("--exit-after", Long.class, () -> exitAfterSeconds, v -> exitAfterSeconds = v)
                        .paramLabel("SECONDS")
                        .description("Stop by itself after this many seconds (default: run until interrupted).")
                        .build());
        model.addOption(CommandModel.option("--fixed-time", Instant.class, () -> fixedTime, v -> fixedTime = v)
                .paramLabel("INSTANT")
                .converters(new IsoInstant())
                .description("Stop the endpoint's clock at this ISO-8601 instant (2026-01-01T00:00:00Z), so its"
                        + " answers repeat exactly; attach and detach then never settle.")
                .build());
        model.addOption(
                CommandModel.option("--extra-interfaces", int.class, () -> extraInterfaces, v -> extraInterfaces = v)
                        .defaultValue("0")
                        .paramLabel("N")
                        .description("Add N available interfaces to the scenario (to try pagination; default 0).")
                        .build());
        model.addOption(CommandModel.option("--tls", boolean.class, () -> tls, v -> tls = v)
                .description("Serve https with a certificate for 127.0.0.1 made for this run, written to a"
                        + " temporary PEM file (removed on exit) for clients to pass as --ca-bundle.")
                .build());
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this, "local-endpoint", "Run the embedded EC2 endpoint on 127.0.0.1 until interrupted (Ctrl-C).");
        declareOptions(model);
        return model;
    }

    /** An ISO-8601 instant; picocli's own {@code java.time} converters are switched off (see {@link Main}). */
    static final class IsoInstant implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0
                || port > 65535
                || stateDelayMillis < 0
                || (exitAfterSeconds != null && exitAfterSeconds < 0)
                || extraInterfaces < 0
                || extraInterfaces > 1000) {
            spec.commandLine()
                    .getErr()
                    .println("ec2lite local-endpoint: --port must be 0..65535, delays 0 or more,"
                            + " --extra-interfaces 0..1000");
            return ExitCodes.USAGE;
        }
        Duration delay = Duration.ofMillis(stateDelayMillis);
        LocalEc2Endpoint endpoint;
        CaBundleFile trust;
        try {
            LocalEc2Endpoint.Builder builder =
                    LocalEc2Endpoint.builder().port(port).attachDelay(delay).detachDelay(delay);
            if (tls) {
                builder.tls();
            }
            if (fixedTime != null) {
                builder.resourceClock(Clock.fixed(fixedTime, ZoneOffset.UTC));
            }
            endpoint = builder.start();
            try {
                trust = CaBundleFile.of(endpoint);
            } catch (RuntimeException e) {
                endpoint.close();
                throw e;
            }
            for (int i = 1; i <= extraInterfaces; i++) {
                endpoint.addNetworkInterface("spare interface " + i);
            }
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("ec2lite local-endpoint: cannot start: " + e.getMessage());
            return ExitCodes.OTHER;
        }
        Runnable release = () -> {
            try {
                endpoint.close();
            } finally {
                trust.close(); // the CA file goes even if the endpoint's threads did not stop in time
            }
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            release.run();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("EC2 endpoint: " + endpoint.endpoint() + "  (region " + endpoint.region() + ")");
            out.println("Use AWS's documented example key pair (it is not a secret):");
            out.println("  export AWS_ACCESS_KEY_ID=" + endpoint.credentials().accessKeyId());
            out.println(
                    "  export AWS_SECRET_ACCESS_KEY=" + endpoint.credentials().secretAccessKey());
            out.println("  export AWS_REGION=" + endpoint.region());
            String caBundle = trust.path().map(file -> " --ca-bundle " + file).orElse("");
            trust.path()
                    .ifPresent(file -> out.println(
                            "CA bundle: " + file + "  (this run's certificate for 127.0.0.1; removed on exit)"));
            out.println("  java -jar target/ec2lite.jar detach-network-interface --endpoint-url " + endpoint.endpoint()
                    + caBundle + " --attachment-id " + LocalEc2Endpoint.FLOATING_ATTACHMENT_ID);
            out.println();
            out.println(endpoint.state());
            out.flush();
            if (exitAfterSeconds == null) {
                stopped.await();
            } else {
                stopped.await(exitAfterSeconds, TimeUnit.SECONDS);
            }
            return ExitCodes.SUCCESS;
        } finally {
            // Released here unless the hook did it; the hook cannot be removed once the JVM is exiting.
            if (stopped.getCount() > 0 && removeHook(hook)) {
                release.run();
            }
        }
    }

    /** False when the JVM is already exiting, so the hook is the one that releases. */
    private static boolean removeHook(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            return false;
        }
    }
}
