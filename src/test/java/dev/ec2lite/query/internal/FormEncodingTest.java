package dev.ec2lite.query.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.query.QueryRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormEncodingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unreserved characters stay  | AZaz09-_.~   | AZaz09-_.~",
                "space becomes plus          | 'a b'        | a+b",
                "plus is encoded             | a+b          | a%2Bb",
                "slash is encoded            | a/b          | a%2Fb",
                "reserved are upper-case hex | '=&?#:;,@'   | %3D%26%3F%23%3A%3B%2C%40",
                "percent is encoded          | 100%         | 100%25",
                "UTF-8 bytes one by one      | é€           | %C3%A9%E2%82%AC",
                "asterisk is encoded         | a*b          | a%2Ab",
            })
    void valuesAreEncodedAsTheAwsCliEncodesThem(String rule, String value, String expected) {
        assertEquals(expected, FormEncoding.encode(value), rule);
    }

    @Test
    void actionAndVersionComeFirstThenParametersInOrder() {
        QueryRequest request = QueryRequest.builder("DetachNetworkInterface", "2016-11-15")
                .param("AttachmentId", "eni-attach-1")
                .param("Force", true)
                .param("DryRun", false)
                .build();
        assertEquals(
                "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-1&Force=true&DryRun=false",
                request.formBody());
    }

    @Test
    void listsAreNumberedFromOneAndMapsJoinedByDots() {
        QueryRequest request = QueryRequest.builder("DescribeNetworkInterfaces", "2016-11-15")
                .params(Map.of(
                        "Filter", List.of(Map.of("Name", "status"), Map.of("Value", List.of("available", "in-use")))))
                .build();
        assertEquals(
                List.of("Filter.1.Name=status", "Filter.2.Value.1=available", "Filter.2.Value.2=in-use"),
                request.parameters().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    @Test
    void numbersAreWrittenPlainly() {
        QueryRequest request = QueryRequest.builder("AttachNetworkInterface", "2016-11-15")
                .param("DeviceIndex", 1)
                .build();
        assertTrue(request.formBody().endsWith("&DeviceIndex=1"));
    }

    @Test
    void nullAndUnsupportedValuesNameTheParameter() {
        IllegalArgumentException nullValue = assertThrows(
                IllegalArgumentException.class,
                () -> QueryRequest.builder("A", "1").param("Filter", List.of(Map.of("Name", new Object()))));
        assertTrue(nullValue.getMessage().contains("Filter.1.Name"), nullValue.getMessage());
        IllegalArgumentException nested = assertThrows(
                IllegalArgumentException.class,
                () -> QueryRequest.builder("A", "1").param("X", null));
        assertTrue(nested.getMessage().contains("parameter X is null"), nested.getMessage());
    }

    @Test
    void actionAndVersionAreRequired() {
        assertThrows(
                NullPointerException.class,
                () -> QueryRequest.builder(null, "1").build());
        assertThrows(
                IllegalArgumentException.class,
                () -> QueryRequest.builder("A", " ").build());
    }
}
