package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ec2lite.local.LocalEc2Endpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code describe-instances} beyond the golden cases: paging across several EC2 pages (the golden
 * endpoint holds two instances, under EC2's smallest page), bad input refused before any request, and
 * a description for every option.
 */
class DescribeInstancesCommandTest {
    private static final String IDS_AND_NEXT = "{Ids:Reservations[].Instances[].InstanceId,Next:NextToken}";

    private LocalEc2Endpoint endpoint;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.builder().start();
        env.put("AWS_ACCESS_KEY_ID", endpoint.credentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", endpoint.credentials().secretAccessKey());
        env.put("AWS_REGION", endpoint.region());
        env.put("HOME", "/nonexistent-home");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private CliRun describe(String... options) {
        List<String> args = new ArrayList<>(List.of(
                "describe-instances", "--endpoint-url", endpoint.endpoint().toString()));
        args.addAll(List.of(options));
        return CliRun.run(env, args.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("Ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void maxItemsCutsTheSecondPageAndTheTokenResumesWhereItStopped() throws Exception {
        Set<String> all =
                new HashSet<>(List.of(LocalEc2Endpoint.PRIMARY_INSTANCE_ID, LocalEc2Endpoint.STANDBY_INSTANCE_ID));
        for (int i = 0; i < 7; i++) {
            all.add(endpoint.addInstance("extra-" + i));
        }

        JsonNode first =
                json(describe("--page-size", "5", "--max-items", "6", "--query", IDS_AND_NEXT, "--output", "json"));
        assertEquals(6, ids(first).size());
        assertEquals(2, endpoint.requests().size(), "one page of 5 and the page the sixth came from");
        String token = first.get("Next").asText();
        assertFalse(token.isEmpty());

        JsonNode rest = json(
                describe("--page-size", "5", "--starting-token", token, "--query", IDS_AND_NEXT, "--output", "json"));
        assertTrue(rest.get("Next").isNull(), rest.toString());
        List<String> seen = new ArrayList<>(ids(first));
        seen.addAll(ids(rest));
        assertEquals(all.size(), seen.size(), "each instance once: " + seen);
        assertEquals(all, new HashSet<>(seen));
    }

    @Test
    void withoutMaxItemsEveryPageIsFetchedAndEachReservationPrintedOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            endpoint.addInstance("extra-" + i);
        }
        JsonNode answer = json(describe("--page-size", "5", "--output", "json"));
        assertEquals(6, answer.get("Reservations").size());
        assertFalse(answer.has("NextToken"));
        assertEquals(2, endpoint.requests().size());
    }

    @Test
    void pageSizeWithInstanceIdsIsRefusedBeforeAnyRequest() {
        CliRun run = describe("--instance-ids", LocalEc2Endpoint.STANDBY_INSTANCE_ID, "--page-size", "5");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--page-size"), run.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void aPageSizeOutsideEc2sBoundsIsRefusedBeforeAnyRequest() {
        for (String size : List.of("4", "1001")) {
            CliRun run = describe("--page-size", size);
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().contains("--page-size must be 5 to 1000, was " + size), run.err());
        }
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void badFiltersAreRefusedBeforeAnyRequest() {
        CliRun run = describe("--filters", "Name=instance-state-name,Oops=1");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--filters"), run.err());
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void everyOptionHasADescription() {
        CommandLine command = new CommandLine(new DescribeInstancesCommand().model());
        for (OptionSpec option : command.getCommandSpec().options()) {
            assertTrue(
                    option.description().length > 0
                            && !String.join("", option.description()).isBlank(),
                    "no description for " + option.longestName());
        }
        CliRun help = CliRun.run("describe-instances", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--instance-ids"), help.out());
        assertTrue(help.out().contains("--starting-token"), help.out());
    }
}
