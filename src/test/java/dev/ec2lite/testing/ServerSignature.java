package dev.ec2lite.testing;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.signing.SigV4Signer;
import dev.ec2lite.signing.SignableRequest;
import dev.ec2lite.signing.SigningParams;
import java.time.Instant;
import mockwebserver3.RecordedRequest;

/** What a server does with a signed request it received: sign it again and compare. */
public final class ServerSignature {
    private ServerSignature() {}

    /**
     * The {@code Authorization} header the server computes for {@code request}: the headers it names as
     * signed (except those the signer adds itself) signed again with {@code credentials} at {@code time}.
     */
    public static String authorizationFor(
            RecordedRequest request, AwsCredentials credentials, String region, String service, Instant time) {
        String authorization = request.getHeaders().get("Authorization");
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        SignableRequest.Builder unsigned = SignableRequest.builder()
                .method(request.getMethod())
                .path(request.getTarget())
                .body(request.getBody().toByteArray());
        for (String name : signedHeaders.split(";", -1)) {
            if (!name.equals("x-amz-date") && !name.equals("x-amz-security-token")) {
                unsigned.addHeader(name, request.getHeaders().get(name));
            }
        }
        SigningParams params = SigningParams.builder()
                .credentials(credentials)
                .region(region)
                .service(service)
                .time(time)
                .build();
        return SigV4Signer.create()
                .sign(unsigned.build(), params)
                .signedRequest()
                .header("Authorization");
    }
}
