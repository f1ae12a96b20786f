package dev.ec2lite.cli;

import dev.ec2lite.WaiterConfig;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options every {@code move-…} command shares: the one deadline, turning the target checks off,
 * and how the result is awaited. Each move command's own description says which checks it makes.
 */
final class MoveOptions {
    boolean noVerifyTarget;
    Long deadlineSeconds;
    MoveNetworkInterfaceCommand.WaitOptions waiting = new MoveNetworkInterfaceCommand.WaitOptions();

    /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        model.addOption(
                CommandModel.option("--no-verify-target", boolean.class, () -> noVerifyTarget, v -> noVerifyTarget = v)
                        .description("Skip the checks made before anything changes (see the command's description): a"
                                + " wrong target is then found only when EC2 refuses the change itself.")
                        .build());
        model.addOption(CommandModel.option("--deadline", Long.class, () -> deadlineSeconds, v -> deadlineSeconds = v)
                .paramLabel("SECONDS")
                .description("The most the whole move may take, look-up to the verified result; when it passes,"
                        + " the move stops and says what it left where (default: no limit).")
                .build());
        waiting.declareOptions(model);
    }

    /** The deadline asked for; null for none. */
    Duration deadline() {
        if (deadlineSeconds == null) {
            return null;
        }
        if (deadlineSeconds < 1) {
            throw new IllegalArgumentException("--deadline must be 1 or more");
        }
        return Duration.ofSeconds(deadlineSeconds);
    }

    boolean verifyTarget() {
        return !noVerifyTarget;
    }

    WaiterConfig waiting() {
        return waiting.config();
    }
}
