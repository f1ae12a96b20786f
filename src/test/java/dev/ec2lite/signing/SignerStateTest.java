package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the signer's reused per-thread state must never leak into: the next hash, a kept result, a log line. */
class SignerStateTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");

    private static SigningParams.Builder params() {
        return SigningParams.builder()
                .credentials(AwsCredentials.of("AKIDEXAMPLE", SECRET))
                .region("us-east-1")
                .service("ec2")
                .time(TIME);
    }

    private static SignableRequest request(byte[] body) {
        return SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Host", "ec2.us-east-1.amazonaws.com")
                .body(body)
                .build();
    }

    @Test
    void aFailedHashCallLeavesNothingBehindForTheNextOne() {
        SigV4Crypto jdk = SigV4Crypto.jdk();
        byte[] key = new byte[32];
        byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
        byte[] sha = jdk.sha256(abc);
        byte[] mac = jdk.hmacSha256(key, abc);

        assertThrows(RuntimeException.class, () -> jdk.sha256Into(new byte[3], 0, 3, new byte[16]));
        assertThrows(RuntimeException.class, () -> jdk.hmacSha256Into(key, new byte[3], 0, 3, new byte[16]));

        assertArrayEquals(sha, jdk.sha256(abc));
        assertArrayEquals(mac, jdk.hmacSha256(key, abc));
    }

    @Test
    void aFailedHashCallDoesNotChangeTheNextSignatureOnTheThread() {
        SigningParams params = params().contentSha256Header(true).build();
        SignableRequest request = request("Action=X".getBytes(StandardCharsets.UTF_8));
        SigV4Signer signer = SigV4Signer.create();
        String expected = signer.sign(request, params).signature();

        assertThrows(
                RuntimeException.class, () -> SigV4Crypto.jdk().sha256Into(new byte[] {1, 2, 3}, 0, 3, new byte[16]));

        assertEquals(expected, signer.sign(request, params).signature());
    }

    @Test
    void theStagesShowWhatWasSignedEvenAfterTheBodyArrayIsReused() {
        byte[] body = "Action=A".getBytes(StandardCharsets.UTF_8);
        SigningResult result = SigV4Signer.create().sign(request(body), params().build());
        body[0] = 'X'; // a pooled buffer reused after the send
        SigningResult fresh =
                SigV4Signer.create().sign(request("Action=A".getBytes(StandardCharsets.UTF_8)), params().build());

        assertEquals(fresh.signature(), result.signature());
        assertEquals(fresh.canonicalRequest(), result.canonicalRequest());
        assertEquals(fresh.stringToSign(), result.stringToSign());
    }

    @Test
    void aPresignedSignatureIsNotPrinted() {
        SigningResult result = SigV4Signer.create()
                .presign(
                        request(new byte[0]),
                        params().expires(Duration.ofMinutes(5)).build());
        String printed = result.addedQueryParameters().toString();

        assertTrue(printed.contains("X-Amz-Signature=<redacted>"), printed);
        assertFalse(printed.contains(result.signature()), printed);
    }
}
