package dev.ec2lite.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The credential scope {@code <date>/<region>/<service>/aws4_request}, and the two time formats
 * SigV4 uses: {@code X-Amz-Date} ({@code 20150830T123600Z}) and the scope date ({@code 20150830}),
 * both in UTC.
 */
public record CredentialScope(String date, String region, String service) {
    /**
     * For years outside 0000–9999 only, so built on first use: a formatter loads some fifty {@code
     * java.time} classes, which every client's start-up paid for a date no signature has.
     */
    private static final class UnusualYears {
        static final DateTimeFormatter AMZ_DATE =
                DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    }

    /** The end of every scope, encoded once. */
    private static final byte[] SLASH_AWS4_REQUEST =
            ("/" + SigV4Constants.AWS4_REQUEST).getBytes(StandardCharsets.US_ASCII);

    /** The length of {@code X-Amz-Date}: {@code 20150830T123600Z}. */
    static final int AMZ_DATE_LENGTH = 16;

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int DAYS_PER_400_YEARS = 146_097;
    /** From 0000-03-01, where {@link #civilDate} counts from, to 1970-01-01. */
    private static final int DAYS_FROM_0000_03_01_TO_1970 = 719_468;
    /** 0000-01-01 and 9999-12-31 in days since 1970-01-01: the years the pattern prints as four digits. */
    private static final long FIRST_DAY_OF_YEAR_0 = -719_528;

    private static final long LAST_DAY_OF_YEAR_9999 = 2_932_896;

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
     * <p>Computed from the epoch seconds with integer arithmetic and written digit by digit: every
     * signature needs it, and going through {@code LocalDateTime} or a {@code DateTimeFormatter} was a
     * tenth of a signature's time. Years outside 0000–9999, which the pattern prints differently,
     * still go through the formatter.
     */
    public static String amzDate(Instant time) {
        return amzDate(time, new char[AMZ_DATE_LENGTH]);
    }

    /**
     * As {@link #amzDate(Instant)}, writing the chars into {@code chars} (at least {@value
     * #AMZ_DATE_LENGTH} long) on the way: the signer passes an array it reuses.
     */
    static String amzDate(Instant time, char[] chars) {
        long seconds = time.getEpochSecond();
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        if (days < FIRST_DAY_OF_YEAR_0 || days > LAST_DAY_OF_YEAR_9999) {
            return UnusualYears.AMZ_DATE.format(time);
        }
        int date = civilDate((int) days);
        // Chars, not bytes: new String(char[]) is the cheapest way to a String (the JDK compresses
        // the chars to Latin-1 with one vectorised instruction sequence; decoding bytes costs more).
        char[] out = chars;
        digits(out, 0, date / 10000, 4);
        digits(out, 4, date / 100 % 100, 2);
        digits(out, 6, date % 100, 2);
        out[8] = 'T';
        digits(out, 9, secondOfDay / 3600, 2);
        digits(out, 11, secondOfDay / 60 % 60, 2);
        digits(out, 13, secondOfDay % 60, 2);
        out[15] = 'Z';
        return new String(out, 0, AMZ_DATE_LENGTH);
    }

    /**
     * The proleptic Gregorian date of a day counted from 1970-01-01, as the number {@code yyyyMMdd};
     * for days of the years 0 to 9999 only.
     *
     * <p>Counts in years that start on 1 March, so that the leap day is the last day of a year and
     * the months March to January have a fixed pattern of lengths (31, 30, 31, 30, 31, 31, ...): the
     * day of that year then gives the month by a linear formula. Years repeat every 400 years
     * ({@value #DAYS_PER_400_YEARS} days), which the division into eras uses.
     */
    static int civilDate(int daysSince1970) {
        int days = daysSince1970 + DAYS_FROM_0000_03_01_TO_1970;
        int era = Math.floorDiv(days, DAYS_PER_400_YEARS);
        int dayOfEra = days - era * DAYS_PER_400_YEARS; // 0 to 146096
        // Take out the leap days before this day within the era: one every 4 years (1460 days), but
        // not every 100 (36524 days), yet again at the end of the 400 (day 146096).
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // from 1 March
        int monthFromMarch = (5 * dayOfYear + 2) / 153; // 153 days in each run of five months
        int dayOfMonth = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        int year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0); // January and February end a March year
        return year * 10000 + month * 100 + dayOfMonth;
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code offset}. */
    private static void digits(char[] out, int offset, int value, int width) {
        int rest = value;
        for (int i = offset + width - 1; i >= offset; i--) {
            out[i] = (char) ('0' + rest % 10);
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
                .appendAscii(SLASH_AWS4_REQUEST);
    }

    /*
     * equals and hashCode written out: a record's generated ones are bootstrapped through method
     * handles on first use, which cost a cold start some fifty generated classes, and the signing-key
     * cache hashes a scope on every first signature.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialScope that
                && date.equals(that.date)
                && region.equals(that.region)
                && service.equals(that.service);
    }

    @Override
    public int hashCode() {
        return (date.hashCode() * 31 + region.hashCode()) * 31 + service.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
