package dev.ec2lite.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.http.HttpAnswer;
import dev.ec2lite.http.HttpCall;
import dev.ec2lite.signing.Header;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * SSO-OIDC {@code CreateToken} with the refresh-token grant: {@code POST /token} with {@code
 * {"clientId", "clientSecret", "grantType": "refresh_token", "refreshToken"}} (JSON, not signed),
 * answered with {@code {"accessToken", "expiresIn", "refreshToken"?}}.
 */
final class SsoOidc {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SsoHttp http;
    private final String userAgent;

    SsoOidc(SsoHttp http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    /** A refreshed token: the new access token, when it expires, and a new refresh token or null. */
    record Refreshed(String accessToken, Instant expiresAt, String refreshToken) {
        @Override
        public String toString() {
            return "Refreshed{expiresAt=" + expiresAt + "}";
        }
    }

    /** {@code https://oidc.<region>.<dnsSuffix>}. */
    static URI defaultEndpoint(String region) {
        return URI.create("https://oidc." + region + "."
                + dev.ec2lite.config.internal.Partition.of(region).dnsSuffix());
    }

    /**
     * @throws CredentialsConfigurationException SSO-OIDC refused the refresh token (400/401: the
     *     session has ended)
     * @throws CredentialsUnavailableException no answer, or 5xx after retries
     */
    Refreshed refresh(URI endpoint, SsoToken token, Instant now, String loginHint) {
        ObjectNode body = MAPPER.createObjectNode()
                .put("clientId", token.clientId())
                .put("clientSecret", token.clientSecret())
                .put("grantType", "refresh_token")
                .put("refreshToken", token.refreshToken());
        String base = endpoint.toString().replaceAll("/+$", "");
        HttpCall call;
        try {
            call = new HttpCall(
                    "POST",
                    URI.create(base + "/token"),
                    List.of(new Header("User-Agent", userAgent)),
                    "application/json",
                    MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON object of four strings always serializes", e);
        }
        String what = "refreshing the IAM Identity Center token with SSO-OIDC CreateToken (" + base + ")";
        HttpAnswer answer = http.send(call, what);
        if (answer.statusCode() == 400 || answer.statusCode() == 401) {
            throw new CredentialsConfigurationException(
                    what + " was refused (" + SsoHttp.errorText(answer) + "); " + loginHint);
        }
        if (!answer.isSuccessful()) {
            throw new CredentialsUnavailableException(
                    what + " failed: " + SsoHttp.errorText(answer), answer.statusCode(), null);
        }
        CredentialsJson json = CredentialsJson.parse(answer.body(), what);
        JsonNode expiresIn = json.field("expiresIn");
        if (expiresIn == null || !expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
            throw new CredentialsUnavailableException(
                    what + " answered no positive expiresIn", answer.statusCode(), null);
        }
        return new Refreshed(
                json.requiredText("accessToken"),
                now.plusSeconds(expiresIn.asLong()),
                json.optionalText("refreshToken"));
    }
}
