package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.local.LocalEc2Endpoint;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code move-route} against the embedded endpoint: exit codes, progress on stderr, result on stdout. */
class MoveRouteCommandTest {
    private final Map<String, String> env = new HashMap<>();
    private LocalEc2Endpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.start();
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

    private CliRun moveRoute(String... targetOptions) {
        String[] base = {
            "move-route",
            "--endpoint-url",
            endpoint.endpoint().toString(),
            "--route-table-ids",
            LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID,
            "--destination-cidr-block",
            LocalEc2Endpoint.OVERLAY_CIDR,
            "--wait-delay",
            "1"
        };
        String[] args = new String[base.length + targetOptions.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(targetOptions, 0, args, base.length, targetOptions.length);
        return CliRun.run(env, args);
    }

    @Test
    void movesTheRouteAndTurnsTheCheckOff() {
        CliRun run = moveRoute("--instance-id", LocalEc2Endpoint.STANDBY_INSTANCE_ID, "--disable-source-dest-check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("\"ChangedRouteTableIds\" : [ \"" + LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID),
                run.out());
        assertTrue(run.err().contains("REPLACE_ROUTE: "), run.err());
        assertEquals(
                LocalEc2Endpoint.STANDBY_INSTANCE_ID,
                endpoint.state()
                        .routeTable(LocalEc2Endpoint.MAIN_ROUTE_TABLE_ID)
                        .orElseThrow()
                        .route(LocalEc2Endpoint.OVERLAY_CIDR)
                        .orElseThrow()
                        .instanceId());
        assertFalse(endpoint.state()
                .networkInterface("eni-0f1e2d3c4b5a60002")
                .orElseThrow()
                .sourceDestCheck());
        assertFalse(run.err().contains(endpoint.credentials().secretAccessKey()));
    }

    @Test
    void badInputExits252AndARefusedCheck255() {
        assertEquals(252, moveRoute().exitCode());
        assertEquals(
                252,
                moveRoute("--instance-id", "i-1", "--network-interface-id", "eni-1")
                        .exitCode());
        CliRun unknownTarget = moveRoute("--network-interface-id", "eni-0f1e2d3c4b5a6dead");
        assertEquals(254, unknownTarget.exitCode(), unknownTarget.err());
        assertTrue(unknownTarget.err().contains("INTERFACE_EXISTS"), unknownTarget.err());
    }
}
