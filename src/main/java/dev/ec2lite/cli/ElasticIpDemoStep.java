package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.MoveAddressRequest;
import dev.ec2lite.MoveAddressResponse;
import dev.ec2lite.MoveListener;
import dev.ec2lite.WaiterConfig;
import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.PrintWriter;

/**
 * The demo's Elastic IP fail-over: the service address moves to an instance that has two interfaces
 * (where a plain {@code AssociateAddress} by instance id is refused), and a second move finds it
 * already there.
 */
final class ElasticIpDemoStep {
    private ElasticIpDemoStep() {}

    static void run(Ec2Client ec2, PrintWriter out, WaiterConfig waiting) {
        String target = LocalEc2Endpoint.PRIMARY_INSTANCE_ID;
        MoveListener progress = (step, detail) -> out.println("    " + step + ": " + detail);
        MoveAddressRequest request = MoveAddressRequest.builder()
                .allocationId(LocalEc2Endpoint.SERVICE_ALLOCATION_ID)
                .instanceId(target)
                .waiting(waiting)
                .build();
        out.println();
        out.println("Elastic IP: move " + LocalEc2Endpoint.SERVICE_PUBLIC_IP + " to " + target
                + "'s primary interface (it has two: AssociateAddress by instance id alone would be refused)");
        MoveAddressResponse moved = ec2.moveAddress(request, progress);
        out.println("    -> " + moved.address().describe());
        out.println("Elastic IP: the same move again");
        MoveAddressResponse again = ec2.moveAddress(request, progress);
        out.println("    -> " + (again.alreadyThere() ? "nothing to do, " : "moved again?! ")
                + again.address().describe());
    }
}
