package dev.ec2lite.signing;

import static dev.ec2lite.signing.SignedRequestAssertions.assertSameSignedRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of AWS's published {@code v4/} suite (38 folders), in header and in query (presigned)
 * mode, with each crypto implementation. Each stage is asserted in order, so a failure names the
 * first stage that differs. No case is skipped.
 */
class SigV4VectorTest {

    static List<Arguments> cases() {
        List<Arguments> arguments = new ArrayList<>();
        for (VectorCase vector : VectorCase.v4Cases()) {
            arguments.add(Arguments.of(vector, "jdk"));
            arguments.add(Arguments.of(vector, "bouncycastle"));
        }
        return arguments;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void headerSigningMatchesTheSuite(VectorCase vector, String crypto) {
        SigningResult result = SigV4Signer.create(SigV4Crypto.named(crypto)).sign(vector.request(), vector.params());

        assertEquals(vector.text("header-canonical-request.txt"), result.canonicalRequest(), "canonical request");
        assertEquals(vector.text("header-string-to-sign.txt"), result.stringToSign(), "string to sign");
        assertEquals(vector.text("header-signature.txt"), result.signature(), "signature");
        assertSameSignedRequest(
                SuiteRequestFile.parse(vector.bytes("header-signed-request.txt")),
                result.signedRequest(),
                "signed request");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void querySigningMatchesTheSuite(VectorCase vector, String crypto) {
        SigningResult result = SigV4Signer.create(SigV4Crypto.named(crypto)).presign(vector.request(), vector.params());

        assertEquals(vector.text("query-canonical-request.txt"), result.canonicalRequest(), "canonical request");
        assertEquals(vector.text("query-string-to-sign.txt"), result.stringToSign(), "string to sign");
        assertEquals(vector.text("query-signature.txt"), result.signature(), "signature");
        assertSameSignedRequest(
                SuiteRequestFile.parse(vector.bytes("query-signed-request.txt")),
                result.signedRequest(),
                "signed request");
    }

    @org.junit.jupiter.api.Test
    void theSuiteHasEveryPublishedCase() {
        assertEquals(38, VectorCase.v4Cases().size(), "v4 case folders");
    }
}
