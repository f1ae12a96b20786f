package dev.ec2lite.local;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a SigV4 {@code Authorization} header: {@code AWS4-HMAC-SHA256
 * Credential=AKID/20150830/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date,
 * Signature=hex}. {@link #toString()} never shows the signature.
 */
record AuthorizationHeader(
        String accessKeyId, String date, String region, String service, List<String> signedHeaders, String signature) {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";

    /**
     * Parses the header; {@code IncompleteSignature} (400) when it is not a complete SigV4
     * header, as AWS answers a malformed one.
     */
    static AuthorizationHeader parse(String value) {
        String text = value.trim();
        if (!text.startsWith(ALGORITHM + ' ')) {
            throw incomplete("Unsupported or missing signing algorithm; expected " + ALGORITHM + ".");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : text.substring(ALGORITHM.length()).split(",")) {
            String item = part.trim();
            int equals = item.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = item.substring(0, equals);
            String itemValue = item.substring(equals + 1);
            switch (name) {
                case "Credential" -> credential = itemValue;
                case "SignedHeaders" -> signedHeaders = itemValue;
                case "Signature" -> signature = itemValue;
                default -> {
                    // Unknown parts are ignored, as AWS does.
                }
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw incomplete("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5
                || !scope[4].equals("aws4_request")
                || Arrays.stream(scope).anyMatch(String::isEmpty)) {
            throw incomplete("Credential must have the form <key>/<date>/<region>/<service>/aws4_request.");
        }
        List<String> headers = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";", -1));
        if (headers.stream().anyMatch(String::isEmpty) || signature.isEmpty()) {
            throw incomplete("SignedHeaders and Signature must not be empty.");
        }
        return new AuthorizationHeader(scope[0], scope[1], scope[2], scope[3], headers, signature);
    }

    private static ServiceError incomplete(String message) {
        return new ServiceError(400, "IncompleteSignature", message);
    }

    @Override
    public String toString() {
        return "AuthorizationHeader{" + accessKeyId + '/' + date + '/' + region + '/' + service + ", signedHeaders="
                + String.join(";", signedHeaders) + ", signature=<redacted>}";
    }
}
