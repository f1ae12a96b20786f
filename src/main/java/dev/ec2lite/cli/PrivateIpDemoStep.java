package dev.ec2lite.cli;

import dev.ec2lite.Ec2Client;
import dev.ec2lite.MovePrivateIpRequest;
import dev.ec2lite.MovePrivateIpResponse;
import dev.ec2lite.WaiterConfig;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.LocalEc2State;
import java.io.PrintWriter;

/**
 * The demo's secondary private IP pattern: the scenario's service address 10.0.1.100 moves, with its
 * Elastic IP, from the floating interface to the standby's own primary interface, as Pacemaker's
 * {@code awsvip} would move it.
 */
final class PrivateIpDemoStep {
    static final String SERVICE_IP = "10.0.1.100";

    private final Ec2Client ec2;
    private final LocalEc2Endpoint endpoint;
    private final PrintWriter out;
    private final WaiterConfig waiting;

    PrivateIpDemoStep(Ec2Client ec2, LocalEc2Endpoint endpoint, PrintWriter out, WaiterConfig waiting) {
        this.ec2 = ec2;
        this.endpoint = endpoint;
        this.out = out;
        this.waiting = waiting;
    }

    /** The standby instance's primary network interface (device index 0), which the patterns move to. */
    static String standbyPrimaryInterface(LocalEc2Endpoint endpoint) {
        return endpoint
                .state()
                .instance(LocalEc2Endpoint.STANDBY_INSTANCE_ID)
                .orElseThrow()
                .networkInterfaces()
                .stream()
                .filter(eni ->
                        eni.attachment().filter(a -> a.deviceIndex() == 0).isPresent())
                .map(LocalEc2State.NetworkInterface::networkInterfaceId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the standby has no primary interface"));
    }

    /** Runs the step, headed {@code number}. */
    void run(int number) {
        String standbyEni = standbyPrimaryInterface(endpoint);
        out.println();
        out.println(number + ". Pattern: a secondary private IP. Move " + SERVICE_IP + " to the standby's own"
                + " interface " + standbyEni + " (AssignPrivateIpAddresses, AllowReassignment)");
        MovePrivateIpResponse moved = ec2.moveSecondaryPrivateIp(
                MovePrivateIpRequest.builder()
                        .privateIpAddress(SERVICE_IP)
                        .networkInterfaceId(standbyEni)
                        .waiting(waiting)
                        .build(),
                (step, detail) -> out.println("    " + step + ": " + detail));
        out.println("    -> " + SERVICE_IP + " is on " + moved.networkInterfaceId()
                + moved.elasticIp()
                        .map(eip -> ", its Elastic IP " + eip.publicIp() + " moved with it")
                        .orElse(""));
    }
}
