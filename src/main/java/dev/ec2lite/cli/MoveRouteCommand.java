package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ec2lite.Ec2Client;
import dev.ec2lite.MoveRouteRequest;
import dev.ec2lite.MoveRouteResponse;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ec2lite move-route}: the route fail-over of Pacemaker's {@code aws-vpc-move-ip}. */
@Command(
        name = "move-route",
        mixinStandardHelpOptions = true,
        description = "Point the route for an overlay address at another target in every route table given: check"
                + " that each table has the route and the target is in their VPC, turn the target's"
                + " source/destination check off if asked, replace each route, then describe the tables again"
                + " until every route shows the target. Progress goes to stderr, the result to stdout.")
final class MoveRouteCommand implements Callable<Integer>, EnvironmentAware {
    static final String OPERATION = "MoveRoute";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(
            names = "--route-table-ids",
            required = true,
            arity = "1..*",
            paramLabel = "ID",
            description = "The route tables, each holding a route for the destination (space-separated).")
    List<String> routeTableIds;

    @Option(
            names = "--destination-cidr-block",
            required = true,
            paramLabel = "CIDR",
            description = "The route's destination, such as 192.168.100.10/32.")
    String destinationCidrBlock;

    @Option(names = "--network-interface-id", paramLabel = "ID", description = "Route to this network interface.")
    String networkInterfaceId;

    @Option(
            names = "--instance-id",
            paramLabel = "ID",
            description = "Route to this instance (it must have exactly one network interface).")
    String instanceId;

    @Option(
            names = "--disable-source-dest-check",
            description = "Turn the target's source/destination check off before replacing the routes.")
    boolean disableSourceDestCheck;

    @Mixin
    MoveOptions move = new MoveOptions();

    @Mixin
    ClientOptions client = new ClientOptions();

    private Map<String, String> env = Map.of();

    @Override
    public void terminal(Terminal terminal) {
        client.terminal = terminal;
    }

    @Override
    public void environment(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ec2Client.Builder builder;
        MoveRouteRequest request;
        try {
            if ((networkInterfaceId == null) == (instanceId == null)) {
                throw new IllegalArgumentException("give exactly one of --network-interface-id and --instance-id");
            }
            MoveRouteRequest.Builder route = MoveRouteRequest.builder()
                    .routeTableIds(routeTableIds)
                    .destinationCidrBlock(destinationCidrBlock)
                    .disableSourceDestCheck(disableSourceDestCheck)
                    .waiting(move.waiting())
                    .deadline(move.deadline())
                    .verifyTarget(move.verifyTarget());
            request = (networkInterfaceId != null
                            ? route.networkInterfaceId(networkInterfaceId)
                            : route.instanceId(instanceId))
                    .build();
            builder = client.clientBuilder(env, err);
        } catch (IllegalArgumentException | NullPointerException e) {
            return ErrorReporter.invalidInput(e, err);
        }
        try (Ec2Client ec2 = builder.build()) {
            MoveRouteResponse moved = ec2.moveRoute(request, (step, detail) -> {
                err.println(step + ": " + detail);
                err.flush();
            });
            print(spec.commandLine().getOut(), moved);
            return ExitCodes.SUCCESS;
        } catch (RuntimeException e) {
            return ErrorReporter.report(e, OPERATION, err);
        }
    }

    private static void print(PrintWriter out, MoveRouteResponse moved) {
        ObjectNode root = JSON.createObjectNode();
        root.put("DestinationCidrBlock", moved.destinationCidrBlock());
        root.put(moved.target().kind().parameter(), moved.target().id());
        moved.changedRouteTableIds().forEach(root.putArray("ChangedRouteTableIds")::add);
        moved.alreadyDoneRouteTableIds().forEach(root.putArray("AlreadyDoneRouteTableIds")::add);
        root.put("SourceDestCheckDisabled", moved.sourceDestCheckDisabled());
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
