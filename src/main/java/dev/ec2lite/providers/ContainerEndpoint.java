package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where the container credentials are and how to authorise the request, from the environment alone
 * (no I/O except reading the token file), so a bad setting is refused before anything is sent.
 *
 * <p>Allowed hosts for {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} over plain http, after the SDKs:
 * loopback ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}), the ECS agent {@code
 * 169.254.170.2} and the EKS Pod Identity agent {@code 169.254.170.23} / {@code fd00:ec2::23}. The
 * Java SDK v2 resolves the host name and checks that every address is loopback; this code looks at
 * the literal host only and does not resolve names (the JavaScript SDK's way), because a DNS lookup
 * is I/O and its answer may change before the request is sent. Any host is allowed over https.
 */
final class ContainerEndpoint {
    static final String RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    static final String FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    static final String TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    static final String TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
    /** The ECS agent's address, to which the relative URI is appended. */
    static final String ECS_BASE_URL = "http://169.254.170.2";

    private static final Set<String> ALLOWED_HTTP_HOSTS =
            Set.of("localhost", "::1", "169.254.170.2", "169.254.170.23", "fd00:ec2::23");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final int MAX_TOKEN_BYTES = 16 * 1024;

    private final HttpUrl url;
    private final String authorization;

    private ContainerEndpoint(HttpUrl url, String authorization) {
        this.url = url;
        this.authorization = authorization;
    }

    /**
     * The endpoint the environment describes: {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} (wins,
     * appended to {@code baseUrl}) or {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}.
     *
     * @throws Ec2ClientException when neither is set, or the URL or token is not acceptable
     */
    static ContainerEndpoint resolve(Environment env, String baseUrl) {
        Optional<String> relative = env.variable(RELATIVE_URI);
        Optional<String> full = env.variable(FULL_URI);
        HttpUrl url;
        String setting;
        if (relative.isPresent()) {
            setting = RELATIVE_URI;
            String path = relative.get().trim();
            url = HttpUrl.parse(baseUrl + (path.startsWith("/") ? "" : "/") + path);
        } else if (full.isPresent()) {
            setting = FULL_URI;
            url = HttpUrl.parse(full.get().trim());
        } else {
            throw new Ec2ClientException(RELATIVE_URI + " and " + FULL_URI + " are not set");
        }
        if (url == null) {
            throw new Ec2ClientException(setting + " is not an http or https URL");
        }
        if (!url.isHttps() && !isAllowedHttpHost(url.host())) {
            throw new Ec2ClientException(setting + " names host " + url.host()
                    + ", which is not allowed over plain http: use https, a loopback address, "
                    + "169.254.170.2, 169.254.170.23 or [fd00:ec2::23]");
        }
        return new ContainerEndpoint(url, authorization(env));
    }

    /** {@code host} as {@link HttpUrl#host()} gives it: lower case, IPv6 canonical and without brackets. */
    static boolean isAllowedHttpHost(String host) {
        return ALLOWED_HTTP_HOSTS.contains(host) || IPV4_LOOPBACK.matcher(host).matches();
    }

    /** The token file wins over the token variable, as in botocore and the cross-SDK specification. */
    private static String authorization(Environment env) {
        Optional<String> file = env.variable(TOKEN_FILE);
        String token;
        String setting;
        if (file.isPresent()) {
            setting = TOKEN_FILE;
            token = readToken(Path.of(file.get().trim()));
        } else {
            setting = TOKEN;
            token = env.variable(TOKEN).orElse(null);
        }
        if (token == null) {
            return null;
        }
        token = token.strip();
        if (token.isEmpty()) {
            return null;
        }
        // HTTP/1.1 header values are tab and printable ASCII; OkHttp's own refusal would quote the token.
        if (token.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c > 0x7e))) {
            throw new Ec2ClientException(
                    setting
                            + " holds a token with a line break, control or non-ASCII character, which cannot be sent as a header");
        }
        return token;
    }

    private static String readToken(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_TOKEN_BYTES + 1);
            if (bytes.length > MAX_TOKEN_BYTES) {
                throw new Ec2ClientException(TOKEN_FILE + " " + file + " is larger than " + MAX_TOKEN_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Ec2ClientException("cannot read " + TOKEN_FILE + " " + file + ": " + e, e);
        }
    }

    HttpUrl url() {
        return url;
    }

    /** The {@code Authorization} header value, or null for none. */
    String authorization() {
        return authorization;
    }
}
