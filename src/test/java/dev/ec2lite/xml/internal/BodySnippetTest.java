package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodySnippetTest {
    @Test
    void whitespaceRunsCollapseToOneSpaceAndEndsAreTrimmed() {
        assertEquals("a b c", BodySnippet.sanitize("  a\r\n\t b\u00A0\u2028c \n", 200));
    }

    @Test
    void controlAndFormattingCharactersBecomeQuestionMarks() {
        assertEquals("a?b?c?d", BodySnippet.sanitize("a\u0000b\u001bc\u202Ed", 200));
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        String snippet = BodySnippet.sanitize("x".repeat(1000), 200);

        assertEquals(201, snippet.length());
        assertTrue(snippet.endsWith("…"));
    }

    @Test
    void textThatFitsIsNotMarkedAsCut() {
        assertEquals("x".repeat(200), BodySnippet.sanitize("x".repeat(200) + "   ", 200));
    }

    @Test
    void aSurrogatePairIsNeverSplitAndALoneSurrogateIsReplaced() {
        String snippet = BodySnippet.sanitize("x".repeat(199) + "\uD83D\uDE00", 200);

        assertEquals("x".repeat(199) + "…", snippet);
        assertEquals("a?b", BodySnippet.sanitize("a\uD83Db", 200));
    }

    @Test
    void malformedUtf8IsShownAsReplacementCharacters() {
        byte[] body = {'<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>'};

        assertEquals("<a>\uFFFD</a>", BodySnippet.of(body));
    }

    @Test
    void emptyAndBlankBodiesAreNamed() {
        assertEquals("(empty body)", BodySnippet.of(new byte[0]));
        assertEquals("(empty body)", BodySnippet.of(null));
        assertEquals("(blank body)", BodySnippet.of(" \n ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyTheStartOfAHugeBodyIsLookedAt() {
        byte[] body = new byte[10_000_000];
        Arrays.fill(body, (byte) 'q');

        assertEquals(201, BodySnippet.of(body).length());
    }

    @Test
    void credentialValuesAreRedactedWithOrWithoutPrefixAndCase() {
        String body =
                "<sts:SessionToken>tok</sts:SessionToken><secretaccesskey a=\"b\">sec</secretaccesskey><Token><![CDATA[t]]></Token>";

        assertEquals(
                "<sts:SessionToken>[redacted]</sts:SessionToken><secretaccesskey a=\"b\">[redacted]</secretaccesskey>"
                        + "<Token>[redacted]</Token>",
                BodySnippet.of(body.getBytes(StandardCharsets.UTF_8)));
    }
}
