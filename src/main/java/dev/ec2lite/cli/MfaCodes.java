package dev.ec2lite.cli;

import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.providers.MfaCodeProvider;
import java.util.Map;

/**
 * The command line's MFA codes, first that applies: {@code --mfa-token-code}, {@code
 * EC2LITE_MFA_TOKEN_CODE}, else a prompt on the terminal ({@code Enter MFA code for arn:…:}), as the
 * AWS CLI prompts. Without any of them, a configuration error that says how to give one.
 */
final class MfaCodes implements MfaCodeProvider {
    static final String ENV_VARIABLE = "EC2LITE_MFA_TOKEN_CODE";

    private final String option;
    private final Map<String, String> env;
    private final Terminal terminal;

    MfaCodes(String option, Map<String, String> env, Terminal terminal) {
        this.option = option;
        this.env = env;
        this.terminal = terminal;
    }

    @Override
    public String codeFor(String mfaSerial) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String variable = env.get(ENV_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return variable;
        }
        if (terminal != null) {
            return terminal.readHidden("Enter MFA code for " + mfaSerial + ": ");
        }
        throw new Ec2ConfigurationException("mfa_serial " + mfaSerial + " needs an MFA code and there is no terminal"
                + " to ask on: pass --mfa-token-code or set " + ENV_VARIABLE);
    }
}
