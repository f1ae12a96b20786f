package dev.ec2lite.bench;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.SigV4Crypto;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import dev.ec2lite.signing.SigningResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * One SigV4 signature of the same {@code DetachNetworkInterface} request ({@code POST /}, form body,
 * signed headers {@code content-type;host;x-amz-date}), by ec2lite with each crypto, by the SDK v2's
 * {@code AwsV4HttpSigner}, and the floor: the cryptography any correct signer must do for it when the
 * signing key is cached (SHA-256 of the body, SHA-256 of the canonical request, one HMAC of the string
 * to sign), without building any text.
 *
 * <p>The set-up checks that all of them produce the same signature before anything is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningBenchmark {
    private SignableRequest ec2liteRequest;
    private AwsCredentials ec2liteCredentials;
    private SigV4Signer ec2liteJdk;
    private SigV4Signer ec2liteBouncyCastle;

    private AwsV4HttpSigner sdkSigner;
    private SdkHttpRequest sdkRequest;
    private ContentStreamProvider sdkPayload;
    private AwsCredentialsIdentity sdkCredentials;
    private Clock sdkClock;

    private byte[] canonicalRequest;
    private byte[] stringToSign;
    private MessageDigest floorDigest;
    private Mac floorMac;
    private SHA256Digest floorBcDigest;
    private HMac floorBcMac;
    private final byte[] hashOut = new byte[32];

    @Setup
    public void setUp() throws GeneralSecurityException {
        ec2liteRequest = SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", Fixtures.CONTENT_TYPE)
                .addHeader("Host", Fixtures.HOST)
                .body(Fixtures.FORM_BODY_BYTES)
                .build();
        ec2liteCredentials = AwsCredentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY);
        ec2liteJdk = SigV4Signer.create(SigV4Crypto.jdk());
        ec2liteBouncyCastle = SigV4Signer.create(SigV4Crypto.bouncyCastle());

        sdkSigner = AwsV4HttpSigner.create();
        sdkRequest = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .protocol("https")
                .host(Fixtures.HOST)
                .encodedPath("/")
                .putHeader("Content-Type", Fixtures.CONTENT_TYPE)
                .build();
        sdkPayload = ContentStreamProvider.fromByteArrayUnsafe(Fixtures.FORM_BODY_BYTES);
        sdkCredentials = AwsCredentialsIdentity.create(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY);
        sdkClock = Clock.fixed(Fixtures.SIGNING_TIME, ZoneOffset.UTC);

        SigningResult reference = ec2liteJdk.sign(ec2liteRequest, params());
        canonicalRequest = reference.canonicalRequest().getBytes(StandardCharsets.UTF_8);
        stringToSign = reference.stringToSign().getBytes(StandardCharsets.UTF_8);
        byte[] signingKey = SigV4Signer.deriveSigningKey(
                SigV4Crypto.jdk(),
                Fixtures.SECRET_ACCESS_KEY,
                dev.ec2lite.signing.CredentialScope.of(Fixtures.SIGNING_TIME, Fixtures.REGION, Fixtures.SERVICE));
        floorDigest = MessageDigest.getInstance("SHA-256");
        floorMac = Mac.getInstance("HmacSHA256");
        floorMac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
        floorBcDigest = new SHA256Digest();
        floorBcMac = new HMac(new SHA256Digest());
        floorBcMac.init(new KeyParameter(signingKey));

        checkAllAgree(reference);
    }

    private SigningParams params() {
        return SigningParams.builder()
                .credentials(ec2liteCredentials)
                .region(Fixtures.REGION)
                .service(Fixtures.SERVICE)
                .time(Fixtures.SIGNING_TIME)
                .build();
    }

    @Benchmark
    public SignableRequest ec2liteJdk() {
        return ec2liteJdk.sign(ec2liteRequest, params()).signedRequest();
    }

    @Benchmark
    public SignableRequest ec2liteBouncyCastle() {
        return ec2liteBouncyCastle.sign(ec2liteRequest, params()).signedRequest();
    }

    /**
     * ec2lite signing {@code x-amz-content-sha256} as well, as the SDK's signer always does: shows what
     * that one extra header costs.
     */
    @Benchmark
    public SignableRequest ec2liteJdkContentSha256() {
        return ec2liteJdk.sign(ec2liteRequest, paramsWithContentSha256()).signedRequest();
    }

    private SigningParams paramsWithContentSha256() {
        return SigningParams.builder()
                .credentials(ec2liteCredentials)
                .region(Fixtures.REGION)
                .service(Fixtures.SERVICE)
                .time(Fixtures.SIGNING_TIME)
                .contentSha256Header(true)
                .build();
    }

    @Benchmark
    public SdkHttpRequest sdkV2() {
        SignedRequest signed = sdkSigner.sign(r -> r.identity(sdkCredentials)
                .request(sdkRequest)
                .payload(sdkPayload)
                .putProperty(AwsV4HttpSigner.REGION_NAME, Fixtures.REGION)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, Fixtures.SERVICE)
                .putProperty(HttpSigner.SIGNING_CLOCK, sdkClock));
        return signed.request();
    }

    /**
     * The floor with the JDK's SHA-256 and HMAC: three cryptographic operations into a reused buffer,
     * nothing else. The canonical request and the string to sign are ec2lite's, computed once.
     */
    @Benchmark
    public byte floorJdk() throws GeneralSecurityException {
        floorDigest.update(Fixtures.FORM_BODY_BYTES);
        floorDigest.digest(hashOut, 0, 32);
        floorDigest.update(canonicalRequest);
        floorDigest.digest(hashOut, 0, 32);
        floorMac.update(stringToSign);
        floorMac.doFinal(hashOut, 0);
        return hashOut[31];
    }

    /** The floor with Bouncy Castle's lightweight SHA-256 and HMAC. */
    @Benchmark
    public byte floorBouncyCastle() {
        floorBcDigest.update(Fixtures.FORM_BODY_BYTES, 0, Fixtures.FORM_BODY_BYTES.length);
        floorBcDigest.doFinal(hashOut, 0);
        floorBcDigest.update(canonicalRequest, 0, canonicalRequest.length);
        floorBcDigest.doFinal(hashOut, 0);
        floorBcMac.update(stringToSign, 0, stringToSign.length);
        floorBcMac.doFinal(hashOut, 0);
        return hashOut[31];
    }

    /** Every side must sign the same request to the same signature, or the comparison means nothing. */
    private void checkAllAgree(SigningResult reference) throws GeneralSecurityException {
        String expected = reference.signature();
        if (!reference.signedHeaders().equals("content-type;host;x-amz-date")) {
            throw new IllegalStateException("ec2lite signed " + reference.signedHeaders());
        }
        String bc = ec2liteBouncyCastle.sign(ec2liteRequest, params()).signature();
        // The SDK's signer always adds and signs x-amz-content-sha256 (no property turns it off), so
        // its signature is checked against ec2lite's with that header: same canonical rules, same key.
        String sdkAuthorization = sdkV2().firstMatchingHeader("Authorization").orElseThrow();
        if (!sdkAuthorization.contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,")) {
            throw new IllegalStateException("the SDK signed other headers: " + sdkAuthorization);
        }
        String sdk = sdkAuthorization.substring(sdkAuthorization.indexOf("Signature=") + "Signature=".length());
        String ec2liteWithSha256Header = ec2liteJdk
                .sign(ec2liteRequest, paramsWithContentSha256())
                .signature();
        if (!sdk.equals(ec2liteWithSha256Header)) {
            throw new IllegalStateException("sdk v2 signature " + sdk + " != ec2lite's " + ec2liteWithSha256Header);
        }
        floorJdk();
        String floor = HexFormat.of().formatHex(hashOut);
        floorBouncyCastle();
        String floorBc = HexFormat.of().formatHex(hashOut);
        String[][] others = {{"ec2lite bouncycastle", bc}, {"floor jdk", floor}, {"floor bc", floorBc}};
        for (String[] other : others) {
            if (!expected.equals(other[1])) {
                throw new IllegalStateException(other[0] + " signature " + other[1] + " != ec2lite's " + expected);
            }
        }
    }
}
