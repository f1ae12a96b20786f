package dev.ec2lite.retry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the service's clock is from ours, learnt from the {@code Date} header of answers that
 * rejected a request for its time; {@link #now()} is the time the signer should use. One per client,
 * thread-safe.
 *
 * <p>The rule follows aws-sdk-java-v2 ({@code ClockSkew}, {@code AwsErrorCode}): {@code
 * RequestTimeTooSkewed}, {@code RequestExpired} and {@code RequestInTheFuture} are definitely about time,
 * so the offset is always taken from the answer's {@code Date}; {@code AuthFailure}, {@code
 * SignatureDoesNotMatch}, {@code InvalidSignatureException} and a bare 401/403 may be, so the offset is
 * taken only when the server's time differs from ours by at least {@link #CLOCK_SKEW_ADJUST_THRESHOLD}
 * (4 minutes: SigV4 accepts 5 minutes of skew, so a smaller difference cannot explain the rejection).
 */
public final class ClockSkew {

    static final Duration CLOCK_SKEW_ADJUST_THRESHOLD = Duration.ofMinutes(4);

    /**
     * Tried in order; HTTP sends RFC 1123, the others are accepted to be lenient. In a holder class, so
     * they are built only when a skew is first measured: building them loads some fifty {@code
     * java.time} classes, a cost every client's start-up paid for a rare correction.
     */
    private static final class DateFormats {
        static final List<DateTimeFormatter> ALL = List.of(
                DateTimeFormatter.RFC_1123_DATE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX", Locale.ROOT));
    }

    private final Clock clock;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public ClockSkew(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Our clock plus the measured offset: the time to sign with. */
    public Instant now() {
        return clock.instant().plus(offset.get());
    }

    /** The service's time minus ours, as last measured; zero until a correction. */
    public Duration offset() {
        return offset.get();
    }

    /**
     * Measures the offset from the answer's {@code Date} header; {@code definite} for the codes that are
     * surely about time. Returns whether the offset was corrected, that is whether a retry with the new
     * time can succeed.
     */
    boolean correct(String dateHeader, boolean definite) {
        Optional<Instant> serverTime = parseDate(dateHeader);
        if (serverTime.isEmpty()) {
            return false;
        }
        Instant ours = clock.instant();
        Duration skewNow = Duration.between(ours.plus(offset.get()), serverTime.get());
        if (!definite && skewNow.abs().compareTo(CLOCK_SKEW_ADJUST_THRESHOLD) < 0) {
            return false;
        }
        offset.set(Duration.between(ours, serverTime.get()));
        return true;
    }

    /** RFC 1123 ({@code Tue, 03 Mar 2026 10:15:30 GMT}), ISO-8601 with offset, or {@code X-Amz-Date}. */
    static Optional<Instant> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        for (DateTimeFormatter format : DateFormats.ALL) {
            try {
                return Optional.of(OffsetDateTime.parse(text, format).toInstant());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
