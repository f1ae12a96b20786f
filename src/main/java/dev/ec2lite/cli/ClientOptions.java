package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.cli.output.JmesPathQuery;
import dev.ec2lite.cli.output.OutputFormat;
import dev.ec2lite.cli.output.OutputPrinter;
import dev.ec2lite.config.Environment;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;

/** The options every command that calls EC2 shares, as the AWS CLI names them. */
final class ClientOptions {
    String region;
    String endpointUrl;
    String profile;
    OutputFormat output;
    String query;
    boolean noCliPager;
    String color;
    boolean debug;
    int connectTimeoutSeconds;
    int readTimeoutSeconds;
    Path caBundle;
    boolean noVerifySsl;
    String mfaTokenCode;

    /** Adds these options to the picocli model of the command that holds them (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        model.addOption(CommandModel.option("--region", String.class, () -> region, v -> region = v)
                .paramLabel("REGION")
                .description("The region (default: AWS_REGION, …).")
                .build());
        model.addOption(CommandModel.option("--endpoint-url", String.class, () -> endpointUrl, v -> endpointUrl = v)
                .paramLabel("URL")
                .description("Send calls here (http:// for emulators).")
                .build());
        model.addOption(CommandModel.option("--profile", String.class, () -> profile, v -> profile = v)
                .paramLabel("NAME")
                .description("The profile of the shared config files.")
                .build());
        model.addOption(CommandModel.option("--output", OutputFormat.class, () -> output, v -> output = v)
                .defaultValue("json")
                .paramLabel("FORMAT")
                .description("json (default), text, table or yaml, formatted as the AWS CLI formats them.")
                .build());
        model.addOption(CommandModel.option("--query", String.class, () -> query, v -> query = v)
                .paramLabel("JMESPATH")
                .description("A JMESPath expression applied to the answer before it is printed, as the AWS CLI"
                        + " applies it.")
                .build());
        model.addOption(CommandModel.option("--no-cli-pager", boolean.class, () -> noCliPager, v -> noCliPager = v)
                .description("Accepted for the AWS CLI's sake; ec2lite never pages its output.")
                .build());
        model.addOption(CommandModel.option("--color", String.class, () -> color, v -> color = v)
                .paramLabel("on|off|auto")
                .description("Accepted for the AWS CLI's sake; ec2lite's output has no colour.")
                .build());
        model.addOption(CommandModel.option("--debug", boolean.class, () -> debug, v -> debug = v)
                .description("Print the endpoint, canonical request and string to sign to stderr.")
                .build());
        model.addOption(CommandModel.option(
                        "--cli-connect-timeout", int.class, () -> connectTimeoutSeconds, v -> connectTimeoutSeconds = v)
                .paramLabel("SECONDS")
                .defaultValue("60")
                .description("Longest wait to connect, in seconds; 0 for none (default 60).")
                .build());
        model.addOption(CommandModel.option(
                        "--cli-read-timeout", int.class, () -> readTimeoutSeconds, v -> readTimeoutSeconds = v)
                .paramLabel("SECONDS")
                .defaultValue("60")
                .description("Longest silence while reading an answer, in seconds; 0 for none (default 60).")
                .build());
        model.addOption(CommandModel.option("--ca-bundle", Path.class, () -> caBundle, v -> caBundle = v)
                .paramLabel("FILE")
                .description("A PEM file of CA certificates to trust as well as the JDK's (default: AWS_CA_BUNDLE,"
                        + " else the profile's ca_bundle).")
                .build());
        model.addOption(CommandModel.option("--no-verify-ssl", boolean.class, () -> noVerifySsl, v -> noVerifySsl = v)
                .description("Do not verify the endpoint's TLS certificate or host name (prints a warning).")
                .build());
        model.addOption(CommandModel.option("--mfa-token-code", String.class, () -> mfaTokenCode, v -> mfaTokenCode = v)
                .paramLabel("CODE")
                .description("The MFA code for a role profile with mfa_serial (default: EC2LITE_MFA_TOKEN_CODE, else a"
                        + " prompt on the terminal).")
                .build());
    }

    /** Asks for the MFA code when no option or variable gives it; null when there is no terminal. */
    Terminal terminal = Terminal.system();

    /**
     * How answers are printed: the format and the compiled query (JMESPath loads only when there is
     * one).
     *
     * @throws IllegalArgumentException for a query that does not compile, or a --color value the AWS
     *     CLI refuses
     */
    OutputPrinter printer() {
        if (color != null && !List.of("on", "off", "auto").contains(color)) {
            throw new IllegalArgumentException("--color must be on, off or auto, was '" + color + "'");
        }
        return new OutputPrinter(output, query == null ? null : JmesPathQuery.compile(query));
    }

    /** A client configured from these options and the given environment. */
    Ec2Client.Builder clientBuilder(Map<String, String> env, PrintWriter err) {
        if (connectTimeoutSeconds < 0 || readTimeoutSeconds < 0) {
            throw new IllegalArgumentException("--cli-connect-timeout and --cli-read-timeout must be 0 or more");
        }
        if (endpointUrl != null) {
            checkEndpointUrl(endpointUrl);
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

    /** What the AWS CLI refuses with exit 252: an --endpoint-url without http(s) scheme or host. */
    private static void checkEndpointUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Bad value for --endpoint-url \"" + url + "\": not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Bad value for --endpoint-url \"" + url
                    + "\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/");
        }
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
