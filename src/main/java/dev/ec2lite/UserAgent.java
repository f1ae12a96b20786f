package dev.ec2lite;

import java.util.Locale;

/**
 * {@code ec2lite/<version> java/<version> os/<name> [app/<id>]}: what AWS sees in its logs. Never
 * signed.
 */
final class UserAgent {
    /** The SDKs' recommended limit for an application id; longer ones are sent, with a warning. */
    static final int APP_ID_MAX_LENGTH = 50;

    private static final System.Logger LOG = System.getLogger(UserAgent.class.getName());

    private UserAgent() {}

    static String value() {
        return value(null);
    }

    /** With {@code app/<id>} at the end when {@code appId} is set (see {@link #appId}). */
    static String value(String appId) {
        return "ec2lite/" + version() + " java/" + token(System.getProperty("java.version", "unknown")) + " os/"
                + token(System.getProperty("os.name", "unknown")).toLowerCase(Locale.ROOT)
                + (appId == null ? "" : " app/" + appId);
    }

    /**
     * An application id ({@code AWS_SDK_UA_APP_ID}, {@code sdk_ua_app_id}) as it goes on the wire, or
     * null when blank. As the SDKs do: characters a User-Agent token cannot hold become {@code _}, and
     * an id longer than {@value #APP_ID_MAX_LENGTH} characters is sent but logged as a warning naming
     * {@code source}.
     */
    static String appId(String value, String source) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.trim().replaceAll("[^A-Za-z0-9!#$%&'*+\\-.^_`|~]", "_");
        if (id.length() > APP_ID_MAX_LENGTH) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "the application id from " + source + " is " + id.length()
                            + " characters; AWS recommends at most " + APP_ID_MAX_LENGTH);
        }
        return id;
    }

    static String version() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** User-Agent tokens carry no spaces or slashes. */
    private static String token(String text) {
        return text.replaceAll("[^A-Za-z0-9.\\-_+]", "_");
    }
}
