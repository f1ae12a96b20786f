package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonicalisation rules one at a time, one row per rule. */
class CanonicalRequestTest {

    @ParameterizedTest(name = "{0}: ''{1}'' -> ''{3}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "empty path is the root             | \"\"                  | true  | /",
                "root stays                         | /                   | true  | /",
                "empty segments are dropped         | //example//         | true  | /example/",
                "dot segments are dropped           | /./a/./b            | true  | /a/b",
                "dot-dot removes its parent         | /a/b/../c           | true  | /a/c",
                "dot-dot above the root stays root  | /../../a            | true  | /a",
                "trailing dot-dot keeps a slash     | /a/b/..             | true  | /a/",
                "space is encoded once              | /example space/     | true  | /example%20space/",
                "an encoded slash is encoded again  | /a%2Fb              | true  | /a%252Fb",
                "reserved characters are encoded    | /$delete:x@y        | true  | /%24delete%3Ax%40y",
                "unreserved characters stay         | /-_.~AZaz09         | true  | /-_.~AZaz09",
                "UTF-8 bytes are encoded            | /ሴ                  | true  | /%E1%88%B4",
                "unnormalised keeps empty segments  | //example//         | false | //example//",
                "unnormalised keeps dot segments    | /a/./b/../c         | false | /a/./b/../c",
                "a normal path stays as it is       | /a/b/               | true  | /a/b/",
                "a dot inside a segment stays       | /a/.b/c.            | true  | /a/.b/c.",
                "a trailing dot segment is dropped  | /a/.                | true  | /a/",
                "a relative path gets its root      | a/b                 | true  | /a/b",
            })
    void canonicalUriFollowsTheRules(String rule, String path, boolean normalize, String expected) {
        assertEquals(expected, CanonicalRequest.canonicalUri(path, normalize), rule);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> ''{2}''")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "no query                              | \"\"                       | \"\"",
                "sorted by encoded name                | b=2&a=1                  | a=1&b=2",
                "name case is byte order               | a=1&B=2                  | B=2&a=1",
                "same name sorted by value             | a=2&a=1                  | a=1&a=2",
                "a missing value is empty              | a&b=                     | a=&b=",
                "empty pieces are skipped              | &a=1&&b=2&               | a=1&b=2",
                "split on the first equals sign only   | a=b=c                    | a=b%3Dc",
                "encoded input is not encoded twice    | a=%2F%20                 | a=%2F%20",
                "lower-case escapes become upper case  | a=%2f                    | a=%2F",
                "plus stays a literal plus             | a=b+c                    | a=b%2Bc",
                "reserved characters are encoded       | a=/;:@ ,                 | a=%2F%3B%3A%40%20%2C",
                "unreserved characters stay            | a=-_.~                   | a=-_.~",
                "raw UTF-8 is encoded                  | ሴ=bar                    | %E1%88%B4=bar",
                "sorting uses the encoded form         | Param-3=3&%E1%88%B4=1&Param=2 | %E1%88%B4=1&Param=2&Param-3=3",
                "Action and Version sort like any name | Version=2016-11-15&Action=DetachNetworkInterface | Action=DetachNetworkInterface&Version=2016-11-15",
            })
    void canonicalQueryFollowsTheRules(String rule, String query, String expected) {
        assertEquals(expected, CanonicalRequest.canonicalQuery(query, List.of()), rule);
    }

    @Test
    void presignParametersAreSortedWithTheRequestsOwn() {
        assertEquals(
                "X-Amz-Credential=AKID%2F20150830&a=1&z=2",
                CanonicalRequest.canonicalQuery(
                        "z=2&a=1", List.of(new QueryParameter("X-Amz-Credential", "AKID/20150830"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "value is trimmed                      | \"  value1  \"               | value1",
                "inner spaces fold to one              | \"a   b    c\"               | a b c",
                "tabs and newlines fold too            | \"a\t\tb\n   c\"            | a b c",
                "single inner spaces stay              | \"a b c\"                    | a b c",
                "a lone tab becomes a space            | \"a\tb\"                     | a b",
                "a trailing space is dropped           | \"a \"                       | a",
                "a value of spaces only is empty       | \"   \"                      | \"\"",
                "a value without spaces stays          | \"value\"                    | value",
            })
    void headerValuesAreTrimmedAndFolded(String rule, String value, String expected) {
        assertEquals(expected, CanonicalHeaders.foldWhitespace(value), rule);
    }

    @Test
    void headerNamesAreLowerCasedSortedAndRepeatsJoinedInOrder() {
        Map<String, String> headers = canonicalHeaders(List.of(
                new Header("My-Header1", "value2"),
                new Header("Host", "example.amazonaws.com"),
                new Header("my-header1", "value2"),
                new Header("MY-HEADER1", "value1")));
        assertEquals(List.of("host", "my-header1"), List.copyOf(headers.keySet()));
        assertEquals("value2,value2,value1", headers.get("my-header1"));
    }

    @Test
    void headersThatProxiesRewriteAreNeverSigned() {
        Map<String, String> headers = canonicalHeaders(List.of(
                new Header("Host", "h"),
                new Header("User-Agent", "ec2lite/0.1.0"),
                new Header("Connection", "keep-alive"),
                new Header("X-Amzn-Trace-Id", "Root=1"),
                new Header("Transfer-Encoding", "chunked"),
                new Header("Expect", "100-continue"),
                new Header("Upgrade", "h2c"),
                new Header("Sec-WebSocket-Key", "k"),
                new Header("Authorization", "old")));
        assertEquals(List.of("host"), List.copyOf(headers.keySet()));
    }

    @Test
    void aNameBeyondAsciiIsLowerCasedByTheRootLocale() {
        Map<String, String> headers = canonicalHeaders(
                List.of(new Header("Zeta", "z"), new Header("ÄRGER-Header", "a"), new Header("B", "b")));
        assertEquals(List.of("b", "zeta", "ärger-header"), List.copyOf(headers.keySet()));
    }

    @Test
    void onlyAsciiLettersMatchTheUnsignedNamesWhateverTheirCase() {
        // The long s upper-cases to S, so equalsIgnoreCase would match it; toLowerCase(ROOT) does not.
        Map<String, String> headers = canonicalHeaders(List.of(
                new Header("TRANSFER-ENCODING", "chunked"),
                new Header("tranſfer-encoding", "x"),
                new Header("SEC-WEBSOCKET-VERSION", "13"),
                new Header("Sec-WebSocke", "signed")));
        assertEquals(List.of("sec-websocke", "tranſfer-encoding"), List.copyOf(headers.keySet()));
    }

    @Test
    void repeatsAreJoinedWhereverTheyStandInTheList() {
        Map<String, String> headers = canonicalHeaders(List.of(
                new Header("b", "1"),
                new Header("A", "2"),
                new Header("B", " 3  x "),
                new Header("a", "4"),
                new Header("c", "5"),
                new Header("b", "6")));
        assertEquals(Map.of("a", "2,4", "b", "1,3 x,6", "c", "5"), headers);
        assertEquals(List.of("a", "b", "c"), List.copyOf(headers.keySet()));
    }

    @Test
    void wholeCanonicalRequestOfAnEc2QueryCall() {
        SignableRequest request = SignableRequest.builder()
                .method("POST")
                .path("/")
                .addHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .addHeader("Host", "ec2.us-east-1.amazonaws.com")
                .addHeader("X-Amz-Date", "20150830T123600Z")
                .body("Action=DetachNetworkInterface".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
        String expected = String.join(
                "\n",
                "POST",
                "/",
                "",
                "content-type:application/x-www-form-urlencoded; charset=utf-8",
                "host:ec2.us-east-1.amazonaws.com",
                "x-amz-date:20150830T123600Z",
                "",
                "content-type;host;x-amz-date",
                "hash");
        assertEquals(expected, canonicalRequest(request, "hash"));
    }

    /** The canonical request as the signer writes it, with a payload hash of the test's choosing. */
    private static String canonicalRequest(SignableRequest request, String payloadHash) {
        CanonicalHeaders headers = new CanonicalHeaders();
        headers.sort(request.headers(), -1);
        TextBuffer out = new TextBuffer(512);
        CanonicalRequest.writeUpToPayloadHash(
                out, request.method(), request.path(), request.query(), headers, true, List.of());
        out.append(payloadHash);
        return out.toString(0, out.length());
    }

    /** The signed headers by lower-case name, in order, repeated names' values joined by {@code ,}. */
    private static Map<String, String> canonicalHeaders(List<Header> headers) {
        CanonicalHeaders sorted = new CanonicalHeaders();
        sorted.sort(headers, -1);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < sorted.lineCount(); i++) {
            map.merge(sorted.name(i), sorted.value(i), (earlier, later) -> earlier + ',' + later);
        }
        return map;
    }
}
