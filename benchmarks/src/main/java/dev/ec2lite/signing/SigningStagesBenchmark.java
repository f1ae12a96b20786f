package dev.ec2lite.signing;

import dev.ec2lite.bench.Fixtures;
import dev.ec2lite.credentials.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 14's question: do the signer's stages need a shared buffer, or could they hand each other
 * values? The same requests signed by the fast signer (canonical request and string to sign written
 * into a reused per-thread buffer) and by implementations whose stages pass strings: the test-only
 * {@code ReferenceSigV4} as it is (which also derives the signing key on every call), and the
 * reference's own stage methods with the signing key derived once and its HMAC kept, as the fast
 * signer does, so that only the way the stages meet differs.
 *
 * <p>It sits in the signer's package because the reference is package-private; it reaches the
 * reference through ec2lite's test jar (the root build's {@code benchmark-support} profile), not a
 * copy. The set-up checks that all of them give the same {@code Authorization} before timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SigningStagesBenchmark {
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * {@code detach}: the other benchmarks' {@code DetachNetworkInterface}. {@code describe-token}: a
     * {@code DescribeNetworkInterfaces} with ids and filters (a 400-byte body) and a session token.
     */
    @Param({"detach", "describe-token"})
    public String request;

    private SignableRequest signable;
    private SigningParams params;
    private SigV4Signer fast;
    private Mac cachedKeyMac;

    @Setup
    public void setUp() throws GeneralSecurityException {
        boolean describe = request.equals("describe-token");
        signable = SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", Fixtures.CONTENT_TYPE)
                .addHeader("Host", Fixtures.HOST)
                .body((describe ? describeBody() : new String(Fixtures.FORM_BODY_BYTES, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8))
                .build();
        AwsCredentials credentials = describe
                ? AwsCredentials.of(
                        Fixtures.ACCESS_KEY_ID,
                        Fixtures.SECRET_ACCESS_KEY,
                        "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE")
                : AwsCredentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY);
        params = SigningParams.builder()
                .credentials(credentials)
                .region(Fixtures.REGION)
                .service(Fixtures.SERVICE)
                .time(Fixtures.SIGNING_TIME)
                .build();
        fast = SigV4Signer.create(SigV4Crypto.jdk());
        byte[] signingKey = SigV4Signer.deriveSigningKey(
                SigV4Crypto.jdk(),
                Fixtures.SECRET_ACCESS_KEY,
                CredentialScope.of(Fixtures.SIGNING_TIME, Fixtures.REGION, Fixtures.SERVICE));
        cachedKeyMac = Mac.getInstance("HmacSHA256");
        cachedKeyMac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
        checkAllAgree();
    }

    private static String describeBody() {
        StringBuilder body = new StringBuilder("Action=DescribeNetworkInterfaces&Version=2016-11-15");
        for (int i = 1; i <= 6; i++) {
            body.append("&NetworkInterfaceId.").append(i).append("=eni-0f1e2d3c4b5a6000").append(i);
        }
        body.append("&Filter.1.Name=status&Filter.1.Value.1=available&Filter.1.Value.2=in-use")
                .append("&Filter.2.Name=attachment.instance-id&Filter.2.Value.1=i-0a1b2c3d4e5f60001");
        return body.toString();
    }

    /** The fast signer: its stages meet in a reused buffer. */
    @Benchmark
    public SignableRequest buffer() {
        return fast.sign(signable, params).signedRequest();
    }

    /** The reference as the tests use it: strings between stages, the signing key derived each time. */
    @Benchmark
    public Object valuesReference() {
        return ReferenceSigV4.sign(signable, params);
    }

    /** The reference's stages, strings between them, with the signing key cached as the fast signer's. */
    @Benchmark
    public String valuesCachedKey() {
        String amzDate = AMZ_DATE.format(params.time());
        String token = params.credentials().sessionToken().orElse(null);
        List<ReferenceSigV4.Field> signed = new ArrayList<>();
        for (Header header : signable.headers()) {
            signed.add(new ReferenceSigV4.Field(header.name(), header.value()));
        }
        if (token != null) {
            signed.add(new ReferenceSigV4.Field("X-Amz-Security-Token", token));
        }
        signed.add(new ReferenceSigV4.Field("X-Amz-Date", amzDate));
        String scope = ReferenceSigV4.credentialScope(amzDate, params.region(), params.service());
        String signedHeaders = ReferenceSigV4.signedHeaders(signed);
        String payloadHash = ReferenceSigV4.hashedPayload(signable.body(), true);
        String canonicalRequest = ReferenceSigV4.canonicalRequest(
                signable, params.normalizePath(), List.of(), signed, signedHeaders, payloadHash);
        String stringToSign = ReferenceSigV4.stringToSign(amzDate, scope, canonicalRequest);
        String signature =
                HexFormat.of().formatHex(cachedKeyMac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        return "AWS4-HMAC-SHA256 Credential=" + params.credentials().accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    /** Every implementation must give the same Authorization, or the comparison means nothing. */
    private void checkAllAgree() {
        String expected = buffer().header("Authorization");
        String reference = ((ReferenceSigV4.Signed) valuesReference())
                .headers().stream()
                        .filter(field -> field.name().equals("Authorization"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        String cached = valuesCachedKey();
        if (!expected.equals(reference) || !expected.equals(cached)) {
            throw new IllegalStateException(
                    "the signers disagree: " + expected + " / " + reference + " / " + cached);
        }
    }
}
