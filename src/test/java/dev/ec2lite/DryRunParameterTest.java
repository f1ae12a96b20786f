package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.query.QueryRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DryRunParameterTest {
    private static String body(QueryRequest.Builder call) {
        return call.build().formBody();
    }

    @Test
    void dryRunIsWrittenWherePlacedAsTrueOrFalse() {
        for (boolean value : new boolean[] {true, false}) {
            QueryRequest.Builder call = QueryRequest.builder("DetachNetworkInterface", "2016-11-15");
            DryRunParameter dryRun = new DryRunParameter(Optional.of(value), call);
            call.param("AttachmentId", "eni-attach-1");
            dryRun.writeHere();
            call.param("Force", true);
            assertEquals(
                    "Action=DetachNetworkInterface&Version=2016-11-15&AttachmentId=eni-attach-1&DryRun=" + value
                            + "&Force=true",
                    body(call));
            assertFalse(dryRun.forgotten());
        }
    }

    @Test
    void noValueWritesNothingAndCannotBeForgotten() {
        QueryRequest.Builder call = QueryRequest.builder("DisassociateAddress", "2016-11-15");
        DryRunParameter dryRun = new DryRunParameter(Optional.empty(), call);
        assertFalse(dryRun.forgotten());
        dryRun.writeHere();
        assertEquals("Action=DisassociateAddress&Version=2016-11-15", body(call));
    }

    @Test
    void aValueNotPlacedIsForgottenAndPlacingTwiceFails() {
        DryRunParameter dryRun =
                new DryRunParameter(Optional.of(true), QueryRequest.builder("DisassociateAddress", "2016-11-15"));
        assertTrue(dryRun.forgotten());
        dryRun.writeHere();
        assertThrows(IllegalStateException.class, dryRun::writeHere);
    }
}
