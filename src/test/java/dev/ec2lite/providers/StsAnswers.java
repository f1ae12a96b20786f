package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.testing.ServerSignature;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** STS answers as AWS writes them, and a check of a recorded request's signature. */
final class StsAnswers {
    static final String ROLE_ARN = "arn:aws:iam::123456789012:role/Dev";
    static final String ENCODED_ROLE_ARN = "arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FDev";
    static final String ASSUMED_KEY_ID = "ASIAIOSFODNN7EXAMPLE";
    static final String ASSUMED_SECRET = "assumedSecretEXAMPLE/K7MDENG+bPxRfiCYzEXAMPLEKEY";
    static final String ASSUMED_TOKEN = "assumedSessionTokenEXAMPLE/FwoGZXIvYXdzEBYaD+abc==";
    static final String EXPIRATION = "2025-06-01T13:00:00Z";
    static final String REQUEST_ID = "c6104cbe-af31-11e0-8154-cbc7ccf896c7";

    private StsAnswers() {}

    /** A success answer to {@code action}, with {@code credentials} as the inside of {@code <Credentials>}. */
    static String success(String action, String credentials) {
        return "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                + "  <" + action + "Result>\n"
                + "    <AssumedRoleUser>\n"
                + "      <Arn>arn:aws:sts::123456789012:assumed-role/Dev/dev-session</Arn>\n"
                + "      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:dev-session</AssumedRoleId>\n"
                + "    </AssumedRoleUser>\n"
                + "    <Credentials>\n" + credentials + "    </Credentials>\n"
                + "  </" + action + "Result>\n"
                + "  <ResponseMetadata><RequestId>" + REQUEST_ID + "</RequestId></ResponseMetadata>\n"
                + "</" + action + "Response>\n";
    }

    static String credentials(String accessKeyId, String secret, String token, String expiration) {
        return element("AccessKeyId", accessKeyId)
                + element("SecretAccessKey", secret)
                + element("SessionToken", token)
                + element("Expiration", expiration);
    }

    private static String element(String name, String value) {
        return value == null ? "" : "      <" + name + ">" + value + "</" + name + ">\n";
    }

    static MockResponse ok(String action) {
        return xml(200, success(action, credentials(ASSUMED_KEY_ID, ASSUMED_SECRET, ASSUMED_TOKEN, EXPIRATION)));
    }

    /** STS's error shape: {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>}. */
    static MockResponse error(int status, String code, String message) {
        return xml(
                status,
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                        + "  <Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                        + "</Message></Error>\n"
                        + "  <RequestId>" + REQUEST_ID + "</RequestId>\n"
                        + "</ErrorResponse>\n");
    }

    static MockResponse xml(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "text/xml")
                .body(body)
                .build();
    }

    static AwsCredentials assumed() {
        return AwsCredentials.of(ASSUMED_KEY_ID, ASSUMED_SECRET, ASSUMED_TOKEN, Instant.parse(EXPIRATION));
    }

    /** The Authorization header an STS server computes for {@code request}. */
    static String resign(RecordedRequest request, AwsCredentials credentials, String region, Instant time) {
        return ServerSignature.authorizationFor(request, credentials, region, "sts", time);
    }
}
