package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MisbehaviourTest {
    private static final String DESCRIBE = "DescribeNetworkInterfaces";

    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.start();
        client = Ec2TestClient.of(ec2);
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void throttledRequestsAreRequestLimitExceededThenServedAgain() {
        ec2.throttleNext(2);

        assertEquals("Request limit exceeded.", client.call(DESCRIBE).assertError(503, "RequestLimitExceeded"));
        client.call(DESCRIBE).assertError(503, "RequestLimitExceeded");
        client.call(DESCRIBE).assertOk();

        assertEquals(
                List.of(
                        new RecordedRequest(DESCRIBE, 503, Optional.of("RequestLimitExceeded"), true),
                        new RecordedRequest(DESCRIBE, 503, Optional.of("RequestLimitExceeded"), true),
                        new RecordedRequest(DESCRIBE, 200, Optional.empty(), true)),
                ec2.requests());
    }

    @Test
    void throttlingComesAfterAuthenticationSoAnUnsignedRequestDoesNotUseItUp() {
        ec2.throttleNext(1);

        client.withCredentials(AwsCredentials.of("AKIDUNKNOWN", "x"))
                .call(DESCRIBE)
                .assertError(401, "AuthFailure");

        client.call(DESCRIBE).assertError(503, "RequestLimitExceeded");
    }

    @Test
    void failed503AnswerIsEc2sUnavailableError() {
        ec2.failNext(1, 503);

        client.call(DESCRIBE).assertError(503, "Unavailable");
        client.call(DESCRIBE).assertOk();
    }

    @Test
    void failed500AnswerIsEc2sInternalError() {
        ec2.failNext(1, 500);

        client.call(DESCRIBE).assertError(500, "InternalError");
    }

    @Test
    void failuresQueueInTheOrderTheyWereAskedFor() {
        ec2.failNext(1, 500);
        ec2.failNextWithHtml(1, 502);

        assertEquals(500, client.call(DESCRIBE).status());
        assertEquals(502, client.call(DESCRIBE).status());
        assertEquals(200, client.call(DESCRIBE).status());
    }

    @Test
    void htmlFailureLooksLikeALoadBalancerPage() {
        ec2.failNextWithHtml(1, 502);

        Ec2Answer answer = client.call(DESCRIBE);

        assertEquals(502, answer.status());
        assertEquals("text/html", answer.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(answer.body().contains("<h1>502 Bad Gateway</h1>"), answer.body());
    }

    @Test
    void plannedFailureHitsBeforeTheSignatureIsChecked() {
        ec2.failNext(1, 503);

        client.withCredentials(AwsCredentials.of("AKIDUNKNOWN", "x"))
                .call(DESCRIBE)
                .assertError(503, "Unavailable");

        RecordedRequest logged = ec2.requests().get(0);
        assertFalse(logged.signatureVerified());
        assertEquals(Optional.of("Unavailable"), logged.errorCode());
    }

    @Test
    void delayedAnswersTakeAtLeastTheDelay() {
        ec2.delayAnswers(Duration.ofMillis(300));

        long start = System.nanoTime();
        client.call(DESCRIBE).assertOk();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(Duration.ofMillis(300)) >= 0, took::toString);
        ec2.delayAnswers(Duration.ZERO);
    }

    @Test
    void delayIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> ec2.delayAnswers(Duration.ofSeconds(31)));
        assertThrows(IllegalArgumentException.class, () -> ec2.delayAnswers(Duration.ofMillis(-1)));
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ec2.throttleNext(-1));
        assertThrows(IllegalArgumentException.class, () -> ec2.failNext(1, 200));
        assertThrows(IllegalArgumentException.class, () -> ec2.failNext(-1, 503));
    }

    @Test
    void resetForgetsRequestsAndPlannedFaults() {
        ec2.throttleNext(5);
        ec2.failNext(5, 503);
        client.call(DESCRIBE);

        ec2.resetRequestsAndFaults();

        assertTrue(ec2.requests().isEmpty());
        client.call(DESCRIBE).assertOk();
    }
}
