package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HMAC-SHA256 as {@link JdkHashes} computes it on a plain SHA-256 digest (RFC 2104), checked against
 * the published vectors of RFC 4231 and against the JDK's own {@code javax.crypto.Mac}.
 */
class JdkHmacTest {
    private static byte[] repeat(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** RFC 4231 section 4, test cases 1 to 7 (HMAC-SHA-256; case 5 is compared on its first 128 bits). */
    static Stream<Arguments> rfc4231() {
        byte[] counting = new byte[25];
        for (int i = 0; i < counting.length; i++) {
            counting[i] = (byte) (i + 1);
        }
        return Stream.of(
                Arguments.of(
                        "1",
                        repeat(0x0b, 20),
                        ascii("Hi There"),
                        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
                Arguments.of(
                        "2",
                        ascii("Jefe"),
                        ascii("what do ya want for nothing?"),
                        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                Arguments.of(
                        "3",
                        repeat(0xaa, 20),
                        repeat(0xdd, 50),
                        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
                Arguments.of(
                        "4",
                        counting,
                        repeat(0xcd, 50),
                        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
                Arguments.of("5", repeat(0x0c, 20), ascii("Test With Truncation"), "a3b6167473100ee06e0c796c2955552b"),
                Arguments.of(
                        "6",
                        repeat(0xaa, 131),
                        ascii("Test Using Larger Than Block-Size Key - Hash Key First"),
                        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
                Arguments.of(
                        "7",
                        repeat(0xaa, 131),
                        ascii("This is a test using a larger than block-size key and a larger than block-size data."
                                + " The key needs to be hashed before being used by the HMAC algorithm."),
                        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"));
    }

    @ParameterizedTest(name = "RFC 4231 test case {0}")
    @MethodSource("rfc4231")
    void matchesThePublishedVectors(String testCase, byte[] key, byte[] data, String expectedHex) {
        byte[] mac = new JdkHashes().hmacSha256(key, data, 0, data.length);

        String hex = HexFormat.of().formatHex(mac);
        assertEquals(expectedHex, hex.substring(0, expectedHex.length()), "test case " + testCase);
    }

    /** Key and data lengths around the block (64) and hash (32) sizes, then random ones; seeded. */
    static Stream<Arguments> lengths() {
        Random random = new Random(20_261_204L);
        Stream<Arguments> edges = Stream.of(0, 1, 31, 32, 33, 63, 64, 65, 128, 200)
                .flatMap(keyLength -> Stream.of(0, 1, 55, 56, 64, 65, 1000)
                        .map(dataLength -> Arguments.of(keyLength, dataLength, random.nextLong())));
        Stream<Arguments> randoms = Stream.generate(
                        () -> Arguments.of(random.nextInt(300), random.nextInt(3000), random.nextLong()))
                .limit(100);
        return Stream.concat(edges, randoms);
    }

    @ParameterizedTest(name = "key {0} bytes, data {1} bytes")
    @MethodSource("lengths")
    void agreesWithTheJdkMac(int keyLength, int dataLength, long seed) throws GeneralSecurityException {
        Random random = new Random(seed);
        byte[] key = new byte[keyLength];
        byte[] data = new byte[dataLength + 10];
        random.nextBytes(key);
        random.nextBytes(data);
        Mac reference = Mac.getInstance("HmacSHA256");
        // SecretKeySpec refuses an empty key; RFC 2104's HMAC of an empty key equals that of one zero byte.
        reference.init(new SecretKeySpec(keyLength == 0 ? new byte[1] : key, "HmacSHA256"));
        reference.update(data, 3, dataLength);
        byte[] expected = reference.doFinal();

        JdkHashes hashes = new JdkHashes();
        byte[] out = new byte[32];
        hashes.hmacSha256Into(key, data, 3, dataLength, out);

        assertArrayEquals(expected, out);
    }

    @ParameterizedTest(name = "key {0} bytes, data {1} bytes")
    @MethodSource("lengths")
    void aNewKeyReplacesTheKeptOneAndTheSameKeyGivesTheSameAnswer(int keyLength, int dataLength, long seed) {
        Random random = new Random(seed);
        byte[] first = new byte[keyLength + 1];
        byte[] data = new byte[dataLength];
        random.nextBytes(first);
        random.nextBytes(data);
        byte[] second = first.clone();
        second[keyLength] ^= 1;
        JdkHashes kept = new JdkHashes();

        byte[] withFirst = kept.hmacSha256(first, data, 0, data.length);
        byte[] withSecond = kept.hmacSha256(second, data, 0, data.length);
        first[0] ^= 1; // the caller changes its array: the next call must see the change, not the kept copy
        byte[] withChanged = kept.hmacSha256(first, data, 0, data.length);

        assertArrayEquals(new JdkHashes().hmacSha256(second, data, 0, data.length), withSecond);
        assertArrayEquals(new JdkHashes().hmacSha256(first, data, 0, data.length), withChanged);
        first[0] ^= 1;
        assertArrayEquals(withFirst, kept.hmacSha256(first, data, 0, data.length));
    }

    @ParameterizedTest(name = "offset {0}, length {1}")
    @MethodSource("badRanges")
    void aRangeOutsideTheDataIsRefusedAndLeavesNothingBehind(int offset, int length) {
        JdkHashes hashes = new JdkHashes();
        byte[] key = ascii("key");
        byte[] data = ascii("some data");
        byte[] before = hashes.hmacSha256(key, data, 0, data.length);

        assertThrows(
                IndexOutOfBoundsException.class, () -> hashes.hmacSha256Into(key, data, offset, length, new byte[32]));
        assertThrows(IndexOutOfBoundsException.class, () -> hashes.sha256Into(data, offset, length, new byte[32]));

        assertArrayEquals(before, hashes.hmacSha256(key, data, 0, data.length));
    }

    static Stream<Arguments> badRanges() {
        return Stream.of(Arguments.of(-1, 2), Arguments.of(0, 10), Arguments.of(5, 5), Arguments.of(2, -1));
    }
}
