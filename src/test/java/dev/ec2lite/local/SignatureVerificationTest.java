package dev.ec2lite.local;

import static dev.ec2lite.local.LocalEc2Endpoint.FLOATING_ATTACHMENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignatureVerificationTest {
    private static final String DESCRIBE = "DescribeNetworkInterfaces";
    private static final AwsCredentials SESSION =
            AwsCredentials.of("ASIAEXAMPLESESSION", "sessionSecretEXAMPLEKEY", "IQoJb3JpZ2luX2VjEXAMPLEtoken");
    private static final AwsCredentials SECOND = AwsCredentials.of("AKIDSECONDEXAMPLE", "secondSecretEXAMPLEKEY");

    private final MutableClock clock = new MutableClock(Instant.now());
    private LocalEc2Endpoint ec2;
    private Ec2TestClient client;

    @BeforeEach
    void start() {
        ec2 = LocalEc2Endpoint.builder()
                .clock(clock)
                .keyPair(LocalEc2Endpoint.EXAMPLE_CREDENTIALS)
                .keyPair(SESSION)
                .keyPair(SECOND)
                .start();
        client = Ec2TestClient.of(ec2).withTime(clock::instant);
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    private static String authFailure(Ec2Answer answer) {
        return answer.assertError(401, "AuthFailure");
    }

    private RecordedRequest lastRequest() {
        List<RecordedRequest> requests = ec2.requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void correctlySignedRequestIsVerifiedAndLogged() {
        client.call(DESCRIBE).assertOk();

        assertEquals(new RecordedRequest(DESCRIBE, 200, java.util.Optional.empty(), true), lastRequest());
    }

    @Test
    void tamperedBodyIsAuthFailureAndChangesNothing() {
        Ec2TestClient tampering = client.afterSigning(signed -> signed.toBuilder()
                .body(Ec2TestClient.form("DetachNetworkInterface", "AttachmentId", FLOATING_ATTACHMENT_ID)
                        .getBytes(StandardCharsets.UTF_8))
                .build());

        String message = authFailure(tampering.call("DescribeNetworkInterfaces"));

        assertEquals("AWS was not able to validate the provided access credentials", message);
        assertEquals(
                "attached",
                ec2.state().attachment(FLOATING_ATTACHMENT_ID).orElseThrow().status());
        assertFalse(lastRequest().signatureVerified());
        assertEquals("", lastRequest().action(), "nothing from an unverified body is kept");
    }

    @Test
    void wrongSecretIsAuthFailure() {
        authFailure(client.withCredentials(AwsCredentials.of("AKIDEXAMPLE", "not-the-secret"))
                .call(DESCRIBE));
    }

    @Test
    void unknownAccessKeyIsAuthFailure() {
        String message = authFailure(client.withCredentials(AwsCredentials.of("AKIDUNKNOWN", "whatever"))
                .call(DESCRIBE));

        assertEquals(ServiceError.AUTH_FAILURE_MESSAGE, message);
    }

    @Test
    void everyConfiguredKeyPairIsAccepted() {
        client.withCredentials(SECOND).call(DESCRIBE).assertOk();
        client.withCredentials(LocalEc2Endpoint.EXAMPLE_CREDENTIALS)
                .call(DESCRIBE)
                .assertOk();
    }

    @Test
    void scopeForAnotherRegionIsAuthFailure() {
        authFailure(client.withRegion("eu-west-1").call(DESCRIBE));
    }

    @Test
    void scopeForAnotherServiceIsAuthFailure() {
        authFailure(client.withService("s3").call(DESCRIBE));
    }

    @Test
    void requestWithoutAuthorizationIsMissingAuthenticationToken() {
        Ec2TestClient unsigned = client.afterSigning(
                signed -> signed.toBuilder().removeHeader("Authorization").build());

        unsigned.call(DESCRIBE).assertError(403, "MissingAuthenticationToken");
    }

    @Test
    void malformedAuthorizationIsIncompleteSignature() {
        Ec2TestClient malformed = client.afterSigning(signed -> signed.toBuilder()
                .setHeader("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2")
                .build());

        malformed.call(DESCRIBE).assertError(400, "IncompleteSignature");
    }

    @Test
    void otherSigningAlgorithmIsIncompleteSignature() {
        Ec2TestClient legacy = client.afterSigning(signed -> signed.toBuilder()
                .setHeader("Authorization", "AWS AKIDEXAMPLE:c2lnbmF0dXJl")
                .build());

        legacy.call(DESCRIBE).assertError(400, "IncompleteSignature");
    }

    @Test
    void unsignedHeaderChangedAfterSigningDoesNotMatter() {
        Ec2TestClient extraHeader = client.afterSigning(
                signed -> signed.toBuilder().addHeader("X-Trace", "anything").build());

        extraHeader.call(DESCRIBE).assertOk();
    }

    @Test
    void signedHeaderChangedAfterSigningIsAuthFailure() {
        Ec2TestClient changed = client.afterSigning(signed -> signed.toBuilder()
                .setHeader("Content-Type", "application/x-www-form-urlencoded")
                .build());

        authFailure(changed.call(DESCRIBE));
    }

    @Test
    void requestSignedTwentyMinutesAgoIsRequestExpiredWithADateHeader() {
        Ec2Answer answer = client.withTime(() -> clock.instant().minus(Duration.ofMinutes(20)))
                .call(DESCRIBE);

        assertEquals("Request has expired.", answer.assertError(400, "RequestExpired"));
        String date = answer.headers().firstValue("Date").orElseThrow();
        ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    @Test
    void requestDatedTwentyMinutesAheadIsRequestExpired() {
        client.withTime(() -> clock.instant().plus(Duration.ofMinutes(20)))
                .call(DESCRIBE)
                .assertError(400, "RequestExpired");
    }

    @Test
    void requestSignedFourteenMinutesAgoIsStillAccepted() {
        client.withTime(() -> clock.instant().minus(Duration.ofMinutes(14)))
                .call(DESCRIBE)
                .assertOk();
    }

    @Test
    void expiryIsMeasuredOnTheEndpointClock() {
        Instant signedAt = clock.instant();
        clock.advance(Duration.ofMinutes(16));

        client.withTime(() -> signedAt).call(DESCRIBE).assertError(400, "RequestExpired");
    }

    @Test
    void sessionCredentialsAreAcceptedWithTheirToken() {
        client.withCredentials(SESSION).call(DESCRIBE).assertOk();
    }

    @Test
    void sessionCredentialsWithoutTheTokenAreAuthFailure() {
        authFailure(client.withCredentials(AwsCredentials.of(SESSION.accessKeyId(), SESSION.secretAccessKey()))
                .call(DESCRIBE));
    }

    @Test
    void sessionCredentialsWithAnotherTokenAreAuthFailure() {
        authFailure(client.withCredentials(
                        AwsCredentials.of(SESSION.accessKeyId(), SESSION.secretAccessKey(), "another-token"))
                .call(DESCRIBE));
    }

    @Test
    void tokenSentWithLongTermCredentialsIsAuthFailure() {
        authFailure(client.withCredentials(AwsCredentials.of(
                        "AKIDEXAMPLE", LocalEc2Endpoint.EXAMPLE_CREDENTIALS.secretAccessKey(), "unexpected-token"))
                .call(DESCRIBE));
    }

    @Test
    void parametersInTheQueryStringOfASignedGetAreAccepted() {
        Ec2Answer answer = client.callWithGet(DESCRIBE, "NetworkInterfaceId.1", LocalEc2Endpoint.FLOATING_INTERFACE_ID);

        answer.assertOk();
        assertEquals(LocalEc2Endpoint.FLOATING_INTERFACE_ID, answer.text("networkInterfaceId"));
    }

    @Test
    void queryStringChangedAfterSigningIsAuthFailure() {
        Ec2TestClient tampering = client.afterSigning(signed -> {
            SignableRequest.Builder builder = signed.toBuilder();
            return builder.query(signed.query() + "&NetworkInterfaceId.2=eni-0f1e2d3c4b5a60001")
                    .build();
        });

        authFailure(tampering.callWithGet(DESCRIBE));
        assertTrue(ec2.requests().stream().noneMatch(RecordedRequest::signatureVerified));
    }
}
