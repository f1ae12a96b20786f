package dev.ec2lite.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceResponse;

/**
 * Cold start, the SDK v2: a fresh JVM makes one {@code DetachNetworkInterface} call to the stub at
 * {@code args[0]} and exits, with the SDK's default HTTP client (Apache 5, found on the class path).
 * For an {@code https://} stub its CA is trusted through the JDK's {@code javax.net.ssl.trustStore}
 * property, which the Apache 5 client honours.
 */
public final class ColdStartSdk {
    private ColdStartSdk() {}

    public static void main(String[] args) {
        try (Ec2Client ec2 = Ec2Client.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(args[0]))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .build()) {
            DetachNetworkInterfaceResponse response =
                    ec2.detachNetworkInterface(r -> r.attachmentId("eni-attach-0123456789abcdef0"));
            if (response.responseMetadata().requestId() == null) {
                System.exit(1);
            }
        }
    }
}
