package dev.ec2lite.signing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The credential scope {@code <date>/<region>/<service>/aws4_request}, and the two time formats
 * SigV4 uses: {@code X-Amz-Date} ({@code 20150830T123600Z}) and the scope date ({@code 20150830}),
 * both in UTC.
 */
public record CredentialScope(String date, String region, String service) {
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The scope of a signature made at {@code time}. */
    public static CredentialScope of(Instant time, String region, String service) {
        return new CredentialScope(amzDate(time).substring(0, 8), region, service);
    }

    /** {@code X-Amz-Date}'s form of {@code time}: {@code yyyyMMdd'T'HHmmss'Z'} in UTC. */
    public static String amzDate(Instant time) {
        return AMZ_DATE.format(time);
    }

    /** The scope as it appears in the string to sign and in {@code Credential=}. */
    public String value() {
        return date + '/' + region + '/' + service + '/' + SigV4Constants.AWS4_REQUEST;
    }

    @Override
    public String toString() {
        return value();
    }
}
