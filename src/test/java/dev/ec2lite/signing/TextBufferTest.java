package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The buffer must write exactly the bytes that {@code String.getBytes(UTF_8)} would. */
class TextBufferTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain ASCII: content-type;host",
                "two bytes: é ß ÿ ǅ",
                "three bytes: ሴ € \uFFFF",
                "a pair: 😀 and \uD83D\uDE00",
                "a lone high surrogate \uD83D at the end \uD83D",
                "a lone low surrogate \uDE00 here",
                "reversed pair \uDE00\uD83D",
                "\u007F\u0080\u07FF\u0800"
            })
    void writesWhatGetBytesWrites(String text) {
        TextBuffer buffer = new TextBuffer(1); // tiny, so every append grows it too
        buffer.append(text);
        byte[] expected = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, Arrays.copyOf(buffer.array(), buffer.length()));
        assertEquals(new String(expected, StandardCharsets.UTF_8), buffer.toString(0, buffer.length()));
        assertEquals(new String(expected, StandardCharsets.UTF_8).length(), buffer.charCount(0, buffer.length()));
    }

    @Test
    void aRangeIsEncodedAsItsSubstringWouldBe() {
        String text = "ab😀cd";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                TextBuffer buffer = new TextBuffer(4);
                buffer.append(text, from, to);
                // A cut through the pair leaves a lone surrogate, written as '?' like getBytes does.
                assertArrayEquals(
                        text.substring(from, to).getBytes(StandardCharsets.UTF_8),
                        Arrays.copyOf(buffer.array(), buffer.length()),
                        from + ".." + to);
            }
        }
    }

    @Test
    void lowerCasingTouchesAsciiLettersOnly() {
        TextBuffer buffer = new TextBuffer(8);
        buffer.appendAsciiLowerCase("X-Amz-Date_09;Ä");
        assertEquals("x-amz-date_09;Ä", buffer.toString(0, buffer.length()));
        String ascii = "Content-Type";
        assertEquals(ascii.toLowerCase(Locale.ROOT), Ascii.toLowerCase(ascii));
    }

    @Test
    void hexIsLowerCase() {
        byte[] data = {0, 1, 0x7F, (byte) 0x80, (byte) 0xAB, (byte) 0xFF};
        TextBuffer buffer = new TextBuffer(2);
        buffer.append('[').appendHex(data).append(']');
        assertEquals("[" + HexFormat.of().formatHex(data) + "]", buffer.toString(0, buffer.length()));
    }

    @Test
    void clearingWipesTheText() {
        TextBuffer buffer = new TextBuffer(16);
        buffer.append("secret");
        byte[] array = buffer.array();
        buffer.clear();
        assertEquals(0, buffer.length());
        assertArrayEquals(new byte[array.length], array);
    }

    @Test
    void growingWipesTheArrayLeftBehind() {
        TextBuffer buffer = new TextBuffer(8);
        byte[] first = buffer.array();
        buffer.append("token").append(" and then some more");
        assertEquals("token and then some more", buffer.toString(0, buffer.length()));
        assertArrayEquals(new byte[first.length], first);
    }

    @Test
    void charsAreCountedAfterNonAsciiTextAndAfterAClear() {
        TextBuffer buffer = new TextBuffer(8);
        buffer.append("ab").append("é😀").append("cd");
        assertEquals(2, buffer.charCount(0, 2));
        assertEquals(7, buffer.charCount(0, buffer.length()));
        buffer.clear();
        buffer.append("plain");
        assertEquals(5, buffer.charCount(0, buffer.length()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "x",
                "application/x-www-form-urlencoded; charset=utf-8",
                " leading",
                "trailing ",
                "two  spaces",
                "tab\there",
                "space then tab \tx",
                "new\nline",
                "control\u0001char",
                "del\u007F",
                "non-ASCII é",
                "em\u2003space",
                " ",
                "a b c"
            })
    void appendsAValueAsIsExactlyWhenFoldingWouldKeepItAndItIsAscii(String value) {
        TextBuffer buffer = new TextBuffer(1);
        buffer.append("k:");
        boolean appended = buffer.appendIfFoldedAscii(value);
        boolean printableAscii = value.chars().allMatch(c -> c >= ' ' && c < 0x7F);
        assertEquals(printableAscii && CanonicalHeaders.foldWhitespace(value).equals(value), appended, value);
        assertEquals(appended ? "k:" + value : "k:", buffer.toString(0, buffer.length()));
        byte[] array = buffer.array();
        assertArrayEquals(
                new byte[array.length - buffer.length()], Arrays.copyOfRange(array, buffer.length(), array.length));
    }
}
