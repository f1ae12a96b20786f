package dev.ec2lite.cli;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.error.NetworkInterfaceMoveException;
import java.io.PrintWriter;

/** Prints a failure in the AWS CLI's words and picks the AWS CLI's exit code for it. */
final class ErrorReporter {
    private ErrorReporter() {}

    /** Bad input, caught before any call: exit 252. */
    static int invalidInput(RuntimeException failure, PrintWriter err) {
        err.println("ec2lite: invalid input: " + failure.getMessage());
        return ExitCodes.USAGE;
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
        if (failure instanceof NetworkInterfaceMoveException move) {
            err.println("ec2lite: " + move.getMessage());
            // The exit code follows what made the step fail: the service's refusal (also when a target
            // check failed on the service's answer), or anything else.
            return causedByService(move) ? ExitCodes.SERVICE_ERROR : ExitCodes.OTHER;
        }
        if (failure instanceof Ec2ConfigurationException) {
            err.println("ec2lite: " + failure.getMessage());
            return ExitCodes.CONFIGURATION;
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
