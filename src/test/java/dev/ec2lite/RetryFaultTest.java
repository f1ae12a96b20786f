package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.DETACH_OK;
import static dev.ec2lite.Ec2TestServer.ec2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.error.Ec2Exception;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.retry.RetryStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults injected with MockWebServer, one test per behaviour. Backoff draws from a seeded random
 * source and a recording sleeper, so no test waits for a real backoff.
 */
class RetryFaultTest {
    private static final long SEED = 20261126L;

    private Ec2TestServer ec2;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private RetryStrategy seededStrategy(int maxAttempts, Clock clock) {
        Random random = new Random(SEED);
        return RetryStrategy.builder()
                .maxAttempts(maxAttempts)
                .random(random::nextDouble)
                .clock(clock)
                .build();
    }

    private Ec2Client client(int maxAttempts) {
        return client(seededStrategy(maxAttempts, Ec2TestServer.CLOCK));
    }

    private Ec2Client client(RetryStrategy strategy) {
        return ec2.clientBuilder().retryStrategy(strategy).sleeper(sleeps::add).build();
    }

    /** The delays the same seed draws: full jitter over min(base × 2^(n−1), 20 s). */
    private static List<Duration> expectedDelays(Duration... bases) {
        Random random = new Random(SEED);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < bases.length; i++) {
            double cap = Math.min(
                    bases[i].toNanos() * Math.pow(2, i), Duration.ofSeconds(20).toNanos());
            delays.add(Duration.ofNanos((long) (random.nextDouble() * cap)));
        }
        return delays;
    }

    @Test
    void throttlingThenSuccessIsRetriedWithThrottlingBackoff() {
        ec2.enqueue(503, ec2Error("RequestLimitExceeded", "Request limit exceeded."));
        ec2.enqueue(503, ec2Error("RequestLimitExceeded", "Request limit exceeded."));
        ec2.enqueue(200, DETACH_OK);
        DetachNetworkInterfaceResponse response;
        try (Ec2Client client = client(3)) {
            response = client.detachNetworkInterface("eni-attach-1");
        }
        assertEquals(3, response.attempts());
        assertEquals(3, ec2.server.getRequestCount());
        assertEquals(2, sleeps.size());
        List<Duration> expected = expectedDelays(Duration.ofSeconds(1), Duration.ofSeconds(1));
        for (int i = 0; i < 2; i++) {
            assertWithinAMillisecond(expected.get(i), sleeps.get(i));
        }
    }

    @Test
    void a503WithAnHtmlBodyIsRetriedWithTransientBackoff() {
        ec2.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Type", "text/html")
                .body("<html><body>Service Unavailable</body></html>")
                .build());
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = client(3)) {
            assertEquals(2, client.detachNetworkInterface("eni-attach-1").attempts());
        }
        assertTrue(sleeps.get(0).compareTo(Duration.ofMillis(50)) <= 0, "transient base is 50 ms: " + sleeps);
    }

    @Test
    void aDisconnectBeforeTheAnswerIsRetried() {
        ec2.enqueue(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket(true, true, true))
                .build());
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = client(3)) {
            assertEquals(2, client.detachNetworkInterface("eni-attach-1").attempts());
        }
    }

    @Test
    void aDisconnectInTheMiddleOfTheBodyIsRetried() {
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .body(DETACH_OK)
                .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
                .build());
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = client(3)) {
            assertEquals(2, client.detachNetworkInterface("eni-attach-1").attempts());
        }
    }

    @Test
    void eachAttemptIsSignedAgainWithAFreshDate() throws Exception {
        ec2.enqueue(500, ec2Error("InternalError", "An internal error has occurred"));
        ec2.enqueue(200, DETACH_OK);
        Clock ticking = new TickingClock(Ec2TestServer.NOW, Duration.ofSeconds(7));
        try (Ec2Client client = client(seededStrategy(3, ticking))) {
            client.detachNetworkInterface("eni-attach-1");
        }
        String first = ec2.server.takeRequest().getHeaders().get("X-Amz-Date");
        String second = ec2.server.takeRequest().getHeaders().get("X-Amz-Date");
        assertNotEquals(first, second);
    }

    @Test
    void aSkewedClockIsCorrectedFromTheServerDateAndKept() throws Exception {
        Instant serverTime = Ec2TestServer.NOW.plus(Duration.ofMinutes(37));
        String serverDate =
                DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(serverTime);
        ec2.enqueue(new MockResponse.Builder()
                .code(400)
                .addHeader("Date", serverDate)
                .body(ec2Error("RequestExpired", "Request has expired."))
                .build());
        ec2.enqueue(200, DETACH_OK);
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = client(3)) {
            assertEquals(2, client.detachNetworkInterface("eni-attach-1").attempts());
            client.detachNetworkInterface("eni-attach-2");
        }
        assertEquals("20261126T100000Z", ec2.server.takeRequest().getHeaders().get("X-Amz-Date"));
        assertEquals("20261126T103700Z", ec2.server.takeRequest().getHeaders().get("X-Amz-Date"));
        assertEquals(
                "20261126T103700Z",
                ec2.server.takeRequest().getHeaders().get("X-Amz-Date"),
                "the offset is kept for later calls");
    }

    @Test
    void anAuthFailureWithoutASkewedDateIsNotRetried() {
        ec2.enqueue(new MockResponse.Builder()
                .code(401)
                .addHeader(
                        "Date",
                        DateTimeFormatter.RFC_1123_DATE_TIME
                                .withZone(ZoneOffset.UTC)
                                .format(Ec2TestServer.NOW))
                .body(ec2Error("AuthFailure", "AWS was not able to validate the provided access credentials"))
                .build());
        try (Ec2Client client = client(3)) {
            assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertEquals(1, ec2.server.getRequestCount());
    }

    @Test
    void retryAfterIsHonouredWithinTheClamp() {
        ec2.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("x-amz-retry-after", "1500")
                .body(ec2Error("RequestLimitExceeded", "Request limit exceeded."))
                .build());
        ec2.enqueue(200, DETACH_OK);
        try (Ec2Client client = client(3)) {
            client.detachNetworkInterface("eni-attach-1");
        }
        Duration backoff = expectedDelays(Duration.ofSeconds(1)).get(0);
        Duration expected = Duration.ofMillis(1500).compareTo(backoff) < 0 ? backoff : Duration.ofMillis(1500);
        assertWithinAMillisecond(expected, sleeps.get(0));
    }

    @Test
    void attemptsRunOutWithTheEarlierFailuresSuppressed() {
        for (int i = 0; i < 3; i++) {
            ec2.enqueue(503, ec2Error("RequestLimitExceeded", "Request limit exceeded, try " + i));
        }
        Ec2ServiceException e;
        try (Ec2Client client = client(3)) {
            e = assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertEquals(3, e.attempts());
        assertTrue(e.errorMessage().endsWith("try 2"), e.errorMessage());
        assertEquals(2, e.getSuppressed().length);
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }

    @Test
    void noAnswerAfterEveryAttemptCountsTheAttemptsOnceAndLeavesTheEarlierFailuresAsTheyWere() {
        for (int i = 0; i < 3; i++) {
            ec2.enqueue(new MockResponse.Builder()
                    .onRequestStart(new SocketEffect.CloseSocket(true, true, true))
                    .build());
        }
        Ec2ClientException e;
        try (Ec2Client client = client(3)) {
            e = assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertEquals(3, e.attempts());
        // Each connection closed after the request was written: the service may have carried one out.
        assertTrue(e.earlierAttemptMayHaveSucceeded(), e.getMessage());
        assertTrue(e.getMessage().contains("may already have carried out"), e.getMessage());
        assertEquals(1, e.getMessage().split("\\[after 3 attempts\\]", -1).length - 1, e.getMessage());
        assertEquals(2, e.getSuppressed().length);
        for (Throwable earlier : e.getSuppressed()) {
            assertEquals(1, ((Ec2Exception) earlier).attempts(), "an earlier attempt's failure is its own");
        }
        assertEquals(3, ec2.server.getRequestCount());
    }

    @Test
    void nonRetryableErrorsAreNotRetried() {
        ec2.enqueue(400, ec2Error("InvalidParameterValue", "bad"));
        ec2.enqueue(403, ec2Error("UnauthorizedOperation", "no"));
        try (Ec2Client client = client(3)) {
            assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
            assertThrows(
                    Ec2ServiceException.class,
                    () -> client.detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                            .attachmentId("eni-attach-1")
                            .dryRun(true)
                            .build()));
        }
        assertEquals(2, ec2.server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void theRetryQuotaStopsRetriesWhenSpent() {
        RetryStrategy shared = seededStrategy(3, Ec2TestServer.CLOCK);
        // 500 tokens, 14 per transient retry: 35 retries are paid, the 36th is refused.
        int calls = 0;
        Ec2Exception last = null;
        try (Ec2Client client = client(shared)) {
            while (calls < 40) {
                ec2.enqueue(500, ec2Error("InternalError", "An internal error has occurred"));
                ec2.enqueue(500, ec2Error("InternalError", "An internal error has occurred"));
                ec2.enqueue(500, ec2Error("InternalError", "An internal error has occurred"));
                calls++;
                last = assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
                if (last.attempts() < 3) {
                    break;
                }
            }
        }
        assertTrue(last.attempts() < 3, "the quota ran out within 40 calls");
        assertEquals(18, calls, "17 calls of two paid retries each spend 476 tokens; the 18th can pay one more");
        assertEquals(2, last.attempts());
    }

    @Test
    void notFoundAfterATimeoutSaysTheDetachProbablyHappened() {
        ec2.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        ec2.enqueue(400, ec2Error("InvalidAttachmentID.NotFound", "The attachment ID 'eni-attach-1' does not exist"));
        Ec2ServiceException e;
        try (Ec2Client client = ec2.clientBuilder()
                .retryStrategy(seededStrategy(3, Ec2TestServer.CLOCK))
                .sleeper(sleeps::add)
                .readTimeout(Duration.ofMillis(300))
                .build()) {
            e = assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertTrue(e.earlierAttemptMayHaveSucceeded());
        assertTrue(e.getMessage().contains("may already have carried out"), e.getMessage());
        assertEquals(2, e.attempts());
        assertEquals(1, e.getSuppressed().length);
    }

    @Test
    void anAnswerTooLargeToReadAfterATimeoutSaysTheEarlierAttemptMayHaveWorked() {
        ec2.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        Buffer huge = new Buffer();
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 9 * 16; i++) { // 9 MiB, past the 8 MiB cap: not retried, not read
            huge.write(chunk);
        }
        ec2.enqueue(new MockResponse.Builder().code(200).body(huge).build());
        Ec2ClientException e;
        try (Ec2Client client = ec2.clientBuilder()
                .retryStrategy(seededStrategy(3, Ec2TestServer.CLOCK))
                .sleeper(sleeps::add)
                .readTimeout(Duration.ofMillis(300))
                .build()) {
            e = assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
        assertEquals(2, e.attempts());
        assertTrue(e.earlierAttemptMayHaveSucceeded(), e.getMessage());
        assertEquals(1, e.getSuppressed().length);
    }

    @Test
    void aCallTimeoutThatLeavesNoTimeForARetryCountsTheTimedOutAttemptAsEarlier() {
        ec2.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        Ec2ClientException e;
        try (Ec2Client client = ec2.clientBuilder()
                .retryStrategy(seededStrategy(3, Ec2TestServer.CLOCK))
                .sleeper(sleeps::add)
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofMillis(400))
                .build()) {
            e = assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertTrue(e.getMessage().contains("leaves no time"), e.getMessage());
        assertEquals(1, e.attempts());
        assertTrue(e.earlierAttemptMayHaveSucceeded(), "the timed-out attempt was sent: " + e.getMessage());
        assertTrue(e.getCause() instanceof Ec2ClientException, String.valueOf(e.getCause()));
        assertEquals(0, e.getSuppressed().length, "the attempt is the cause, not repeated as suppressed");
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void credentialsThatFailOnARetryEndTheCallAsTheyAreWithTheEarlierFailureAttached() {
        ec2.enqueue(503, ec2Error("ServiceUnavailable", "try again"));
        AtomicInteger asked = new AtomicInteger();
        CredentialsProvider onceOnly = () -> {
            if (asked.incrementAndGet() > 1) {
                throw new Ec2ConfigurationException("no credentials any more");
            }
            return AwsCredentials.of(Ec2TestServer.ACCESS_KEY, Ec2TestServer.SECRET_KEY);
        };
        Ec2ConfigurationException e;
        try (Ec2Client client = ec2.clientBuilder()
                .credentialsProvider(onceOnly)
                .retryStrategy(seededStrategy(3, Ec2TestServer.CLOCK))
                .sleeper(sleeps::add)
                .build()) {
            e = assertThrows(Ec2ConfigurationException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        assertEquals(2, asked.get());
        assertEquals(1, e.getSuppressed().length);
        assertTrue(
                ((Ec2ServiceException) e.getSuppressed()[0]).isErrorCode("ServiceUnavailable"),
                String.valueOf(e.getSuppressed()[0]));
    }

    @Test
    void notFoundOnTheFirstAttemptMakesNoSuchClaim() {
        ec2.enqueue(400, ec2Error("InvalidAttachmentID.NotFound", "The attachment ID 'eni-attach-1' does not exist"));
        try (Ec2Client client = client(3)) {
            Ec2ServiceException e =
                    assertThrows(Ec2ServiceException.class, () -> client.detachNetworkInterface("eni-attach-1"));
            assertFalse(e.earlierAttemptMayHaveSucceeded());
        }
    }

    @Test
    void aServerThatNeverAnswersIsBoundedByTheCallTimeout() {
        for (int i = 0; i < 3; i++) {
            ec2.enqueue(new MockResponse.Builder()
                    .onResponseStart(SocketEffect.Stall.INSTANCE)
                    .build());
        }
        long start = System.nanoTime();
        try (Ec2Client client = ec2.clientBuilder()
                .retryStrategy(seededStrategy(3, Ec2TestServer.CLOCK))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofMillis(800))
                .build()) {
            assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsedMillis < 800 + 2_000, "outlived its call timeout: " + elapsedMillis + " ms");
    }

    @Test
    void aServerThatAnswersOneByteASecondIsBoundedByTheCallTimeout() {
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .body(DETACH_OK)
                .throttleBody(1, 1, TimeUnit.SECONDS)
                .build());
        long start = System.nanoTime();
        try (Ec2Client client = ec2.clientBuilder()
                .maxAttempts(1)
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofMillis(1500))
                .build()) {
            Ec2ClientException e =
                    assertThrows(Ec2ClientException.class, () -> client.detachNetworkInterface("eni-attach-1"));
            assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("broke off"), e.getMessage());
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsedMillis < 1500 + 2_000, "outlived its call timeout: " + elapsedMillis + " ms");
    }

    /** The delay drawn here and the one the client slept agree, but for rounding. */
    private static void assertWithinAMillisecond(Duration expected, Duration actual) {
        assertTrue(
                expected.minus(actual).abs().compareTo(Duration.ofMillis(1)) <= 0,
                "expected " + expected + ", slept " + actual);
    }

    /** A clock that moves on by a fixed step each time it is read. */
    private static final class TickingClock extends Clock {
        private Instant now;
        private final Duration step;

        TickingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            Instant current = now;
            now = now.plus(step);
            return current;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
