package dev.ec2lite.query.internal;

import java.util.Locale;

/** Hides what a debug log must never show. */
final class DebugRedaction {
    private static final String TOKEN_HEADER = "x-amz-security-token:";

    private DebugRedaction() {}

    /**
     * The canonical request with the session token's value replaced. (It holds no secret key and no
     * signature; the token is the one credential it can carry.)
     */
    static String canonicalRequest(String canonicalRequest) {
        StringBuilder out = new StringBuilder(canonicalRequest.length());
        for (String line : canonicalRequest.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(TOKEN_HEADER)) {
                out.append(TOKEN_HEADER).append("<redacted>");
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }
}
