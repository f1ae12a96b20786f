package dev.ec2lite.providers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.signing.Header;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * IAM Identity Center's portal API, {@code GetRoleCredentials}: {@code GET
 * /federation/credentials?account_id=…&role_name=…} with the access token in the {@code
 * x-amz-sso_bearer_token} header (the call is not SigV4-signed). The answer is {@code
 * {"roleCredentials": {"accessKeyId", "secretAccessKey", "sessionToken", "expiration"}}} with the
 * expiration in epoch milliseconds.
 */
final class SsoPortal {
    static final String BEARER_HEADER = "x-amz-sso_bearer_token";

    private final SsoHttp http;
    private final String userAgent;

    SsoPortal(SsoHttp http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    /** {@code https://portal.sso.<region>.<dnsSuffix>}, the portal's regional endpoint. */
    static URI defaultEndpoint(String region) {
        return URI.create("https://portal.sso." + region + "."
                + dev.ec2lite.config.internal.Partition.of(region).dnsSuffix());
    }

    /**
     * @throws CredentialsConfigurationException the portal answered 401: the session has ended
     * @throws CredentialsUnavailableException any other refusal (403: no access to the role), no answer,
     *     or 5xx after retries; naming the account and role
     */
    AwsCredentials roleCredentials(SsoProfile sso, URI endpoint, String accessToken, String loginHint) {
        String base = endpoint.toString().replaceAll("/+$", "");
        URI url = URI.create(base + "/federation/credentials?account_id=" + encode(sso.accountId()) + "&role_name="
                + encode(sso.roleName()));
        HttpCall call = new HttpCall(
                "GET",
                url,
                List.of(new Header(BEARER_HEADER, accessToken), new Header("User-Agent", userAgent)),
                null,
                null);
        String what = "IAM Identity Center GetRoleCredentials for role " + sso.roleName() + " in account "
                + sso.accountId() + " (" + base + ")";
        HttpAnswer answer = http.send(call, what);
        if (answer.statusCode() == 401) {
            throw new CredentialsConfigurationException(what + " was refused (" + SsoHttp.errorText(answer)
                    + "): the session has expired or was signed out; " + loginHint);
        }
        if (!answer.isSuccessful()) {
            throw new CredentialsUnavailableException(
                    what + " failed: " + SsoHttp.errorText(answer), answer.statusCode(), null);
        }
        CredentialsJson json = CredentialsJson.parse(answer.body(), what);
        JsonNode role = json.field("roleCredentials");
        if (role == null || !role.isObject()) {
            throw new CredentialsUnavailableException(what + " answered no roleCredentials", answer.statusCode(), null);
        }
        CredentialsJson inner = CredentialsJson.parse(role.toString().getBytes(StandardCharsets.UTF_8), what);
        JsonNode expiration = inner.field("expiration");
        if (expiration == null || !expiration.canConvertToLong()) {
            throw new CredentialsUnavailableException(
                    what + " answered no expiration in epoch milliseconds", answer.statusCode(), null);
        }
        return AwsCredentials.of(
                inner.requiredText("accessKeyId"),
                inner.requiredText("secretAccessKey"),
                inner.requiredText("sessionToken"),
                Instant.ofEpochMilli(expiration.asLong()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
