package dev.ec2lite.providers;

/**
 * Supplies the code an MFA device shows now, for a role profile with {@code mfa_serial}. Asked when
 * the role is assumed: once, and again only when the assumed-role credentials are due for renewal.
 * A command-line tool prompts the user; a service might read an authenticator it controls.
 *
 * <pre>{@code
 * Ec2Client.builder().mfaCodeProvider(serial -> System.console().readLine("Enter MFA code for %s: ", serial))
 * }</pre>
 */
@FunctionalInterface
public interface MfaCodeProvider {
    /**
     * @param mfaSerial the profile's {@code mfa_serial}: the device's ARN (or a hardware serial number)
     * @return the six-digit code
     */
    String codeFor(String mfaSerial);
}
