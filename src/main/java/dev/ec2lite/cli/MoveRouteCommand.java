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
import picocli.CommandLine.Model.CommandSpec;

/** {@code ec2lite move-route}: the route fail-over of Pacemaker's {@code aws-vpc-move-ip}. */
final class MoveRouteCommand implements Callable<Integer>, EnvironmentAware, ModelledCommand {
    static final String OPERATION = "MoveRoute";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    CommandSpec spec;
    List<String> routeTableIds;
    String destinationCidrBlock;
    String networkInterfaceId;
    String instanceId;
    boolean disableSourceDestCheck;
    MoveOptions move = new MoveOptions();
    ClientOptions client = new ClientOptions();

    /** Adds this command's options to its picocli model (see {@link CommandModel}). */
    void declareOptions(CommandSpec model) {
        spec = model;
        model.addOption(CommandModel.listOption("--route-table-ids", () -> routeTableIds, v -> routeTableIds = v)
                .required(true)
                .arity("1..*")
                .paramLabel("ID")
                .description("The route tables, each holding a route for the destination (space-separated).")
                .build());
        model.addOption(CommandModel.option(
                        "--destination-cidr-block",
                        String.class,
                        () -> destinationCidrBlock,
                        v -> destinationCidrBlock = v)
                .required(true)
                .paramLabel("CIDR")
                .description("The route's destination, such as 192.168.100.10/32.")
                .build());
        model.addOption(CommandModel.option(
                        "--network-interface-id", String.class, () -> networkInterfaceId, v -> networkInterfaceId = v)
                .paramLabel("ID")
                .description("Route to this network interface.")
                .build());
        model.addOption(CommandModel.option("--instance-id", String.class, () -> instanceId, v -> instanceId = v)
                .paramLabel("ID")
                .description("Route to this instance (it must have exactly one network interface).")
                .build());
        model.addOption(CommandModel.option(
                        "--disable-source-dest-check",
                        boolean.class,
                        () -> disableSourceDestCheck,
                        v -> disableSourceDestCheck = v)
                .description("Turn the target's source/destination check off before replacing the routes.")
                .build());
        move.declareOptions(model);
        client.declareOptions(model);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = CommandModel.command(
                this,
                "move-route",
                "Point the route for an overlay address at another target in every route table given: check"
                        + " that each table has the route and the target is in their VPC, turn the target's"
                        + " source/destination check off if asked, replace each route, then describe the tables again"
                        + " until every route shows the target. Progress goes to stderr, the result to stdout.");
        declareOptions(model);
        return model;
    }

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
