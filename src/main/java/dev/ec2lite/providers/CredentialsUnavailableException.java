package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ClientException;

/**
 * A configured credential source could not give credentials now: its service was unreachable, timed
 * out, failed with 5xx after retries, or refused (IAM Identity Center's portal answering 403). Not a
 * configuration error: the same settings may work on a later try. The default chain stops here
 * rather than asking the next source. The message names the source, never a token.
 */
public final class CredentialsUnavailableException extends Ec2ClientException implements EndsTheChain {
    private static final long serialVersionUID = 1L;

    CredentialsUnavailableException(String message, int statusCode, Throwable cause) {
        super(message, statusCode, cause);
    }
}
