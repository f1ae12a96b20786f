package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input and bad configuration are refused before anything goes on the network. */
class Ec2ClientValidationTest {
    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "eni-attach-1\n", "eni\u0000attach", "eni attach", "\t"})
    void aBlankOrControlCharacterAttachmentIdIsRefusedNamingTheField(String id) {
        try (Ec2Client client = ec2.clientBuilder().build()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> client.detachNetworkInterface(id));
            assertTrue(e.getMessage().startsWith("attachmentId "), e.getMessage());
        }
        assertEquals(0, ec2.server.getRequestCount());
    }

    @Test
    void aNullAttachmentIdIsRefusedNamingTheField() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> DetachNetworkInterfaceRequest.builder().build());
        assertEquals("attachmentId == null", e.getMessage());
        assertEquals(0, ec2.server.getRequestCount());
    }

    @Test
    void aRunawayAttachmentIdIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DetachNetworkInterfaceRequest.builder()
                        .attachmentId("a".repeat(10_000))
                        .build());
    }

    @Test
    void noRegionAnywhereIsAConfigurationError() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> Ec2Client.builder()
                        .environment(Ec2TestServer.emptyEnvironment())
                        .build());
        assertTrue(e.getMessage().contains("no region"), e.getMessage());
    }

    @Test
    void noCredentialsAnywhereIsAConfigurationErrorBeforeAnyRequest() {
        try (Ec2Client client = Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region("us-east-1")
                .endpointOverride(ec2.url())
                .build()) {
            Ec2ConfigurationException e =
                    assertThrows(Ec2ConfigurationException.class, () -> client.detachNetworkInterface("eni-attach-1"));
            assertTrue(e.getMessage().contains("credentials"), e.getMessage());
        }
        assertEquals(0, ec2.server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/", "http://127.0.0.1/?x=1", "not a url"})
    void aBadEndpointUrlIsAConfigurationError(String url) {
        assertThrows(
                Ec2ConfigurationException.class,
                () -> Ec2Client.builder()
                        .environment(Ec2TestServer.emptyEnvironment())
                        .region("us-east-1")
                        .endpointOverride(url)
                        .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1\r\nX-Injected: 1", "us-east-1/evil", "eu west 1", "r\u00e9gion", "-x"})
    void aRegionThatIsNotAHostLabelIsAConfigurationErrorEvenWithAnEndpointOverride(String region) {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ec2.clientBuilder().region(region).build());

        assertTrue(e.getMessage().contains("region '"), e.getMessage());
        assertTrue(e.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f), e.getMessage());
        assertEquals(0, ec2.server.getRequestCount());
    }

    @Test
    void aBadRegionFromTheEnvironmentIsRefusedBeforeAnyRequestEvenWithAnEndpointOverride() {
        Environment env = Ec2TestServer.environment(Map.of(
                "AWS_REGION", "us-east-1?x=",
                "AWS_ACCESS_KEY_ID", Ec2TestServer.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", Ec2TestServer.SECRET_KEY));
        ec2.enqueue(200, Ec2TestServer.DETACH_OK);

        assertThrows(Ec2ConfigurationException.class, () -> {
            try (Ec2Client client = Ec2Client.builder()
                    .environment(env)
                    .endpointOverride(ec2.url())
                    .build()) {
                client.detachNetworkInterface("eni-attach-1");
            }
        });
        assertEquals(0, ec2.server.getRequestCount());
    }

    @Test
    void theDefaultEndpointIsRegional() {
        try (Ec2Client client = Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region("eu-west-3")
                .build()) {
            assertEquals(
                    "https://ec2.eu-west-3.amazonaws.com", client.endpoint().toString());
        }
    }

    @Test
    void regionAndKeysComeFromTheEnvironmentWhenNotGiven() {
        Environment env = Ec2TestServer.environment(Map.of(
                "AWS_REGION", "ap-southeast-2",
                "AWS_ACCESS_KEY_ID", Ec2TestServer.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", Ec2TestServer.SECRET_KEY));
        ec2.enqueue(200, Ec2TestServer.DETACH_OK);
        try (Ec2Client client =
                Ec2Client.builder().environment(env).endpointOverride(ec2.url()).build()) {
            assertEquals("ap-southeast-2", client.region());
            client.detachNetworkInterface("eni-attach-1");
        }
        try {
            assertTrue(
                    ec2.server.takeRequest().getHeaders().get("Authorization").contains("/ap-southeast-2/ec2/"));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
