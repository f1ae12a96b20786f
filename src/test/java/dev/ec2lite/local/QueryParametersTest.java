package dev.ec2lite.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParametersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plain|plain",
                "a+b|a b",
                "a%20b|a b",
                "%2B|+",
                "%c3%a9|é",
                "100%|100%",
                "%zz|%zz",
                "%4|%4",
                "eni-attach-1%2Fx|eni-attach-1/x"
            })
    void formDecodingTurnsPlusIntoSpaceAndPercentEscapesIntoUtf8(String encoded, String decoded) {
        assertEquals(decoded, QueryParameters.formDecode(encoded));
    }

    @Test
    void urlQueryAndFormBodyAreBothRead() {
        QueryParameters parameters =
                QueryParameters.decode("Action=DescribeNetworkInterfaces", "Version=2016-11-15&Empty=&Bare");

        assertEquals(Optional.of("DescribeNetworkInterfaces"), parameters.get("Action"));
        assertEquals(Optional.of("2016-11-15"), parameters.get("Version"));
        assertEquals(Optional.of(""), parameters.get("Bare"));
        assertThrows(ServiceError.class, () -> parameters.required("Empty"));
        assertFalse(parameters.get("Missing").isPresent());
    }

    @Test
    void flattenedListIsReadInIndexOrder() {
        QueryParameters parameters = QueryParameters.decode(
                null, "NetworkInterfaceId.10=c&NetworkInterfaceId.2=b&NetworkInterfaceId.1=a&NetworkInterfaceIdX.1=no");

        assertEquals(List.of("a", "b", "c"), parameters.list("NetworkInterfaceId"));
    }

    @Test
    void filtersPairNamesWithTheirValues() {
        QueryParameters parameters = QueryParameters.decode(
                null,
                "Filter.2.Name=status&Filter.2.Value.1=available"
                        + "&Filter.1.Name=attachment.instance-id&Filter.1.Value.2=i-2&Filter.1.Value.1=i-1");

        assertEquals(
                List.of(
                        new QueryParameters.Filter("attachment.instance-id", List.of("i-1", "i-2")),
                        new QueryParameters.Filter("status", List.of("available"))),
                parameters.filters());
    }

    @Test
    void filterValueWithoutItsNameIsMissingParameter() {
        QueryParameters parameters = QueryParameters.decode(null, "Filter.1.Value.1=x");

        ServiceError error = assertThrows(ServiceError.class, parameters::filters);
        assertEquals("MissingParameter", error.code());
    }

    @Test
    void flagsAcceptTrueAndFalseInAnyCaseOnly() {
        QueryParameters parameters = QueryParameters.decode(null, "A=TRUE&B=false&C=1");

        assertTrue(parameters.flag("A"));
        assertFalse(parameters.flag("B"));
        assertFalse(parameters.flag("Absent"));
        assertEquals(
                "InvalidParameterValue",
                assertThrows(ServiceError.class, () -> parameters.flag("C")).code());
    }
}
