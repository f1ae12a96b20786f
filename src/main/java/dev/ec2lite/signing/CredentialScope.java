package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
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
        return of(amzDate(time), region, service);
    }

    /** The scope of a signature whose {@code X-Amz-Date} is {@code amzDate}: its first eight characters. */
    static CredentialScope of(String amzDate, String region, String service) {
        return new CredentialScope(amzDate.substring(0, 8), region, service);
    }

    /**
     * {@code X-Amz-Date}'s form of {@code time}: {@code yyyyMMdd'T'HHmmss'Z'} in UTC.
     *
     * <p>Written digit by digit: every signature needs it, and a {@code DateTimeFormatter} costs about
     * half a kilobyte of garbage and a tenth of a microsecond each time (measured by the benchmarks
     * module). Years outside 0000–9999, which the pattern prints differently, still go through the
     * formatter.
     */
    public static String amzDate(Instant time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return AMZ_DATE.format(time);
        }
        byte[] out = new byte[16];
        digits(out, 0, year, 4);
        digits(out, 4, utc.getMonthValue(), 2);
        digits(out, 6, utc.getDayOfMonth(), 2);
        out[8] = 'T';
        digits(out, 9, utc.getHour(), 2);
        digits(out, 11, utc.getMinute(), 2);
        digits(out, 13, utc.getSecond(), 2);
        out[15] = 'Z';
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(byte[] out, int offset, int value, int width) {
        int rest = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /** The scope as it appears in the string to sign and in {@code Credential=}. */
    public String value() {
        return date + '/' + region + '/' + service + '/' + SigV4Constants.AWS4_REQUEST;
    }

    /**
     * Writes the value of the scope of a signature dated {@code amzDate} without building the scope:
     * the signer needs it twice per signature, in the string to sign and in {@code Credential=}.
     */
    static void writeValue(TextBuffer out, String amzDate, String region, String service) {
        out.append(amzDate, 0, 8)
                .append('/')
                .append(region)
                .append('/')
                .append(service)
                .append('/');
        out.append(SigV4Constants.AWS4_REQUEST);
    }

    @Override
    public String toString() {
        return value();
    }
}
