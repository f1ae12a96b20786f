package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2Exception;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client configured only by files and environment, as on a laptop: a profile that assumes a role
 * from another profile's keys, through ec2lite's own STS client, then calls EC2 with the role's
 * credentials. Both services are MockWebServers on 127.0.0.1.
 */
class ProfileRoleEndToEndTest {
    @TempDir
    Path home;

    private final MockWebServer sts = new MockWebServer();
    private final MockWebServer ec2 = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        sts.start(InetAddress.getByName("127.0.0.1"), 0);
        ec2.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        sts.close();
        ec2.close();
    }

    @Test
    void aRoleProfileIsAssumedThroughStsAndItsCredentialsSignTheEc2Call() throws Exception {
        Path config = Files.writeString(
                home.resolve("config"),
                "[profile ops]\nregion = eu-central-1\nrole_arn = arn:aws:iam::123456789012:role/failover\n"
                        + "source_profile = base\nrole_session_name = agent\n\n[profile base]\nregion = eu-central-1\n");
        Path credentials = Files.writeString(
                home.resolve("credentials"),
                "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        sts.enqueue(new MockResponse.Builder()
                .code(200)
                .body("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                        + "<Credentials><AccessKeyId>ASIAROLEEXAMPLE</AccessKeyId>"
                        + "<SecretAccessKey>roleSecretEXAMPLEKEY</SecretAccessKey>"
                        + "<SessionToken>roleSessionTokenEXAMPLE</SessionToken>"
                        + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>"
                        + "<ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></AssumeRoleResponse>")
                .build());
        ec2.enqueue(new MockResponse.Builder()
                .code(200)
                .body(Ec2TestServer.DETACH_OK)
                .build());
        Environment env = Environment.of(
                Map.of(
                        "AWS_CONFIG_FILE",
                        config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        credentials.toString(),
                        "AWS_PROFILE",
                        "ops",
                        "AWS_ENDPOINT_URL_STS",
                        "http://127.0.0.1:" + sts.getPort(),
                        "AWS_EC2_METADATA_DISABLED",
                        "true"),
                Map.of(),
                home);
        List<String> debug = new ArrayList<>();
        try (Ec2Client client = Ec2Client.builder()
                .environment(env)
                .endpointOverride("http://127.0.0.1:" + ec2.getPort())
                .debug(debug::add)
                .build()) {
            assertEquals("eu-central-1", client.region());
            client.detachNetworkInterface("eni-attach-1");
        }

        RecordedRequest assumeRole = sts.takeRequest();
        assertTrue(
                assumeRole
                        .getBody()
                        .utf8()
                        .startsWith("Action=AssumeRole&Version=2011-06-15&RoleArn="
                                + "arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Ffailover&RoleSessionName=agent"),
                assumeRole.getBody().utf8());
        assertTrue(assumeRole.getHeaders().get("Authorization").contains("Credential=AKIDEXAMPLE/"));
        assertTrue(assumeRole.getHeaders().get("Authorization").contains("/sts/aws4_request"));

        RecordedRequest detach = ec2.takeRequest();
        assertTrue(detach.getHeaders().get("Authorization").contains("Credential=ASIAROLEEXAMPLE/"));
        assertTrue(detach.getHeaders().get("Authorization").contains("/eu-central-1/ec2/aws4_request"));
        assertEquals("roleSessionTokenEXAMPLE", detach.getHeaders().get("X-Amz-Security-Token"));
        String log = String.join("\n", debug);
        assertTrue(log.contains("credentials from "), log);
        assertTrue(log.contains("ASIAROLEEXAMPLE"), log);
        assertTrue(!log.contains("roleSecretEXAMPLEKEY") && !log.contains("roleSessionTokenEXAMPLE"), log);
    }

    @Test
    void stsCallsRetryAsOftenAsTheClientsEc2Calls() throws Exception {
        Path config = Files.writeString(
                home.resolve("config"),
                "[profile ops]\nregion = eu-central-1\nrole_arn = arn:aws:iam::123456789012:role/failover\n"
                        + "source_profile = base\n\n[profile base]\nregion = eu-central-1\n");
        Path credentials = Files.writeString(
                home.resolve("credentials"),
                "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        for (int i = 0; i < 6; i++) {
            sts.enqueue(new MockResponse.Builder()
                    .code(503)
                    .body("<ErrorResponse><Error><Code>ServiceUnavailable</Code><Message>later</Message></Error>"
                            + "</ErrorResponse>")
                    .build());
        }
        Environment env = Environment.of(
                Map.of(
                        "AWS_CONFIG_FILE",
                        config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        credentials.toString(),
                        "AWS_PROFILE",
                        "ops",
                        "AWS_ENDPOINT_URL_STS",
                        "http://127.0.0.1:" + sts.getPort(),
                        "AWS_MAX_ATTEMPTS",
                        "4",
                        "AWS_EC2_METADATA_DISABLED",
                        "true"),
                Map.of(),
                home);
        try (Ec2Client client = Ec2Client.builder()
                .environment(env)
                .endpointOverride("http://127.0.0.1:" + ec2.getPort())
                .build()) {
            assertThrows(Ec2Exception.class, () -> client.detachNetworkInterface("eni-attach-1"));
        }

        assertEquals(4, sts.getRequestCount(), "STS attempts");
        assertEquals(0, ec2.getRequestCount());
    }
}
