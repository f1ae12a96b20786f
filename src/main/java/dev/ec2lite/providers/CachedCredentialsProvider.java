package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the temporary credentials of another provider and refreshes them before they expire.
 *
 * <ul>
 *   <li>From {@value #REFRESH_AHEAD_MINUTES} minutes before expiry, the first caller refreshes while
 *       everyone else keeps getting the cached credentials (no one waits).
 *   <li>In the last {@value #STALE_MINUTES} minute, cached credentials are never handed out: callers
 *       wait for the refresh, and if it fails they get the failure. A request signed then could
 *       arrive after expiry, which AWS answers with {@code ExpiredToken}.
 *   <li>Concurrent callers cause one refresh, never one each ({@code ReentrantLock} single flight).
 *   <li>When an early refresh fails, the still-valid credentials keep being served, the failure is
 *       logged at {@code WARNING}, and the next try waits {@value #RETRY_SECONDS} seconds so an
 *       outage of the source is not hammered by every request.
 *   <li>Credentials without an expiration are kept, and refreshed early once an hour.
 * </ul>
 *
 * The 5-minute and 1-minute windows follow the Java SDK v2 ({@code InstanceProfileCredentialsProvider}
 * prefetches at least 5 minutes ahead; the container provider's default stale time is 1 minute).
 */
public final class CachedCredentialsProvider implements CredentialsProvider {
    static final long REFRESH_AHEAD_MINUTES = 5;
    static final long STALE_MINUTES = 1;
    static final long RETRY_SECONDS = 30;
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(REFRESH_AHEAD_MINUTES);
    private static final Duration STALE = Duration.ofMinutes(STALE_MINUTES);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(RETRY_SECONDS);
    private static final Duration NO_EXPIRY_REFRESH = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(CachedCredentialsProvider.class.getName());

    private final CredentialsProvider source;
    private final String description;
    private final Clock clock;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile Entry current;

    private CachedCredentialsProvider(CredentialsProvider source, Clock clock, String description) {
        this.source = Objects.requireNonNull(source, "source == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.description = Objects.requireNonNull(description, "description == null");
    }

    /** Caches what {@code source} answers; {@code clock} decides when credentials are due. */
    public static CachedCredentialsProvider create(CredentialsProvider source, Clock clock) {
        return new CachedCredentialsProvider(source, clock, String.valueOf(source));
    }

    /** As {@link #create(CredentialsProvider, Clock)}, naming the source in logs and messages (for lambdas). */
    static CachedCredentialsProvider create(CredentialsProvider source, Clock clock, String description) {
        return new CachedCredentialsProvider(source, clock, description);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        Entry entry = current;
        Instant now = clock.instant();
        if (entry != null && now.isBefore(entry.refreshAt)) {
            return entry.credentials;
        }
        if (entry != null && now.isBefore(entry.staleAt)) {
            // Early refresh: one caller does it, the others keep the still-valid credentials.
            if (refreshLock.tryLock()) {
                try {
                    if (current == entry) {
                        refreshEarly(entry);
                    }
                } finally {
                    refreshLock.unlock();
                }
            }
            return current.credentials;
        }
        refreshLock.lock();
        try {
            Entry latest = current;
            if (latest != null && clock.instant().isBefore(latest.staleAt)) {
                return latest.credentials; // another caller refreshed while this one waited
            }
            return refresh().credentials;
        } finally {
            refreshLock.unlock();
        }
    }

    private void refreshEarly(Entry entry) {
        try {
            refresh();
        } catch (RuntimeException e) {
            Instant retryAt = min(clock.instant().plus(RETRY_AFTER_FAILURE), entry.staleAt);
            current = new Entry(entry.credentials, retryAt, entry.staleAt);
            LOG.log(
                    Level.WARNING,
                    () -> "Refreshing credentials from " + description + " failed; the cached ones stay valid until "
                            + entry.staleAt + ": " + e.getMessage());
        }
    }

    private Entry refresh() {
        AwsCredentials fresh = Objects.requireNonNull(source.resolveCredentials(), "source answered null");
        Instant now = clock.instant();
        Entry entry;
        if (fresh.expiration().isEmpty()) {
            entry = new Entry(fresh, now.plus(NO_EXPIRY_REFRESH), Instant.MAX);
        } else {
            Instant expiration = fresh.expiration().get();
            Instant staleAt = expiration.minus(STALE);
            if (!now.isBefore(staleAt)) {
                throw new Ec2ClientException("credentials from " + description + " expire at " + expiration
                        + ", less than a minute from now");
            }
            // Short-lived credentials would otherwise be "due" at once and refreshed on every call.
            Instant halfway = now.plus(Duration.between(now, staleAt).dividedBy(2));
            entry = new Entry(fresh, max(expiration.minus(REFRESH_AHEAD), halfway), staleAt);
        }
        current = entry;
        return entry;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Cached credentials and the two moments that matter for them. */
    private static final class Entry {
        final AwsCredentials credentials;
        final Instant refreshAt;
        final Instant staleAt;

        Entry(AwsCredentials credentials, Instant refreshAt, Instant staleAt) {
            this.credentials = credentials;
            this.refreshAt = refreshAt;
            this.staleAt = staleAt;
        }
    }

    @Override
    public String toString() {
        return "CachedCredentialsProvider{" + description + "}";
    }
}
