package dev.ec2lite.http;

import dev.ec2lite.http.internal.NetworkSettings;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How calls reach the network: the proxy each URL goes through and the certificates trusted. The
 * credential providers that call AWS themselves (STS for roles, IAM Identity Center) take one, so that
 * they go out the way the client does; {@link dev.ec2lite.Ec2Client} gives its own to the providers it
 * builds. Immutable; each {@code with} method returns a new value.
 *
 * <pre>{@code
 * NetworkConfig network = NetworkConfig.defaults()
 *         .withProxy("http://proxy.example.com:3128")
 *         .withCaBundle(Path.of("/etc/pki/inspecting-proxy.pem"));
 * }</pre>
 *
 * <p>Sealed: ec2lite's own implementation is the only one, obtained from these factories.
 */
public sealed interface NetworkConfig permits NetworkSettings {

    /** The HTTP client's own proxy settings and the JDK's trust store. */
    static NetworkConfig defaults() {
        return NetworkSettings.defaults();
    }

    /**
     * Proxies as the AWS CLI finds them: {@code HTTPS_PROXY} / {@code HTTP_PROXY} (either case) with
     * {@code NO_PROXY}, then the JVM's {@code https.proxyHost} / {@code http.proxyHost} properties.
     *
     * @param variable reads an environment variable; null when unset
     * @param property reads a system property; null when unset
     */
    static NetworkConfig fromEnvironment(Function<String, String> variable, Function<String, String> property) {
        return NetworkSettings.fromEnvironment(variable, property);
    }

    /**
     * Every URL through this HTTP proxy, {@code http://[user:password@]host[:port]}; null: every URL
     * straight to its server, whatever the environment says.
     *
     * @throws IllegalArgumentException naming {@code proxy} when the URL is not such a proxy (never
     *     repeating the password)
     */
    NetworkConfig withProxy(String proxyUrl);

    /**
     * Trusts the CA certificates of a PEM file besides the JDK's trust store (a TLS-inspecting proxy's
     * CA, a private endpoint's).
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or holds no certificate
     */
    NetworkConfig withCaBundle(Path caBundle);

    /**
     * Accepts any server certificate and host name, as the AWS CLI's {@code --no-verify-ssl}: anyone on
     * the path can then read and change the calls. For testing only.
     */
    NetworkConfig withoutTlsVerification();
}
