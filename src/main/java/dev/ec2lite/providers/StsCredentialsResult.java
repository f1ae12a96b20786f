package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the temporary credentials out of an STS answer:
 *
 * <pre>{@code
 * <AssumeRoleResponse>
 *   <AssumeRoleResult>
 *     <Credentials><AccessKeyId/><SecretAccessKey/><SessionToken/><Expiration/></Credentials>
 *     ...
 *   </AssumeRoleResult>
 *   <ResponseMetadata><RequestId/></ResponseMetadata>
 * </AssumeRoleResponse>
 * }</pre>
 *
 * and the same for {@code AssumeRoleWithWebIdentity}. Every field is required; a missing or empty one
 * is an {@link Ec2ClientException} naming the field and the role, never a value.
 */
final class StsCredentialsResult {
    private StsCredentialsResult() {}

    /** The credentials of {@code response}, the answer to {@code action} for {@code roleArn}. */
    static AwsCredentials credentials(QueryResponse response, String action, String roleArn) {
        String context = "STS " + action + " answer for role " + roleArn;
        String resultName = action + "Result";
        XmlElement credentials = response.xml()
                .find(resultName, "Credentials")
                .orElseThrow(() -> new Ec2ClientException(
                        context + " has no <" + resultName + "><Credentials>" + requestId(response)));
        String accessKeyId = required(credentials, "AccessKeyId", context, response);
        String secretAccessKey = required(credentials, "SecretAccessKey", context, response);
        String sessionToken = required(credentials, "SessionToken", context, response);
        String expiration = required(credentials, "Expiration", context, response);
        return AwsCredentials.of(accessKeyId, secretAccessKey, sessionToken, instant(expiration, context, response));
    }

    private static String required(XmlElement credentials, String name, String context, QueryResponse response) {
        return credentials
                .childText(name)
                .filter(text -> !text.isEmpty())
                .orElseThrow(() -> new Ec2ClientException(
                        context + " has no " + name + " in <Credentials>" + requestId(response)));
    }

    /** STS writes {@code 2025-06-01T13:00:00Z}, sometimes with fractions of a second; an offset is read too. */
    private static Instant instant(String text, String context, QueryResponse response) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // An expiration is not a secret: show it, cleaned, so the odd format can be seen.
            throw new Ec2ClientException(
                    context + " has an Expiration that is not an ISO-8601 time: '" + ErrorText.clean(text, 40) + "'"
                            + requestId(response),
                    e);
        }
    }

    private static String requestId(QueryResponse response) {
        return response.requestId().map(id -> " (request id " + id + ")").orElse("");
    }
}
