package dev.ec2lite.local;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.CredentialScope;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import dev.ec2lite.signing.SigningResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a request's SigV4 signature the way EC2 does, by signing the received request again with
 * the secret the endpoint knows for the access key, and comparing.
 *
 * <p>Only the headers named in {@code SignedHeaders} are used, with their values as received;
 * method, path and raw query come from the request line and the body is hashed as received. Time is
 * the request's {@code X-Amz-Date}, which must be within 15 minutes of the endpoint's clock (the
 * window AWS documents for {@code RequestExpired}). The comparison is constant-time.
 *
 * <p>Answers, as EC2 gives them: no {@code Authorization} header → {@code
 * MissingAuthenticationToken}; a malformed one → {@code IncompleteSignature}; an unknown key, a wrong
 * scope, a wrong session token or a signature mismatch → {@code AuthFailure} (401) with EC2's one
 * message, which says nothing about which part was wrong.
 */
final class SignatureVerifier {
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final String SERVICE = "ec2";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the verifier needs of the received request. */
    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        /** All values of a header, case-insensitive; empty when absent. */
        List<String> header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue();
                }
            }
            return List.of();
        }
    }

    private final SigV4Signer signer = SigV4Signer.create();
    private final Map<String, AwsCredentials> keys;
    private final String region;
    private final Clock clock;

    SignatureVerifier(Map<String, AwsCredentials> keys, String region, Clock clock) {
        this.keys = Map.copyOf(keys);
        this.region = Objects.requireNonNull(region, "region == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Everything that can be checked without the body (header present and well formed, known key,
     * scope, time, session token), so a request that cannot be valid is refused before its body is
     * read or kept. Throws the error to answer.
     */
    void checkBeforeBody(Received request) {
        check(request);
    }

    /** Returns the access key id the request was signed with, or throws the error to answer. */
    String verify(Received request) {
        Checked checked = check(request);
        String expected = expectedSignature(request, checked.header(), checked.credentials(), checked.time());
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                checked.header().signature().getBytes(StandardCharsets.US_ASCII))) {
            throw ServiceError.authFailure();
        }
        return checked.credentials().accessKeyId();
    }

    /** What the header-only checks found, for the signature check that follows. */
    private record Checked(AuthorizationHeader header, AwsCredentials credentials, Instant time) {}

    private Checked check(Received request) {
        List<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            throw new ServiceError(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        AuthorizationHeader header = AuthorizationHeader.parse(authorization.get(0));
        AwsCredentials credentials = keys.get(header.accessKeyId());
        if (credentials == null
                || !header.region().equals(region)
                || !header.service().equals(SERVICE)
                || !header.signedHeaders().contains("host")) {
            throw ServiceError.authFailure();
        }
        Instant time = requestTime(request);
        if (Duration.between(time, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new ServiceError(400, "RequestExpired", "Request has expired.");
        }
        if (!header.date().equals(CredentialScope.amzDate(time).substring(0, 8))
                || !sessionTokenMatches(request, credentials)) {
            throw ServiceError.authFailure();
        }
        return new Checked(header, credentials, time);
    }

    private static Instant requestTime(Received request) {
        List<String> amzDate = request.header("X-Amz-Date");
        if (amzDate.isEmpty()) {
            throw new ServiceError(
                    400, "IncompleteSignature", "Authorization header requires existence of an 'X-Amz-Date' header.");
        }
        try {
            return AMZ_DATE.parse(amzDate.get(0).trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new ServiceError(400, "IncompleteSignature", "X-Amz-Date must have the form yyyyMMdd'T'HHmmss'Z'.");
        }
    }

    /** Temporary credentials are valid only with their own token; long-term ones only without one. */
    private static boolean sessionTokenMatches(Received request, AwsCredentials credentials) {
        List<String> sent = request.header("X-Amz-Security-Token");
        if (credentials.sessionToken().isEmpty()) {
            return sent.isEmpty();
        }
        return sent.size() == 1
                && MessageDigest.isEqual(
                        sent.get(0).trim().getBytes(StandardCharsets.UTF_8),
                        credentials.sessionToken().get().getBytes(StandardCharsets.UTF_8));
    }

    private String expectedSignature(
            Received request, AuthorizationHeader header, AwsCredentials credentials, Instant time) {
        SignableRequest.Builder rebuilt = SignableRequest.builder()
                .method(request.method())
                .path(request.rawPath())
                .query(request.rawQuery())
                .body(request.body());
        for (String name : header.signedHeaders()) {
            List<String> values = request.header(name);
            if (values.isEmpty()) {
                throw ServiceError.authFailure(); // a signed header that did not arrive
            }
            for (String value : values) {
                rebuilt.addHeader(name, value);
            }
        }
        SigningParams params = SigningParams.builder()
                .credentials(credentials)
                .region(region)
                .service(SERVICE)
                .time(time)
                // A token sent but left out of SignedHeaders is checked above, not signed.
                .omitSessionToken(!header.signedHeaders().contains("x-amz-security-token"))
                .build();
        SigningResult result = signer.sign(rebuilt.build(), params);
        return result.signature();
    }
}
