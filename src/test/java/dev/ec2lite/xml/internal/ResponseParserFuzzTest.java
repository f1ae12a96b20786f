package dev.ec2lite.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ServiceException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the fixtures with a seeded {@link Random} and feeds every mutant to the parser: each outcome
 * must be a root element or one of our exception types, quickly. The seed is fixed so a failure
 * reproduces; the failing mutant is printed in hex.
 */
class ResponseParserFuzzTest {
    private static final long SEED = 0x5EED_EC2L;
    private static final int MUTATIONS = 2_000;
    private static final int[] STATUSES = {200, 400, 403, 412, 500, 503};

    /** Fragments that tend to reach the interesting paths: markup, entities, DTDs, odd bytes. */
    private static final String[] FRAGMENTS = {
        "<",
        ">",
        "</",
        "/>",
        "&",
        "&amp;",
        "&x;",
        "&#0;",
        "&#xD800;",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<!DOCTYPE r [<!ENTITY x \"y\">]>",
        "<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p\">",
        "<?xml version=\"1.0\"?>",
        "<Error><Code>C</Code></Error>",
        "<Errors>",
        "</Errors>",
        "<Code></Code>",
        "xmlns=\"\"",
        "xmlns:a=\"urn:a\"",
        " a=\"1\" a=\"2\"",
        "\u0000",
        "\uFEFF",
        "\u00e9",
        "\uD83D\uDE00",
        "encoding=\"UTF-16\"",
    };

    @Test
    void everyMutantGivesARootOrOneOfOurExceptions() {
        Random random = new Random(SEED);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        // A library must never write to the console: the parser's complaints become exceptions only.
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < MUTATIONS; i++) {
                    String fixture = Fixtures.ALL[random.nextInt(Fixtures.ALL.length)];
                    byte[] mutant = mutate(Fixtures.bytes(fixture), random);
                    // Mostly the status the body came with, so mutants reach the deep paths; sometimes any.
                    int status = random.nextInt(4) > 0
                            ? (fixture.contains("success") ? 200 : 400)
                            : STATUSES[random.nextInt(STATUSES.length)];
                    outcomes.merge(classify(mutant, status), 1, Integer::sum);
                    if (console.size() > 0) {
                        fail("the parser wrote to the console for body "
                                + HexFormat.of().formatHex(mutant) + ": " + console.toString(StandardCharsets.UTF_8));
                    }
                }
            });
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }

        assertEquals(
                MUTATIONS,
                outcomes.values().stream().mapToInt(Integer::intValue).sum());
        // Every kind of outcome must occur, or the mutations only ever exercise rejection.
        for (Outcome outcome : Outcome.values()) {
            assertTrue(outcomes.containsKey(outcome), "never " + outcome + ": " + outcomes);
        }
    }

    private enum Outcome {
        ROOT,
        SERVICE_ERROR,
        SYNTHETIC_SERVICE_ERROR,
        CLIENT_ERROR
    }

    private static Outcome classify(byte[] mutant, int status) {
        try {
            Ec2ResponseParser.parse(mutant, status, "rid", "Op");
            return Outcome.ROOT;
        } catch (Ec2ServiceException e) {
            assertEquals(status, e.statusCode());
            if (e.errorCode().startsWith(Ec2ResponseParser.SYNTHETIC_CODE_PREFIX)) {
                assertBounded(e.errorMessage(), mutant);
                return Outcome.SYNTHETIC_SERVICE_ERROR;
            }
            return Outcome.SERVICE_ERROR;
        } catch (Ec2ClientException e) {
            assertEquals(status, e.statusCode().orElseThrow());
            assertBounded(e.getMessage(), mutant);
            return Outcome.CLIENT_ERROR;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(
                    "unexpected " + e + " for status " + status + " and body "
                            + HexFormat.of().formatHex(mutant),
                    e);
        }
    }

    private static void assertBounded(String message, byte[] mutant) {
        if (message.length() > 600 || message.chars().anyMatch(Character::isISOControl)) {
            fail("unsanitised message for body " + HexFormat.of().formatHex(mutant) + ": " + message);
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] body = seed.clone();
        int steps = 1 + random.nextInt(3);
        for (int step = 0; step < steps; step++) {
            body = mutateOnce(body, random);
        }
        return body;
    }

    private static byte[] mutateOnce(byte[] body, Random random) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length + 1);
        return switch (random.nextInt(7)) {
            case 0 -> flipBit(body, at, random);
            case 1 -> Arrays.copyOf(body, at); // truncate
            case 2 -> { // delete a range
                int end = Math.min(body.length, at + random.nextInt(32));
                yield concat(Arrays.copyOfRange(body, 0, at), Arrays.copyOfRange(body, end, body.length));
            }
            case 3 -> { // insert random bytes
                byte[] noise = new byte[1 + random.nextInt(8)];
                random.nextBytes(noise);
                yield insert(body, at, noise);
            }
            case 4 -> insert(body, at, FRAGMENTS[random.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8));
            case 5 -> { // duplicate a range: repeats elements, grows nesting
                int from = body.length == 0 ? 0 : random.nextInt(body.length);
                int to = Math.min(body.length, from + random.nextInt(64));
                yield insert(body, at, Arrays.copyOfRange(body, from, to));
            }
            default -> swapBytes(body, at, random);
        };
    }

    private static byte[] flipBit(byte[] body, int at, Random random) {
        if (body.length > 0) {
            body[Math.min(at, body.length - 1)] ^= (byte) (1 << random.nextInt(8));
        }
        return body;
    }

    private static byte[] swapBytes(byte[] body, int at, Random random) {
        if (body.length > 1) {
            int other = random.nextInt(body.length);
            int here = Math.min(at, body.length - 1);
            byte kept = body[here];
            body[here] = body[other];
            body[other] = kept;
        }
        return body;
    }

    private static byte[] insert(byte[] body, int at, byte[] extra) {
        return concat(concat(Arrays.copyOfRange(body, 0, at), extra), Arrays.copyOfRange(body, at, body.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
