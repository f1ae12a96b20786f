package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Caches the temporary credentials of another provider and refreshes them before they expire.
 *
 * <ul>
 *   <li>From {@value #REFRESH_AHEAD_MINUTES} minutes before expiry, the first caller refreshes while
 *       everyone else keeps getting the cached credentials (no one waits).
 *   <li>In the last {@value #STALE_MINUTES} minute, cached credentials are never handed out: callers
 *       wait for the refresh, and if it fails they get the failure. A request signed then could
 *       arrive after expiry, which AWS answers with {@code ExpiredToken}.
 *   <li>Concurrent callers cause one refresh, never one each: callers that need new credentials
 *       while a refresh is under way wait for that one attempt and share its outcome, credentials or
 *       failure. A failing source is therefore asked once per wave of callers, not once per caller
 *       in turn (each waiting for the previous one's timeout).
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
    private final Object flightLock = new Object();
    private volatile Entry current;
    /** The refresh under way, shared by everyone who needs its result; null when none is. */
    private CompletableFuture<Entry> inFlight; // guarded by flightLock

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
            CompletableFuture<Entry> flight = startFlight(entry);
            if (flight != null) {
                refreshEarly(entry, flight);
            }
            return current.credentials;
        }
        CompletableFuture<Entry> flight;
        boolean leader = false;
        synchronized (flightLock) {
            Entry latest = current;
            if (latest != null && clock.instant().isBefore(latest.staleAt)) {
                return latest.credentials; // another caller refreshed meanwhile
            }
            flight = inFlight;
            if (flight == null) {
                flight = new CompletableFuture<>();
                inFlight = flight;
                leader = true;
            }
        }
        if (leader) {
            return fly(flight).credentials;
        }
        return await(flight).credentials;
    }

    /** A new flight if none is under way and {@code seen} is still the cached entry; else null. */
    private CompletableFuture<Entry> startFlight(Entry seen) {
        synchronized (flightLock) {
            if (inFlight != null || current != seen) {
                return null;
            }
            inFlight = new CompletableFuture<>();
            return inFlight;
        }
    }

    /** Runs the refresh for everyone waiting on {@code flight}, then clears it so the next need starts anew. */
    private Entry fly(CompletableFuture<Entry> flight) {
        try {
            Entry entry = refresh();
            flight.complete(entry);
            return entry;
        } catch (RuntimeException | Error e) {
            flight.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (flightLock) {
                inFlight = null;
            }
        }
    }

    /**
     * The outcome of another caller's refresh. Not bounded here: the source bounds its own work
     * (timeouts on every request and process), and waiting longer than its one attempt is impossible.
     */
    private static Entry await(CompletableFuture<Entry> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            // The same failure the refreshing caller got: the type and message say what went wrong.
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void refreshEarly(Entry entry, CompletableFuture<Entry> flight) {
        try {
            fly(flight);
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
