package dev.ec2lite.cli;

import dev.ec2lite.DescribeNetworkInterfacesRequest;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.NetworkInterface;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.error.Ec2ServiceException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The AWS waiters on network interfaces: poll {@code DescribeNetworkInterfaces} every 20 seconds, at
 * most 10 times, until every interface found has the wanted status; an interface that does not exist
 * ends the wait at once. Prints nothing; any failure exits 255, as {@code aws ec2 wait} does.
 */
abstract class NetworkInterfaceWaitCommand extends Ec2CallCommand {
    List<String> networkInterfaceIds = List.of();
    List<String> filterArguments;
    int delaySeconds;
    int maxAttempts;

    /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
    @Override
    void declareOptions(CommandSpec model) {
        super.declareOptions(model);
        model.addOption(CommandModel.listOption(
                        "--network-interface-ids", () -> networkInterfaceIds, v -> networkInterfaceIds = v)
                .arity("1..*")
                .paramLabel("ID")
                .description("The interfaces to wait for (space-separated).")
                .build());
        model.addOption(CommandModel.listOption("--filters", () -> filterArguments, v -> filterArguments = v)
                .arity("1..*")
                .paramLabel("FILTER")
                .description("Wait for the interfaces these filters find: Name=…,Values=… or JSON, as for"
                        + " describe-network-interfaces.")
                .build());
        model.addOption(CommandModel.option("--wait-delay", int.class, () -> delaySeconds, v -> delaySeconds = v)
                .defaultValue("20")
                .paramLabel("SECONDS")
                .description("ec2lite only: seconds between polls, 1 to 3600 (default 20, as the AWS waiter).")
                .build());
        model.addOption(CommandModel.option("--max-attempts", int.class, () -> maxAttempts, v -> maxAttempts = v)
                .defaultValue("10")
                .paramLabel("N")
                .description("ec2lite only: polls before giving up, 1 to 1000 (default 10, as the AWS waiter).")
                .build());
    }

    private DescribeNetworkInterfacesRequest request;

    /** The AWS waiter's name. */
    abstract String waiterName();

    /** The status every interface must have. */
    abstract String wantedStatus();

    @Override
    String operation() {
        return "DescribeNetworkInterfaces";
    }

    @Override
    void validate() {
        if (delaySeconds < 1 || delaySeconds > 3600 || maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("--wait-delay must be 1 to 3600 and --max-attempts 1 to 1000");
        }
        DescribeNetworkInterfacesRequest.Builder builder =
                DescribeNetworkInterfacesRequest.builder().networkInterfaceIds(networkInterfaceIds);
        FilterArguments.parse(filterArguments).forEach(builder::filter);
        request = builder.build();
    }

    @Override
    int call(Ec2Client ec2, OutputPrinter printer, PrintWriter out, PrintWriter err) {
        String expression = "For expression \"NetworkInterfaces[].Status\" we matched expected path: \""
                + wantedStatus() + "\" at least once";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            List<NetworkInterface> found;
            try {
                found = ec2.describeNetworkInterfaces(request).networkInterfaces();
            } catch (Ec2ServiceException e) {
                String reason = e.isErrorCode("InvalidNetworkInterfaceID.NotFound")
                        ? "Waiter encountered a terminal failure state: Matched expected service error code: "
                                + e.errorCode()
                        : "An error occurred (" + e.errorCode() + "): " + e.errorMessage();
                return failed(err, reason);
            }
            if (!found.isEmpty() && found.stream().allMatch(n -> n.status().equals(wantedStatus()))) {
                return ExitCodes.SUCCESS;
            }
            if (attempt < maxAttempts) {
                try {
                    Thread.sleep(Duration.ofSeconds(delaySeconds).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return failed(err, "interrupted");
                }
            }
        }
        return failed(
                err,
                "Max attempts exceeded. Previously accepted state: " + expression.replace("matched", "did not match"));
    }

    private int failed(PrintWriter err, String reason) {
        err.println();
        err.println("Waiter " + waiterName() + " failed: " + reason);
        return ExitCodes.OTHER;
    }

    /** {@code wait network-interface-available}. */
    static final class Available extends NetworkInterfaceWaitCommand {
        @Override
        public CommandSpec model() {
            CommandSpec model = CommandModel.command(
                    this,
                    "network-interface-available",
                    "Wait until every interface is available (NetworkInterfaceAvailable).");
            declareOptions(model);
            return model;
        }

        @Override
        String waiterName() {
            return "NetworkInterfaceAvailable";
        }

        @Override
        String wantedStatus() {
            return NetworkInterface.AVAILABLE;
        }
    }

    /** {@code wait network-interface-in-use}. */
    static final class InUse extends NetworkInterfaceWaitCommand {
        @Override
        public CommandSpec model() {
            CommandSpec model = CommandModel.command(
                    this, "network-interface-in-use", "Wait until every interface is in use (attached or attaching).");
            declareOptions(model);
            return model;
        }

        @Override
        String waiterName() {
            return "NetworkInterfaceInUse";
        }

        @Override
        String wantedStatus() {
            return NetworkInterface.IN_USE;
        }
    }
}
