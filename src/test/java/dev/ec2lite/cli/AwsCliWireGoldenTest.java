package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each case of {@code wire-golden/cases.tsv}, ec2lite sends the same form bodies, byte for byte
 * and in the same parameter order ({@code DryRun} included), as the AWS CLI sent for the same command
 * line (recorded by {@code wire-golden/record.sh}).
 */
class AwsCliWireGoldenTest {
    private static final String DIR = "wire-golden";

    /** EC2's answer to a permitted dry run; only the requests matter here, so every request gets it. */
    private static final String DRY_RUN_OPERATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Response><Errors><Error><Code>DryRunOperation</Code><Message>Request would have succeeded, but"
            + " DryRun flag is set.</Message></Error></Errors><RequestID>r-1</RequestID></Response>";

    static Stream<GoldenCases.Case> cases() throws IOException {
        return GoldenCases.cases(DIR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sendsWhatTheAwsCliSends(GoldenCases.Case golden) throws Exception {
        List<String> expected =
                GoldenCases.resource(DIR, golden.name() + ".wire").lines().toList();
        List<String> sent = new ArrayList<>();
        try (MockWebServer ec2 = new MockWebServer()) {
            ec2.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder()
                            .code(412)
                            .addHeader("Content-Type", "text/xml;charset=UTF-8")
                            .body(DRY_RUN_OPERATION)
                            .build();
                }
            });
            ec2.start(InetAddress.getByName("127.0.0.1"), 0);
            List<String> args = new ArrayList<>(golden.args());
            args.add("--endpoint-url");
            args.add("http://127.0.0.1:" + ec2.getPort());
            Map<String, String> env = Map.of(
                    "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                    "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    "AWS_REGION", "us-east-1",
                    "AWS_CONFIG_FILE", "/nonexistent/config",
                    "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials",
                    "AWS_EC2_METADATA_DISABLED", "true",
                    "HOME", "/nonexistent");

            CliRun run = CliRun.run(env, args.toArray(String[]::new));

            for (int i = 0; i < ec2.getRequestCount(); i++) {
                RecordedRequest request = ec2.takeRequest(5, TimeUnit.SECONDS);
                assertNotNull(request, "a counted request was not recorded");
                sent.add(request.getBody().utf8());
            }
            assertEquals(expected, sent, () -> "form bodies; stderr: " + run.err());
        }
    }
}
