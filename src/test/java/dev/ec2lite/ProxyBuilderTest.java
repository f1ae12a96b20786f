package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.error.Ec2ConfigurationException;
import dev.ec2lite.testing.TestProxy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's proxy, given as the URL a user writes in {@code HTTPS_PROXY}. */
class ProxyBuilderTest {
    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        ec2.close();
    }

    @Test
    void callsGoThroughTheProxyUrlGiven() throws Exception {
        ec2.enqueue(200, Ec2TestServer.DETACH_OK);
        try (TestProxy proxy = TestProxy.start(TestProxy.Mode.FORWARD);
                Ec2Client client = ec2.clientBuilder().proxy(proxy.url()).build()) {
            client.detachNetworkInterface("eni-attach-0123456789abcdef0");

            List<String> lines = proxy.requestLines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("POST http://127.0.0.1:"), lines.get(0));
        }
        assertEquals(1, ec2.server.getRequestCount());
    }

    @Test
    void aUrlThatIsNoProxyFailsTheBuildNamingProxyButNotThePassword() {
        Ec2ConfigurationException e = assertThrows(
                Ec2ConfigurationException.class,
                () -> ec2.clientBuilder()
                        .proxy("socks5://user:pa55word@127.0.0.1:1080")
                        .build());

        assertTrue(e.getMessage().contains("proxy"), e.getMessage());
        assertFalse(e.getMessage().contains("pa55word"), e.getMessage());
        assertEquals(0, ec2.server.getRequestCount());
    }
}
