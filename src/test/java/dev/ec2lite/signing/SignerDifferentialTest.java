package dev.ec2lite.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast signer against {@link ReferenceSigV4} over generated requests: every stage and what the
 * signed request carries must be identical. The requests come from a seeded {@link Random}, so a
 * failure names a case that can be generated again; the pieces they are drawn from are the corners
 * of the specification (dot segments, repeated slashes, unicode and escapes in paths, repeated and
 * empty query keys, reserved characters, padded and multi-line header values, repeated header names,
 * headers that are never signed or that signing replaces, session tokens, empty and binary bodies,
 * both path rules).
 */
class SignerDifferentialTest {
    private static final int CASES = 2_000;
    private static final long SEED = 0x5164_5634L;
    private static final Duration BOUND = Duration.ofSeconds(120);

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "X-CUSTOM"};
    private static final String[] SEGMENTS = {
        "", "", ".", "..", "...", ".hidden", "a", "example", "a b", "ሴ", "é", "😀", "%2F", "%2f", "%20", "%", "$delete",
        "a+b", "~user", "x.y", "=", "a:b@c", "[x]", "-_.~", "Ünïcödé", "?", "#frag"
    };
    private static final String[] QUERY_KEYS = {
        "a",
        "A",
        "b",
        "Param",
        "Param-3",
        "ሴ",
        "%E1%88%B4",
        "x y",
        "k%2f",
        "",
        "Action",
        "a+b",
        "~",
        "%",
        "%zz",
        "é",
        "=",
        "X-Amz-Date"
    };
    private static final String[] QUERY_VALUES = {
        "", "1", "2", "value", "a=b", "%2F%20", "/;:@ ,", "-_.~", "ሴ", "+", "%41", "x%", "2016-11-15", "😀"
    };
    private static final String[] HEADER_NAMES = {
        "Host",
        "host",
        "HOST",
        "My-Header1",
        "my-header1",
        "X-Amz-Meta-A",
        "Content-Type",
        "content-type",
        "zeta",
        "a_b",
        "User-Agent",
        "Connection",
        "X-Amzn-Trace-Id",
        "Sec-WebSocket-Key",
        "Expect",
        "Transfer-Encoding",
        "Upgrade",
        "Authorization",
        "X-Amz-Date",
        "X-Amz-Security-Token",
        "x-amz-content-sha256",
        "X-Amz-Target",
        "Ärger",
        "Sec-WebSocke"
    };
    private static final String[] HEADER_VALUES = {
        "value",
        "",
        " ",
        "  padded  ",
        "a   b\tc",
        "line1\n  line2",
        "line1\n\tline2\n line3",
        "a,b",
        " a , b ",
        "ሴ é",
        "\u00a0nbsp\u00a0",
        "em\u2003space",
        "x\r\n y",
        "application/x-www-form-urlencoded; charset=utf-8",
        "example.amazonaws.com"
    };
    private static final String[] TOKENS = {
        null,
        null,
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==",
        "session token with spaces and ሴ"
    };
    private static final String[] REGIONS = {"us-east-1", "eu-west-3", "ap-southeast-2", "cn-north-1"};
    private static final String[] SERVICES = {"ec2", "service", "s3", "sts"};

    @ParameterizedTest(name = "header signing [{0}]")
    @ValueSource(strings = {"jdk", "bouncycastle"})
    void headerSigningIsTheReferences(String crypto) {
        SigV4Signer signer = SigV4Signer.create(SigV4Crypto.named(crypto));
        assertTimeoutPreemptively(BOUND, () -> {
            Random random = new Random(SEED);
            for (int i = 0; i < CASES; i++) {
                GeneratedCase generated = generate(random);
                SigningResult fast = signer.sign(generated.request(), generated.params());
                ReferenceSigV4.Signed reference = ReferenceSigV4.sign(generated.request(), generated.params());
                int index = i;
                Supplier<String> where = () -> "case " + index + " of seed " + SEED + ":\n" + generated;

                assertSameStages(reference, fast, where);
                assertEquals(
                        last(reference.headers()).value(),
                        fast.signedRequest().header(SigV4Constants.AUTHORIZATION),
                        () -> where.get() + "\nAuthorization");
                assertEquals(
                        reference.headers(),
                        fields(fast.signedRequest().headers()),
                        () -> where.get() + "\nsigned headers");
                assertEquals(reference.query(), fast.signedRequest().query(), () -> where.get() + "\nquery");
            }
        });
    }

    @ParameterizedTest(name = "query signing [{0}]")
    @ValueSource(strings = {"jdk", "bouncycastle"})
    void querySigningIsTheReferences(String crypto) {
        SigV4Signer signer = SigV4Signer.create(SigV4Crypto.named(crypto));
        assertTimeoutPreemptively(BOUND, () -> {
            Random random = new Random(SEED + 1);
            for (int i = 0; i < CASES; i++) {
                GeneratedCase generated = generate(random);
                SigningResult fast = signer.presign(generated.request(), generated.params());
                ReferenceSigV4.Signed reference = ReferenceSigV4.presign(generated.request(), generated.params());
                int index = i;
                Supplier<String> where = () -> "case " + index + " of seed " + (SEED + 1) + ":\n" + generated;

                assertSameStages(reference, fast, where);
                assertEquals(reference.query(), fast.signedRequest().query(), () -> where.get() + "\npresigned query");
                assertEquals(
                        reference.headers(), fields(fast.signedRequest().headers()), () -> where.get() + "\nheaders");
            }
        });
    }

    /** The generator reaches every corner it is meant to, often: a test of the test's reach. */
    @Test
    void theGeneratedCasesCoverEveryCorner() {
        Random random = new Random(SEED);
        int dotSegments = 0, repeatedSlashes = 0, nonAsciiPaths = 0, repeatedQueryKeys = 0, emptyQueryKeys = 0;
        int multiLineValues = 0, repeatedHeaderNames = 0, tokens = 0, binaryBodies = 0, emptyBodies = 0;
        int unnormalised = 0;
        for (int i = 0; i < CASES; i++) {
            GeneratedCase generated = generate(random);
            SignableRequest request = generated.request();
            String path = request.path();
            dotSegments += path.contains("/.") ? 1 : 0;
            repeatedSlashes += path.contains("//") ? 1 : 0;
            nonAsciiPaths += path.chars().anyMatch(c -> c > 127) ? 1 : 0;
            String query = request.query() == null ? "" : request.query();
            List<String> keys = new ArrayList<>();
            for (String piece : query.split("&")) {
                keys.add(piece.split("=", -1)[0]);
            }
            repeatedQueryKeys += keys.stream().distinct().count() < keys.size() ? 1 : 0;
            emptyQueryKeys += query.startsWith("=") || query.contains("&=") ? 1 : 0;
            multiLineValues +=
                    request.headers().stream().anyMatch(h -> h.value().contains("\n")) ? 1 : 0;
            repeatedHeaderNames += request.headers().stream()
                                    .map(h -> h.name().toLowerCase(java.util.Locale.ROOT))
                                    .distinct()
                                    .count()
                            < request.headers().size()
                    ? 1
                    : 0;
            tokens += generated.params().credentials().sessionToken().isPresent() ? 1 : 0;
            byte[] body = request.body();
            binaryBodies +=
                    !new String(body, StandardCharsets.UTF_8).equals(new String(body, StandardCharsets.ISO_8859_1))
                            ? 1
                            : 0;
            emptyBodies += body.length == 0 ? 1 : 0;
            unnormalised += generated.params().normalizePath() ? 0 : 1;
        }
        int often = CASES / 20;
        int[] counts = {
            dotSegments,
            repeatedSlashes,
            nonAsciiPaths,
            repeatedQueryKeys,
            emptyQueryKeys,
            multiLineValues,
            repeatedHeaderNames,
            tokens,
            binaryBodies,
            emptyBodies,
            unnormalised
        };
        for (int count : counts) {
            assertTrue(count >= often, "a corner is reached " + count + " times in " + CASES + " cases");
        }
    }

    private static void assertSameStages(ReferenceSigV4.Signed reference, SigningResult fast, Supplier<String> where) {
        assertEquals(reference.canonicalRequest(), fast.canonicalRequest(), () -> where.get() + "\ncanonical request");
        assertEquals(reference.signedHeaders(), fast.signedHeaders(), () -> where.get() + "\nsigned header names");
        assertEquals(reference.stringToSign(), fast.stringToSign(), () -> where.get() + "\nstring to sign");
        assertEquals(reference.signature(), fast.signature(), () -> where.get() + "\nsignature");
    }

    private static List<ReferenceSigV4.Field> fields(List<Header> headers) {
        List<ReferenceSigV4.Field> fields = new ArrayList<>();
        for (Header header : headers) {
            fields.add(new ReferenceSigV4.Field(header.name(), header.value()));
        }
        return fields;
    }

    private static ReferenceSigV4.Field last(List<ReferenceSigV4.Field> fields) {
        return fields.get(fields.size() - 1);
    }

    /** One generated request and its parameters; printed without the secret key. */
    record GeneratedCase(SignableRequest request, SigningParams params) {
        @Override
        public String toString() {
            return new String(SuiteRequestFile.render(request), StandardCharsets.UTF_8) + "\n" + params
                    + " normalize=" + params.normalizePath() + " signBody=" + params.signBody()
                    + " contentSha256=" + params.contentSha256Header() + " omitToken=" + params.omitSessionToken()
                    + " expires=" + params.expires();
        }
    }

    private static GeneratedCase generate(Random random) {
        SignableRequest.Builder request = SignableRequest.builder()
                .method(pick(random, METHODS))
                .path(path(random))
                .query(query(random));
        int headers = random.nextInt(7);
        for (int i = 0; i < headers; i++) {
            request.addHeader(pick(random, HEADER_NAMES), pick(random, HEADER_VALUES));
        }
        if (random.nextInt(3) == 0 && headers > 0) {
            // The same name again, in another case, so that values are joined in the order sent.
            String name = pick(random, HEADER_NAMES);
            request.addHeader(name.toUpperCase(java.util.Locale.ROOT), pick(random, HEADER_VALUES));
            request.addHeader(name, pick(random, HEADER_VALUES));
        }
        request.body(body(random));

        String token = pick(random, TOKENS);
        SigningParams params = SigningParams.builder()
                .credentials(AwsCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token))
                .region(pick(random, REGIONS))
                .service(pick(random, SERVICES))
                .time(Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE)))
                .normalizePath(random.nextBoolean())
                .signBody(random.nextInt(4) != 0)
                .contentSha256Header(random.nextBoolean())
                .omitSessionToken(random.nextInt(4) == 0)
                .expires(Duration.ofSeconds(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(604_800)))
                .build();
        return new GeneratedCase(request.build(), params);
    }

    /** Mostly absolute, sometimes empty or relative, with any mix of the corner segments. */
    private static String path(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "";
        }
        StringBuilder path = new StringBuilder(kind == 1 ? "" : "/");
        int segments = random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(pick(random, SEGMENTS));
        }
        if (random.nextInt(4) == 0) {
            path.append('/');
        }
        return path.toString();
    }

    /** Null, empty, or pieces with and without values, keys repeated, empty pieces between. */
    private static String query(Random random) {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return "";
        }
        List<String> pieces = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String key = random.nextInt(4) == 0 && !pieces.isEmpty()
                    ? pieces.get(0).split("=", -1)[0]
                    : pick(random, QUERY_KEYS);
            int form = random.nextInt(6);
            pieces.add(form == 0 ? key : form == 1 ? "" : key + "=" + pick(random, QUERY_VALUES));
        }
        return String.join("&", pieces);
    }

    /** Empty, text, or random bytes (not valid UTF-8 as a rule). */
    private static byte[] body(Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return new byte[0];
        }
        if (kind == 1) {
            return "Action=DetachNetworkInterface&Version=2016-11-15".getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static <T> T pick(Random random, T[] options) {
        return options[random.nextInt(options.length)];
    }
}
