package dev.ec2lite.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which hosts skip the proxy: {@code NO_PROXY} as curl, Python and the AWS CLI read it (a comma list of
 * host suffixes, with or without a leading dot, {@code *} for all, {@code host:port}, IP literals and
 * CIDR blocks), or the JVM's {@code http.nonProxyHosts} ({@code |}-separated, {@code *} wildcards).
 */
final class NoProxyRules {
    private final boolean all;
    private final List<Rule> rules;

    private NoProxyRules(boolean all, List<Rule> rules) {
        this.all = all;
        this.rules = rules;
    }

    static final NoProxyRules NONE = new NoProxyRules(false, List.of());

    private interface Rule {
        boolean matches(String host, int port);
    }

    /** Parses a {@code NO_PROXY} value; null or blank: no host skips the proxy. */
    static NoProxyRules fromNoProxy(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Rule> rules = new ArrayList<>();
        for (String raw : value.split("[,\\s]+")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                return new NoProxyRules(true, List.of());
            }
            rules.add(entryRule(entry));
        }
        return new NoProxyRules(false, List.copyOf(rules));
    }

    private static Rule entryRule(String entry) {
        if (entry.contains("/")) {
            Rule cidr = cidrRule(entry);
            if (cidr != null) {
                return cidr;
            }
        }
        int wantedPort = -1;
        String host = entry;
        int colon = entry.lastIndexOf(':');
        boolean bracketed = entry.startsWith("[");
        boolean plainIpv6 = !bracketed && entry.indexOf(':') != colon;
        if (colon > 0 && !plainIpv6 && (!bracketed || entry.charAt(colon - 1) == ']')) {
            String port = entry.substring(colon + 1);
            if (!port.isEmpty() && port.chars().allMatch(Character::isDigit) && port.length() <= 5) {
                wantedPort = Integer.parseInt(port);
                host = entry.substring(0, colon);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.startsWith("*.")) {
            host = host.substring(2);
        } else if (host.startsWith(".")) {
            host = host.substring(1);
        }
        String suffix = host;
        int port = wantedPort;
        return (h, p) -> (port == -1 || port == p) && (h.equals(suffix) || h.endsWith("." + suffix));
    }

    /** An IP block such as {@code 10.0.0.0/8}; null when {@code entry} is not one. */
    private static Rule cidrRule(String entry) {
        int slash = entry.indexOf('/');
        String address = entry.substring(0, slash);
        String bits = entry.substring(slash + 1);
        if (!isIpLiteral(address)
                || bits.isEmpty()
                || bits.length() > 3
                || !bits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        byte[] network;
        try {
            network = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > network.length * 8) {
            return null;
        }
        return (host, port) -> {
            if (!isIpLiteral(host)) {
                return false;
            }
            byte[] candidate;
            try {
                candidate = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                return false;
            }
            return candidate.length == network.length && samePrefix(candidate, network, prefix);
        };
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Only literals are parsed here: resolving a name to match it would send a DNS query. */
    private static boolean isIpLiteral(String text) {
        return !text.isEmpty()
                && (text.indexOf(':') >= 0 || text.chars().allMatch(c -> c == '.' || Character.isDigit(c)));
    }

    /** Parses the JVM's {@code http.nonProxyHosts}; null: the JDK's default (loopback skips the proxy). */
    static NoProxyRules fromJavaProperty(String value) {
        String patterns = value == null ? "localhost|127.*|[::1]|0.0.0.0|[::0]" : value;
        List<Rule> rules = new ArrayList<>();
        for (String raw : patterns.split("\\|")) {
            String pattern = raw.trim().toLowerCase(Locale.ROOT);
            if (pattern.startsWith("[") && pattern.endsWith("]")) {
                pattern = pattern.substring(1, pattern.length() - 1);
            }
            if (pattern.isEmpty()) {
                continue;
            }
            List<String> quoted = new ArrayList<>();
            for (String part : pattern.split("\\*", -1)) {
                quoted.add(Pattern.quote(part));
            }
            Pattern compiled = Pattern.compile(String.join(".*", quoted));
            rules.add((host, port) -> compiled.matcher(host).matches());
        }
        return new NoProxyRules(false, List.copyOf(rules));
    }

    /** Whether {@code host} (a name or IP literal, without brackets) on {@code port} skips the proxy. */
    boolean bypasses(String host, int port) {
        if (all) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (Rule rule : rules) {
            if (rule.matches(name, port)) {
                return true;
            }
        }
        return false;
    }
}
