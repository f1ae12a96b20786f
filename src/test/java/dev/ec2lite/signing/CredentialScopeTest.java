package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code X-Amz-Date} written digit by digit must match the pattern it replaces, everywhere. */
class CredentialScopeTest {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    static Stream<Instant> instants() {
        Stream<Instant> edges = Stream.of(
                        "1970-01-01T00:00:00Z",
                        "1999-12-31T23:59:59Z",
                        "2000-02-29T12:00:00Z",
                        "2024-02-29T23:59:59.999999999Z",
                        "2015-08-30T12:36:00Z",
                        "0000-01-01T00:00:00Z",
                        "0999-06-15T01:02:03Z",
                        "9999-12-31T23:59:59Z",
                        "+10000-01-01T00:00:00Z",
                        "-0001-12-31T23:59:59Z")
                .map(Instant::parse);
        Random random = new Random(20150830L);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        Stream<Instant> sampled = LongStream.range(0, 200)
                .mapToObj(i -> Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first))));
        return Stream.concat(edges, sampled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instants")
    void amzDateMatchesThePattern(Instant time) {
        assertEquals(PATTERN.format(time), CredentialScope.amzDate(time));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instants")
    void scopeDateIsTheFirstEightCharacters(Instant time) {
        assertEquals(
                PATTERN.format(time).substring(0, 8),
                CredentialScope.of(time, "us-east-1", "ec2").date());
    }

    @Test
    void everyDayOfTheYears0To9999IsTheDateJavaTimeGives() {
        long first = LocalDate.of(0, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        for (long day = first; day <= last; day++) {
            LocalDate expected = LocalDate.ofEpochDay(day);
            int date = expected.getYear() * 10000 + expected.getMonthValue() * 100 + expected.getDayOfMonth();
            if (CredentialScope.civilDate((int) day) != date) {
                assertEquals(date, CredentialScope.civilDate((int) day), "day " + day);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instants")
    void theSecondBeforeAndAfterMatchToo(Instant time) {
        assertEquals(PATTERN.format(time.minusSeconds(1)), CredentialScope.amzDate(time.minusSeconds(1)));
        assertEquals(PATTERN.format(time.plusSeconds(1)), CredentialScope.amzDate(time.plusSeconds(1)));
    }
}
