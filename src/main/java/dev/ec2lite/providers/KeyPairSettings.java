package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a key pair from three named settings (id, secret, optional token), shared by the
 * system-property and environment-variable providers. Both id and secret are needed; one without the
 * other is a configuration mistake worth naming rather than silently skipping.
 */
final class KeyPairSettings {
    private final String idName;
    private final String secretName;
    private final String tokenName;

    KeyPairSettings(String idName, String secretName, String tokenName) {
        this.idName = idName;
        this.secretName = secretName;
        this.tokenName = tokenName;
    }

    AwsCredentials read(Function<String, Optional<String>> lookup) {
        return read(lookup, "");
    }

    /** As {@link #read(Function)}, with {@code context} ("profile 'dev': ") before each message. */
    AwsCredentials read(Function<String, Optional<String>> lookup, String context) {
        Optional<String> id = lookup.apply(idName).map(String::trim).filter(v -> !v.isEmpty());
        Optional<String> secret = lookup.apply(secretName).map(String::trim).filter(v -> !v.isEmpty());
        if (id.isEmpty() && secret.isEmpty()) {
            throw new Ec2ClientException(context + idName + " and " + secretName + " are not set");
        }
        if (id.isEmpty()) {
            throw new Ec2ClientException(context + secretName + " is set but " + idName + " is missing");
        }
        if (secret.isEmpty()) {
            throw new Ec2ClientException(context + idName + " is set but " + secretName + " is missing");
        }
        String token = lookup.apply(tokenName).map(String::trim).orElse(null);
        return AwsCredentials.of(id.get(), secret.get(), token);
    }
}
