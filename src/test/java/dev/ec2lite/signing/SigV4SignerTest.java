package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtoken";
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");

    private static SignableRequest ec2Request() {
        return SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .addHeader("Host", "ec2.us-east-1.amazonaws.com")
                .body("Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-1"
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static SigningParams.Builder params() {
        return SigningParams.builder()
                .credentials(AwsCredentials.of("AKIDEXAMPLE", SECRET, TOKEN))
                .region("us-east-1")
                .service("ec2")
                .time(TIME);
    }

    @Test
    void signingKeyMatchesTheDocumentedDerivationExample() {
        // The IAM user guide's worked example of deriving a signing key (secret, 20120215, us-east-1, iam).
        byte[] key = SigV4Signer.deriveSigningKey(
                SigV4Crypto.jdk(),
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                new CredentialScope("20120215", "us-east-1", "iam"));
        assertEquals("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d", Hex.encode(key));
    }

    @Test
    void bothCryptoImplementationsAgreeOnEveryStage() {
        SigningResult jdk = SigV4Signer.create(SigV4Crypto.jdk()).sign(ec2Request(), params().build());
        SigningResult bc = SigV4Signer.create(SigV4Crypto.bouncyCastle()).sign(ec2Request(), params().build());
        assertEquals(jdk.canonicalRequest(), bc.canonicalRequest());
        assertEquals(jdk.signature(), bc.signature());
    }

    @Test
    void jdkHmacGivesTheRightAnswerWhateverKeyCameBefore() {
        byte[] data = "AWS4-HMAC-SHA256".getBytes(StandardCharsets.UTF_8);
        byte[] first = "first key".getBytes(StandardCharsets.UTF_8);
        byte[] second = "second key".getBytes(StandardCharsets.UTF_8);
        SigV4Crypto jdk = SigV4Crypto.jdk();
        SigV4Crypto reference = SigV4Crypto.bouncyCastle();
        for (byte[] key : new byte[][] {first, first, second, first, second, second}) {
            assertEquals(Hex.encode(reference.hmacSha256(key, data)), Hex.encode(jdk.hmacSha256(key, data)));
        }
        byte[] changing = first.clone();
        String before = Hex.encode(jdk.hmacSha256(changing, data));
        changing[0] ^= 1; // the same array, changed in place: the cached key must not be reused
        assertEquals(Hex.encode(reference.hmacSha256(changing, data)), Hex.encode(jdk.hmacSha256(changing, data)));
        assertEquals(before, Hex.encode(jdk.hmacSha256(first, data)));
    }

    @Test
    void signingAgainReplacesTheEarlierSignatureHeaders() {
        SigV4Signer signer = SigV4Signer.create();
        SigningResult first = signer.sign(ec2Request(), params().build());
        SigningResult second = signer.sign(
                first.signedRequest(), params().time(TIME.plusSeconds(5)).build());

        SignableRequest resigned = second.signedRequest();
        assertEquals(
                1,
                resigned.headers().stream()
                        .filter(h -> h.hasName("Authorization"))
                        .count());
        assertEquals(
                1,
                resigned.headers().stream().filter(h -> h.hasName("X-Amz-Date")).count());
        assertEquals(
                1,
                resigned.headers().stream()
                        .filter(h -> h.hasName("X-Amz-Security-Token"))
                        .count());
        assertEquals("20150830T123605Z", resigned.header("X-Amz-Date"));
        assertNotEquals(first.signature(), second.signature());
        assertEquals(first.canonicalRequest().replace("123600", "123605"), second.canonicalRequest());
    }

    @Test
    void anEc2CallSignsContentTypeHostDateAndToken() {
        SigningResult result = SigV4Signer.create().sign(ec2Request(), params().build());
        assertEquals("content-type;host;x-amz-date;x-amz-security-token", result.signedHeaders());
        assertTrue(result.canonicalRequest()
                .endsWith(Hex.encode(SigV4Crypto.jdk().sha256(ec2Request().body()))));
    }

    @Test
    void anUnsignedBodyHashesAsTheEmptyString() {
        SigningResult result =
                SigV4Signer.create().sign(ec2Request(), params().signBody(false).build());
        assertTrue(result.canonicalRequest().endsWith(SigV4Constants.EMPTY_BODY_SHA256));
    }

    @Test
    void signingKeysAreDerivedOncePerScope() {
        SigV4Signer signer = SigV4Signer.create();
        for (int i = 0; i < 100; i++) {
            signer.sign(ec2Request(), params().time(TIME.plusSeconds(i)).build());
        }
        assertEquals(1, signer.cachedSigningKeys());
        signer.sign(ec2Request(), params().time(TIME.plus(Duration.ofDays(1))).build());
        signer.sign(ec2Request(), params().region("eu-west-1").build());
        assertEquals(3, signer.cachedSigningKeys());
    }

    @Test
    void theSigningKeyCacheStaysBounded() {
        SigV4Signer signer = SigV4Signer.create();
        for (int i = 0; i < 200; i++) {
            signer.sign(
                    ec2Request(), params().time(TIME.plus(Duration.ofDays(i))).build());
        }
        assertTrue(signer.cachedSigningKeys() <= 64, "cached keys: " + signer.cachedSigningKeys());
    }

    @Test
    void noStringFormOfTheSigningShowsASecret() {
        SigningParams params = params().build();
        SigningResult result = SigV4Signer.create().sign(ec2Request(), params);
        for (String text : new String[] {
            params.toString(),
            params.credentials().toString(),
            result.toString(),
            SigV4Signer.create().toString()
        }) {
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains(result.signature()), text);
        }
        assertTrue(params.credentials().toString().contains("AKIDEXAMPLE"));
    }

    @Test
    void theStagesShownAreTheOnesSigned() {
        SigningParams params = params().contentSha256Header(true).build();
        SigningResult result = SigV4Signer.create().sign(ec2Request(), params);
        String canonical = result.canonicalRequest();
        assertSame(canonical, result.canonicalRequest(), "built once");
        String scope = "20150830/us-east-1/ec2/aws4_request";
        assertEquals(
                "AWS4-HMAC-SHA256\n20150830T123600Z\n" + scope + "\n"
                        + Hex.encode(SigV4Crypto.jdk().sha256(canonical.getBytes(StandardCharsets.UTF_8))),
                result.stringToSign());
        byte[] key = SigV4Signer.deriveSigningKey(
                SigV4Crypto.bouncyCastle(), SECRET, CredentialScope.of(TIME, "us-east-1", "ec2"));
        String signature = Hex.encode(
                SigV4Crypto.bouncyCastle().hmacSha256(key, result.stringToSign().getBytes(StandardCharsets.UTF_8)));
        assertEquals(signature, result.signature());
        assertEquals("content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token", result.signedHeaders());
        assertEquals(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + scope + ", SignedHeaders=" + result.signedHeaders()
                        + ", Signature=" + signature,
                result.signedRequest().header("Authorization"));
    }

    @Test
    void addedHeadersAreTheLastOfTheSignedRequestInTheSuitesOrder() {
        SignableRequest request = ec2Request().toBuilder()
                .addHeader("X-Amz-Date", "old")
                .addHeader("Authorization", "old")
                .addHeader("X-Custom", "kept")
                .build();
        SigningResult result = SigV4Signer.create()
                .sign(request, params().contentSha256Header(true).build());
        List<String> added = new ArrayList<>();
        for (Header header : result.addedHeaders()) {
            added.add(header.name());
        }
        assertEquals(List.of("X-Amz-Security-Token", "X-Amz-Date", "x-amz-content-sha256", "Authorization"), added);
        List<Header> all = result.signedRequest().headers();
        assertEquals(
                List.of("Content-Type", "Host", "X-Custom"),
                all.subList(0, 3).stream().map(Header::name).toList());
        assertEquals(7, all.size());
        assertThrows(
                UnsupportedOperationException.class, () -> result.addedHeaders().clear());
        assertEquals(List.of(), result.addedQueryParameters());
    }

    @Test
    void theSignedRequestsHeadersCannotBeChanged() {
        List<Header> headers = SigV4Signer.create()
                .sign(ec2Request(), params().build())
                .signedRequest()
                .headers();
        Header first = headers.get(0);
        assertThrows(UnsupportedOperationException.class, () -> headers.add(first));
        assertThrows(UnsupportedOperationException.class, () -> headers.set(0, first));
        assertThrows(UnsupportedOperationException.class, () -> headers.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> headers.get(headers.size()));
        assertEquals(headers, List.copyOf(headers));
    }

    @Test
    void oneThreadSigningOverAndOverGetsTheSameSignatureEveryTime() {
        // The signer's digest and Mac are reused without a reset: nothing may carry over.
        SigV4Signer signer = SigV4Signer.create();
        String first = signer.sign(ec2Request(), params().build()).signature();
        for (int i = 0; i < 5; i++) {
            assertEquals(first, signer.sign(ec2Request(), params().build()).signature());
            signer.presign(ec2Request(), params().expires(Duration.ofMinutes(5)).build());
        }
    }

    @Test
    void anOmittedTokenIsSentButNotSigned() {
        SigningResult result = SigV4Signer.create()
                .sign(ec2Request(), params().omitSessionToken(true).build());
        assertEquals("content-type;host;x-amz-date", result.signedHeaders());
        assertFalse(result.canonicalRequest().contains(TOKEN));
        assertEquals(TOKEN, result.signedRequest().header("X-Amz-Security-Token"));
    }

    @Test
    void textBeyondAsciiIsCutAtTheRightPlaces() {
        // Not valid for AWS, but the signer must still cut the signature and names out by chars, not bytes.
        SigningParams params = params().credentials(AwsCredentials.of("AKIDÄ€😀", SECRET))
                .region("région-😀")
                .build();
        SignableRequest request =
                ec2Request().toBuilder().addHeader("X-Ünïcode", "wert €").build();
        SigningResult result = SigV4Signer.create().sign(request, params);
        assertEquals(
                "content-type;host;x-amz-date;x-Ünïcode".toLowerCase(java.util.Locale.ROOT), result.signedHeaders());
        assertEquals(64, result.signature().length());
        assertTrue(
                result.signedRequest()
                        .header("Authorization")
                        .startsWith(
                                "AWS4-HMAC-SHA256 Credential=AKIDÄ€😀/20150830/région-😀/ec2/aws4_request, SignedHeaders=content-type;"));
        assertTrue(result.signedRequest().header("Authorization").endsWith(", Signature=" + result.signature()));
        assertTrue(result.canonicalRequest().contains("\nx-ünïcode:wert €\n"), result.canonicalRequest());
        SigningResult bc = SigV4Signer.create(SigV4Crypto.bouncyCastle()).sign(request, params);
        assertEquals(bc.signature(), result.signature());
    }

    @Test
    void aCryptoWithOnlyTheWholeArrayMethodsSignsTheSame() {
        SigV4Crypto plain = new SigV4Crypto() {
            @Override
            public byte[] sha256(byte[] data) {
                return SigV4Crypto.bouncyCastle().sha256(data);
            }

            @Override
            public byte[] hmacSha256(byte[] key, byte[] data) {
                return SigV4Crypto.bouncyCastle().hmacSha256(key, data);
            }

            @Override
            public String name() {
                return "plain";
            }
        };
        SigningResult expected = SigV4Signer.create().sign(ec2Request(), params().build());
        SigningResult actual = SigV4Signer.create(plain).sign(ec2Request(), params().build());
        assertEquals(expected.signature(), actual.signature());
        assertEquals(expected.stringToSign(), actual.stringToSign());
        byte[] data = "xxhello worldxx".getBytes(StandardCharsets.UTF_8);
        byte[] middle = "hello world".getBytes(StandardCharsets.UTF_8);
        for (SigV4Crypto crypto : new SigV4Crypto[] {plain, SigV4Crypto.jdk(), SigV4Crypto.bouncyCastle()}) {
            assertEquals(Hex.encode(plain.sha256(middle)), Hex.encode(crypto.sha256(data, 2, 11)), crypto.name());
            assertEquals(
                    Hex.encode(plain.hmacSha256(data, middle)),
                    Hex.encode(crypto.hmacSha256(data, data, 2, 11)),
                    crypto.name());
        }
    }

    @Test
    void aSignerSwitchingBetweenKeysSignsAsAFreshOneWould() {
        SigV4Signer shared = SigV4Signer.create();
        List<SigningParams> rotation = List.of(
                params().build(),
                params().region("eu-west-1").build(),
                params().service("sts").build(),
                params().credentials(AwsCredentials.of("AKIDEXAMPLE", SECRET + "2"))
                        .build(),
                params().time(TIME.plus(Duration.ofDays(1))).build(),
                params().build());
        for (int round = 0; round < 2; round++) {
            for (SigningParams params : rotation) {
                assertEquals(
                        SigV4Signer.create().sign(ec2Request(), params).signature(),
                        shared.sign(ec2Request(), params).signature(),
                        params.toString());
            }
        }
    }

    @Test
    void aSignatureStartedInsideAnotherDoesNotDisturbIt() {
        SigV4Signer inner = SigV4Signer.create();
        SigV4Crypto reentrant = new SigV4Crypto() {
            private boolean nested;

            @Override
            public byte[] sha256(byte[] data) {
                if (!nested) {
                    nested = true;
                    inner.sign(ec2Request(), params().region("ap-south-1").build());
                    nested = false;
                }
                return SigV4Crypto.jdk().sha256(data);
            }

            @Override
            public byte[] hmacSha256(byte[] key, byte[] data) {
                return SigV4Crypto.jdk().hmacSha256(key, data);
            }

            @Override
            public String name() {
                return "reentrant";
            }
        };
        SigningResult expected = SigV4Signer.create().sign(ec2Request(), params().build());
        SigningResult actual = SigV4Signer.create(reentrant).sign(ec2Request(), params().build());
        assertEquals(expected.signature(), actual.signature());
    }

    @Test
    void presignKeepsEveryStage() {
        SigningResult result = SigV4Signer.create()
                .presign(ec2Request(), params().expires(Duration.ofMinutes(5)).build());
        assertEquals("content-type;host", result.signedHeaders());
        assertEquals(
                result.signature(),
                result.addedQueryParameters()
                        .get(result.addedQueryParameters().size() - 1)
                        .value());
        assertTrue(result.canonicalRequest().contains("X-Amz-Expires=300"), result.canonicalRequest());
        assertFalse(result.canonicalRequest().contains("X-Amz-Signature"), result.canonicalRequest());
        assertEquals(List.of(), result.addedHeaders());
        assertFalse(result.toString().contains(result.signature()));
    }

    @Test
    void presignExpiresIsBoundedToSevenDays() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> params().expires(Duration.ofDays(8)).build());
        assertTrue(e.getMessage().contains("expires"), e.getMessage());
    }

    @Test
    void missingParametersAreNamed() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> SigningParams.builder()
                        .region("r")
                        .service("s")
                        .time(TIME)
                        .build());
        assertEquals("credentials == null", e.getMessage());
    }

    @Test
    void unknownCryptoNameIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SigV4Crypto.named("md5"));
        assertTrue(e.getMessage().contains("md5"));
    }
}
