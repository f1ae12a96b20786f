package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationHeaderTest {
    private static final String SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

    @Test
    void partsOfTheHeaderAreRead() {
        AuthorizationHeader header = AuthorizationHeader.parse("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, "
                + "SignedHeaders=content-type;Host;x-amz-date, Signature=" + SIGNATURE);

        assertEquals("AKIDEXAMPLE", header.accessKeyId());
        assertEquals("20150830", header.date());
        assertEquals("us-east-1", header.region());
        assertEquals("ec2", header.service());
        assertEquals(List.of("content-type", "host", "x-amz-date"), header.signedHeaders());
        assertEquals(SIGNATURE, header.signature());
    }

    @Test
    void toStringNeverShowsTheSignature() {
        AuthorizationHeader header = AuthorizationHeader.parse("AWS4-HMAC-SHA256 "
                + "Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request,SignedHeaders=host,Signature="
                + SIGNATURE);

        assertFalse(header.toString().contains(SIGNATURE), header.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "AWS4-HMAC-SHA256",
                "AWS AKIDEXAMPLE:abc",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, SignedHeaders=host",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2, SignedHeaders=host, Signature=ab",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE//us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=ab",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/ec2/aws4_request, SignedHeaders=, Signature=ab"
            })
    void incompleteHeaderIsIncompleteSignature(String value) {
        ServiceError error = assertThrows(ServiceError.class, () -> AuthorizationHeader.parse(value));

        assertEquals("IncompleteSignature", error.code());
        assertEquals(400, error.status());
    }
}
