package dev.ec2lite.bench;

import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * Cold start, ec2lite: a fresh JVM makes one {@code DetachNetworkInterface} call to the stub at
 * {@code args[0]} and exits. It names nothing but ec2lite and the JDK, so that what it loads is what
 * an application's first call loads. Settings come from the builder and an empty {@link Environment};
 * {@code args[1]}, when given, is a PEM bundle of CA certificates to trust (for an {@code https://}
 * stub).
 */
public final class ColdStartEc2lite {
    private ColdStartEc2lite() {}

    public static void main(String[] args) {
        Environment nothing = Environment.of(Map.of(), Map.of(), Path.of(System.getProperty("user.home")));
        Ec2Client.Builder builder = Ec2Client.builder()
                .region("us-east-1")
                .endpointOverride(args[0])
                .credentialsProvider(CredentialsProvider.of(
                        AwsCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
                .environment(nothing);
        if (args.length > 1) {
            builder.caBundle(Path.of(args[1]));
        }
        try (Ec2Client ec2 = builder.build()) {
            DetachNetworkInterfaceResponse response = ec2.detachNetworkInterface("eni-attach-0123456789abcdef0");
            if (response.requestId().isEmpty()) {
                System.exit(1);
            }
        }
    }
}
