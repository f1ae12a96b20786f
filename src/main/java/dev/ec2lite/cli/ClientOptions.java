package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.config.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The options every command that calls EC2 shares, as the AWS CLI names them. */
final class ClientOptions {
    @Option(names = "--region", paramLabel = "REGION", description = "The region (default: AWS_REGION, …).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send calls here (http:// for emulators).")
    String endpointUrl;

    @Option(names = "--profile", paramLabel = "NAME", description = "The profile of the shared config files.")
    String profile;

    @Option(names = "--output", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or text.")
    OutputFormat output;

    @Option(names = "--debug", description = "Print the endpoint, canonical request and string to sign to stderr.")
    boolean debug;

    @Option(
            names = "--cli-connect-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Longest wait to connect, in seconds; 0 for none (default 60).")
    int connectTimeoutSeconds;

    @Option(
            names = "--cli-read-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Longest silence while reading an answer, in seconds; 0 for none (default 60).")
    int readTimeoutSeconds;

    @Option(
            names = "--ca-bundle",
            paramLabel = "FILE",
            description = "A PEM file of CA certificates to trust as well as the JDK's (default: AWS_CA_BUNDLE,"
                    + " else the profile's ca_bundle).")
    Path caBundle;

    @Option(
            names = "--no-verify-ssl",
            description = "Do not verify the endpoint's TLS certificate or host name (prints a warning).")
    boolean noVerifySsl;

    @Option(
            names = "--mfa-token-code",
            paramLabel = "CODE",
            description = "The MFA code for a role profile with mfa_serial (default: EC2LITE_MFA_TOKEN_CODE, else a"
                    + " prompt on the terminal).")
    String mfaTokenCode;

    /** Asks for the MFA code when no option or variable gives it; null when there is no terminal. */
    Terminal terminal = Terminal.system();

    /** Output formats of the AWS CLI that ec2lite supports. */
    enum OutputFormat {
        json,
        text
    }

    /** A client configured from these options and the given environment. */
    Ec2Client.Builder clientBuilder(Map<String, String> env, PrintWriter err) {
        if (connectTimeoutSeconds < 0 || readTimeoutSeconds < 0) {
            throw new IllegalArgumentException("--cli-connect-timeout and --cli-read-timeout must be 0 or more");
        }
        Ec2Client.Builder builder = Ec2Client.builder()
                .environment(environment(env))
                .region(region)
                .endpointOverride(endpointUrl)
                .profile(profile)
                .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .readTimeout(Duration.ofSeconds(readTimeoutSeconds))
                .mfaCodeProvider(new MfaCodes(mfaTokenCode, env, terminal));
        if (caBundle != null) {
            builder.caBundle(caBundle);
        }
        if (noVerifySsl) {
            err.println("warning: --no-verify-ssl: the endpoint's TLS certificate and host name are not"
                    + " verified; anyone on the path can read and change these calls.");
            builder.insecureSkipTlsVerification(true);
        }
        if (debug) {
            builder.debug(line -> err.println("[debug] " + line));
        }
        return builder;
    }

    static Environment environment(Map<String, String> env) {
        Properties properties = System.getProperties();
        Map<String, String> systemProperties = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            systemProperties.put(name, properties.getProperty(name));
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Environment.of(env, systemProperties, Path.of(home));
    }
}
