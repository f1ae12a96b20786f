package dev.ec2lite;

import java.util.Locale;

/** {@code ec2lite/<version> java/<version> os/<name>}: what AWS sees in its logs. Never signed. */
final class UserAgent {
    private UserAgent() {}

    static String value() {
        return "ec2lite/" + version() + " java/" + token(System.getProperty("java.version", "unknown")) + " os/"
                + token(System.getProperty("os.name", "unknown")).toLowerCase(Locale.ROOT);
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
