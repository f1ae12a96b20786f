package dev.ec2lite.cli;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.MoveException;
import dev.ec2lite.http.TransportException;
import java.io.PrintWriter;

/** Prints a failure in the AWS CLI's words and picks the AWS CLI's exit code for it. */
final class ErrorReporter {
    private ErrorReporter() {}

    /** Bad input, caught before any call: exit 252. */
    static int invalidInput(RuntimeException failure, PrintWriter err) {
        err.println("ec2lite: invalid input: " + failure.getMessage());
        return ExitCodes.USAGE;
    }

    /**
     * Whether the network failed somewhere under {@code failure} (its causes and suppressed ones, a few
     * levels deep): a source that could not be reached. A file that could not be read (a CA bundle, a
     * token file) is a configuration problem, not this.
     */
    private static boolean unreachable(Throwable failure, int depth) {
        if (failure == null || depth > 8) {
            return false;
        }
        if (failure instanceof TransportException
                || failure instanceof java.net.SocketException
                || failure instanceof java.net.UnknownHostException
                || failure instanceof java.io.InterruptedIOException
                || failure instanceof java.io.EOFException
                || failure instanceof java.net.ProtocolException
                || failure instanceof dev.ec2lite.providers.CredentialsUnavailableException) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (unreachable(suppressed, depth + 1)) {
                return true;
            }
        }
        return unreachable(failure.getCause(), depth + 1);
    }

    static int report(Exception failure, String operation, PrintWriter err) {
        if (failure instanceof Ec2ServiceException service) {
            err.println();
            err.println("An error occurred (" + service.errorCode() + ") when calling the " + operation + " operation: "
                    + service.errorMessage());
            for (int i = 1; i < service.errors().size(); i++) {
                err.println("Also (" + service.errors().get(i).code() + "): "
                        + service.errors().get(i).message());
            }
            err.println("Request ID: " + service.requestId().orElse("none") + ", HTTP status " + service.statusCode()
                    + (service.attempts() > 1 ? ", after " + service.attempts() + " attempts" : ""));
            if (service.earlierAttemptMayHaveSucceeded()) {
                err.println("Note: an earlier attempt timed out or lost its connection after sending the request;"
                        + " the service may already have carried it out.");
            }
            return ExitCodes.SERVICE_ERROR;
        }
        if (failure instanceof MoveException move) {
            err.println("ec2lite: " + move.getMessage());
            // The exit code follows what made the step fail: the service's refusal (also when a target
            // check failed on the service's answer), or anything else.
            return causedByService(move) ? ExitCodes.SERVICE_ERROR : ExitCodes.OTHER;
        }
        if (failure instanceof Ec2ConfigurationException) {
            err.println("ec2lite: " + failure.getMessage());
            // As the AWS CLI: no credentials anywhere is 253; a source that could not be reached is 255.
            return unreachable(failure, 0) ? ExitCodes.OTHER : ExitCodes.CONFIGURATION;
        }
        if (failure instanceof Ec2ClientException || failure instanceof Ec2Exception) {
            err.println("ec2lite: " + failure.getMessage());
            return ExitCodes.OTHER;
        }
        err.println("ec2lite: unexpected failure: " + failure);
        return ExitCodes.OTHER;
    }

    /** Whether a service error is among the first few causes of {@code failure}. */
    private static boolean causedByService(Throwable failure) {
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            if (cause instanceof Ec2ServiceException) {
                return true;
            }
        }
        return false;
    }
}
