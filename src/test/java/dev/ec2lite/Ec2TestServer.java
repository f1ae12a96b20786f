package dev.ec2lite;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A MockWebServer on 127.0.0.1 and clients pointed at it, with fixed keys and a fixed clock. */
final class Ec2TestServer implements AutoCloseable {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE";
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String DETACH_OK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<DetachNetworkInterfaceResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\n"
            + "    <requestId>ce478fcb-ff97-4a14-9c48-7e4f2b5ae2a4</requestId>\n"
            + "    <return>true</return>\n"
            + "</DetachNetworkInterfaceResponse>";

    final MockWebServer server = new MockWebServer();

    Ec2TestServer() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A builder with nothing from this machine's environment: no real profile, no real keys. */
    Ec2Client.Builder clientBuilder() {
        return Ec2Client.builder()
                .environment(emptyEnvironment())
                .region("us-east-1")
                .endpointOverride(url())
                .clock(CLOCK)
                .credentialsProvider(CredentialsProvider.of(AwsCredentials.of(ACCESS_KEY, SECRET_KEY)))
                .sleeper(duration -> {});
    }

    /**
     * Nothing from this machine: no real profile or keys, and instance metadata switched off, so no
     * test ever sends a packet to the link-local metadata address.
     */
    static Environment emptyEnvironment() {
        return environment(Map.of());
    }

    static Environment environment(Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(variables);
        all.put("AWS_EC2_METADATA_DISABLED", "true");
        return Environment.of(all, Map.of(), Path.of("/nonexistent-home"));
    }

    void enqueue(int status, String body) {
        server.enqueue(new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "text/xml;charset=UTF-8")
                .body(body)
                .build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    static String ec2Error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
                + "</Code><Message>" + message
                + "</Message></Error></Errors><RequestID>9b0f5ddc-7d5f-4b6e-8b5e-0f4d1e2a3b4c</RequestID></Response>";
    }

    @Override
    public void close() {
        server.close();
    }
}
