package dev.ec2lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's route step: the overlay route moves to the standby, and the second move has nothing to do. */
class DemoRouteStepTest {
    @Test
    void theDemoMovesTheOverlayRouteThenFindsItDoneAndStillEndsWithItsSummary() {
        CliRun run = CliRun.run(Map.of(), "demo", "--state-delay-ms", "50", "--poll-ms", "20");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int first = out.indexOf("Route: move the overlay route 192.168.100.10/32");
        int again = out.indexOf("Route: the same move again");
        assertTrue(first > out.indexOf("Elastic IP: the same move again") && again > first, out);
        String firstMove = out.substring(first, again);
        assertTrue(firstMove.contains("DISABLE_SOURCE_DEST_CHECK: "), firstMove);
        assertTrue(firstMove.contains("REPLACE_ROUTE: "), firstMove);
        String secondMove = out.substring(again);
        assertTrue(secondMove.contains("-> nothing to do, rtb-0a1b2c3d4e5f60001"), secondMove);
        assertTrue(secondMove.contains("192.168.100.10/32 -> eni-0f1e2d3c4b5a60002 (i-0a1b2c3d4e5f60002)"), secondMove);
        String lastLine = out.strip().substring(out.strip().lastIndexOf('\n') + 1);
        assertTrue(lastLine.matches("Done: .* (\\d+) of \\1 requests had a verified signature\\."), lastLine);
    }
}
