package dev.ec2lite;

import static dev.ec2lite.Ec2TestServer.ACCESS_KEY;
import static dev.ec2lite.Ec2TestServer.SECRET_KEY;
import static dev.ec2lite.Ec2TestServer.SESSION_TOKEN;
import static dev.ec2lite.Ec2TestServer.ec2Error;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attempts and retries reach the application's own logging (System.Logger), never with a secret. */
class QueryLoggingTest {
    private final Logger julLogger = Logger.getLogger("dev.ec2lite.query");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level levelBefore;
    private Ec2TestServer ec2;

    @BeforeEach
    void start() throws Exception {
        levelBefore = julLogger.getLevel();
        julLogger.setLevel(Level.FINE);
        julLogger.addHandler(capture);
        ec2 = new Ec2TestServer();
    }

    @AfterEach
    void stop() {
        julLogger.removeHandler(capture);
        julLogger.setLevel(levelBefore);
        ec2.close();
    }

    @Test
    void retriesAreLoggedAtDebugWithoutSecrets() {
        ec2.enqueue(503, ec2Error("RequestLimitExceeded", "Request limit exceeded."));
        ec2.enqueue(200, Ec2TestServer.DETACH_OK);
        try (Ec2Client client = ec2.clientBuilder()
                .credentialsProvider(CredentialsProvider.of(AwsCredentials.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)))
                .build()) {
            client.detachNetworkInterface("eni-attach-1");
        }
        String log = String.join("\n", lines);
        assertTrue(log.contains("attempt 1 failed, retrying after"), log);
        assertTrue(log.contains("RequestLimitExceeded"), log);
        assertTrue(log.contains("attempt 2: HTTP 200"), log);
        assertTrue(log.contains("x-amz-security-token:<redacted>"), log);
        assertFalse(log.contains(SECRET_KEY), log);
        assertFalse(log.contains(SESSION_TOKEN), log);
    }

    @Test
    void nothingIsLoggedWhenDebugIsOff() {
        julLogger.setLevel(Level.INFO);
        ec2.enqueue(200, Ec2TestServer.DETACH_OK);
        try (Ec2Client client = ec2.clientBuilder().build()) {
            client.detachNetworkInterface("eni-attach-1");
        }
        assertTrue(lines.isEmpty(), lines.toString());
    }
}
