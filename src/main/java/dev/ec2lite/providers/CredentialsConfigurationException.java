package dev.ec2lite.providers;

import dev.ec2lite.error.Ec2ConfigurationException;

/**
 * A configured credential source cannot work until the user acts: an IAM Identity Center session to
 * log in again, an unreadable token cache, an {@code mfa_serial} without a code provider. The default
 * chain stops here rather than asking the next source.
 */
final class CredentialsConfigurationException extends Ec2ConfigurationException implements EndsTheChain {
    private static final long serialVersionUID = 1L;

    CredentialsConfigurationException(String message) {
        super(message);
    }

    CredentialsConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
