package dev.ec2lite.config.internal;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a configured endpoint URL for a service, in the precedence of the AWS SDKs' "service-specific
 * endpoints" feature, for EC2, STS, IAM Identity Center alike:
 *
 * <ol>
 *   <li>the explicit URL (set in code, or {@code --endpoint-url});
 *   <li>the service's variable, {@code AWS_ENDPOINT_URL_} and its service id ({@code AWS_ENDPOINT_URL_EC2},
 *       {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL_SSO_OIDC});
 *   <li>{@code AWS_ENDPOINT_URL};
 *   <li>{@code endpoint_url} under the service's key ({@code ec2}, {@code sts}, {@code sso_oidc}) in the
 *       {@code [services NAME]} section the profile names;
 *   <li>the profile's own {@code endpoint_url}.
 * </ol>
 *
 * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true} (else the profile's {@code
 * ignore_configured_endpoint_urls}) switches off steps 2 to 5, never step 1.
 *
 * <p>Accepted URLs are {@code https://} or {@code http://} (local emulators speak plain HTTP) with a
 * host, and no query or fragment: the signer builds the query itself, and a fragment is never sent.
 */
public final class EndpointUrlResolver {
    /** EC2's service id, as the SDKs spell it. */
    static final String EC2_SERVICE_ID = "EC2";

    static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    static final String AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    /** Profile keys: the profile's own URL (also the key under a service in {@code [services]}), and the off switch. */
    static final String ENDPOINT_URL_KEY = "endpoint_url";

    static final String IGNORE_CONFIGURED_ENDPOINT_URLS_KEY = "ignore_configured_endpoint_urls";

    private EndpointUrlResolver() {}

    /**
     * The EC2 endpoint URL to use instead of the endpoint rules' own, if one is set.
     *
     * @param explicitUrl from code or the command line, or null
     * @param files used only to find the profile's {@code [services NAME]} section
     * @param profile the selected profile, or null if there is none
     * @throws IllegalArgumentException if the chosen value is not an acceptable URL, naming its source
     */
    public static Optional<ResolvedEndpoint> resolve(
            String explicitUrl, Environment env, ProfileFile files, Profile profile) {
        if (explicitUrl != null && !explicitUrl.isBlank()) {
            return Optional.of(explicit(explicitUrl, "explicit endpoint URL (code or --endpoint-url)"));
        }
        return configured(EC2_SERVICE_ID, env, files, profile);
    }

    /**
     * An endpoint URL given in code, checked as configured ones are.
     *
     * @param source the setting it came from, for messages ({@code endpointOverride})
     * @throws IllegalArgumentException if it is not an acceptable URL, naming {@code source}
     */
    public static ResolvedEndpoint explicit(String url, String source) {
        return endpoint(url, source);
    }

    /**
     * The configured endpoint URL of a service (steps 2 to 5 above), if one is set.
     *
     * @param serviceId the service id as the SDKs spell it: {@code EC2}, {@code STS}, {@code SSO}, {@code
     *     SSO OIDC}
     * @param files used only to find the profile's {@code [services NAME]} section
     * @param profile the selected profile, or null if there is none
     * @throws IllegalArgumentException if the chosen value is not an acceptable URL, naming its source
     */
    public static Optional<ResolvedEndpoint> configured(
            String serviceId, Environment env, ProfileFile files, Profile profile) {
        if (SwitchSetting.read(
                env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS, profile, IGNORE_CONFIGURED_ENDPOINT_URLS_KEY)) {
            return Optional.empty();
        }
        String serviceVariable = variableOf(serviceId);
        Optional<String> ownVariable = env.variable(serviceVariable);
        if (ownVariable.isPresent()) {
            return Optional.of(endpoint(ownVariable.get(), "environment variable " + serviceVariable));
        }
        Optional<String> globalVariable = env.variable(AWS_ENDPOINT_URL);
        if (globalVariable.isPresent()) {
            return Optional.of(endpoint(globalVariable.get(), "environment variable " + AWS_ENDPOINT_URL));
        }
        if (profile == null) {
            return Optional.empty();
        }
        String serviceKey = keyOf(serviceId);
        Optional<String> servicesName = profile.services();
        if (servicesName.isPresent()) {
            Optional<String> fromSection = files.servicesSection(servicesName.get())
                    .flatMap(section -> section.subProperty(serviceKey, ENDPOINT_URL_KEY));
            if (fromSection.isPresent()) {
                return Optional.of(endpoint(
                        fromSection.get(),
                        "[services " + servicesName.get() + "] " + serviceKey + "." + ENDPOINT_URL_KEY + " (profile "
                                + profile.name() + ")"));
            }
        }
        return profile.endpointUrl().map(url -> endpoint(url, "profile " + profile.name() + " " + ENDPOINT_URL_KEY));
    }

    /** The service's own variable: its id upper-cased, spaces as underscores ({@code AWS_ENDPOINT_URL_SSO_OIDC}). */
    static String variableOf(String serviceId) {
        return AWS_ENDPOINT_URL + "_" + serviceId.trim().replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /** The service's key in a {@code [services]} section: its id lower-cased, spaces as underscores. */
    static String keyOf(String serviceId) {
        return serviceId.trim().replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    private static ResolvedEndpoint endpoint(String value, String source) {
        return new ResolvedEndpoint(parse(value.trim(), source), source);
    }

    /** Checks an endpoint URL; every message names {@code source}, the setting it came from. */
    static URI parse(String value, String source) {
        // A URL with user information may carry a password: such a value is never echoed.
        String shown = value.contains("@") ? "(not shown: it contains '@')" : value;
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint URL from " + source + " is not a valid URL: " + shown);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException(
                    "endpoint URL from " + source + " must start with https:// or http://, was: " + shown);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint URL from " + source + " has no valid host name: " + shown);
        }
        if (uri.getRawUserInfo() != null) {
            // Never echo the URL here: the user-info part may be a password.
            throw new IllegalArgumentException("endpoint URL from " + source + " must not contain user information");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "endpoint URL from " + source + " must not have a query string (?…): " + value);
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "endpoint URL from " + source + " must not have a fragment (#…): " + value);
        }
        return uri;
    }
}
