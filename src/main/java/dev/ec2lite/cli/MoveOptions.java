package dev.ec2lite.cli;

import dev.ec2lite.WaiterConfig;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code move-…} command shares: the one deadline, turning the target checks off,
 * and how the result is awaited. Each move command's own description says which checks it makes.
 */
final class MoveOptions {
    @Option(
            names = "--no-verify-target",
            description = "Skip the checks made before anything changes (see the command's description): a"
                    + " wrong target is then found only when EC2 refuses the change itself.")
    boolean noVerifyTarget;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            description = "The most the whole move may take, look-up to the verified result; when it passes,"
                    + " the move stops and says what it left where (default: no limit).")
    Long deadlineSeconds;

    @Mixin
    MoveNetworkInterfaceCommand.WaitOptions waiting = new MoveNetworkInterfaceCommand.WaitOptions();

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
