package dev.ec2lite.signing;

import static dev.ec2lite.signing.SignedRequestAssertions.assertSameSignedRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference signer against every case of AWS's published {@code v4/} suite, in header and in
 * query mode: the yardstick of {@link SignerDifferentialTest} is itself checked against the
 * specification's own data, stage by stage.
 */
class ReferenceSigV4VectorTest {

    static List<VectorCase> cases() {
        return VectorCase.v4Cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void headerSigningMatchesTheSuite(VectorCase vector) {
        SignableRequest request = vector.request();
        ReferenceSigV4.Signed signed = ReferenceSigV4.sign(request, vector.params());

        assertEquals(vector.text("header-canonical-request.txt"), signed.canonicalRequest(), "canonical request");
        assertEquals(vector.text("header-string-to-sign.txt"), signed.stringToSign(), "string to sign");
        assertEquals(vector.text("header-signature.txt"), signed.signature(), "signature");
        assertSameSignedRequest(
                SuiteRequestFile.parse(vector.bytes("header-signed-request.txt")),
                asRequest(request, signed),
                "signed request");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void querySigningMatchesTheSuite(VectorCase vector) {
        SignableRequest request = vector.request();
        ReferenceSigV4.Signed signed = ReferenceSigV4.presign(request, vector.params());

        assertEquals(vector.text("query-canonical-request.txt"), signed.canonicalRequest(), "canonical request");
        assertEquals(vector.text("query-string-to-sign.txt"), signed.stringToSign(), "string to sign");
        assertEquals(vector.text("query-signature.txt"), signed.signature(), "signature");
        assertSameSignedRequest(
                SuiteRequestFile.parse(vector.bytes("query-signed-request.txt")),
                asRequest(request, signed),
                "signed request");
    }

    /** The request the reference says is sent: its headers and query on the original request. */
    private static SignableRequest asRequest(SignableRequest original, ReferenceSigV4.Signed signed) {
        SignableRequest.Builder builder = SignableRequest.builder()
                .method(original.method())
                .path(original.path())
                .query(signed.query());
        for (ReferenceSigV4.Field header : signed.headers()) {
            builder.addHeader(header.name(), header.value());
        }
        return builder.body(original.body()).build();
    }
}
