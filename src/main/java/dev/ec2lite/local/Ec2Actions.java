package dev.ec2lite.local;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The Query API actions the endpoint implements, each reading its parameters, calling the model
 * and writing EC2's answer. Anything else is {@code InvalidAction}.
 */
final class Ec2Actions {
    /** A page of {@code DescribeInstances} without {@code MaxResults}: every instance, as EC2 does. */
    private static final int MAX_RESULTS_LIMIT = 1000;

    private final Ec2Model model;
    private final Permissions permissions;

    Ec2Actions(Ec2Model model, Permissions permissions) {
        this.model = Objects.requireNonNull(model, "model == null");
        this.permissions = Objects.requireNonNull(permissions, "permissions == null");
    }

    /** Runs {@code action}; returns the success body or throws the error to answer. */
    String run(String action, QueryParameters parameters, String requestId) {
        permissions.check(action);
        return switch (action) {
            case "DetachNetworkInterface" -> detach(parameters, requestId);
            case "AttachNetworkInterface" -> attach(parameters, requestId);
            case "DescribeNetworkInterfaces" -> describe(parameters, requestId);
            case "DescribeInstances" -> describeInstances(parameters, requestId);
            case "AssignPrivateIpAddresses" -> PrivateIpActions.assign(model, parameters, requestId);
            case "UnassignPrivateIpAddresses" -> PrivateIpActions.unassign(model, parameters, requestId);
            case "AssociateAddress", "DisassociateAddress", "DescribeAddresses" ->
                ElasticIpActions.run(model, action, parameters, requestId);
            case "ReplaceRoute" -> RouteActions.replaceRoute(model, parameters, requestId);
            case "DescribeRouteTables" -> RouteActions.describeRouteTables(model, parameters, requestId);
            case "ModifyNetworkInterfaceAttribute" ->
                RouteActions.modifyNetworkInterfaceAttribute(model, parameters, requestId);
            case "ModifyInstanceAttribute" -> RouteActions.modifyInstanceAttribute(model, parameters, requestId);
            default ->
                throw new ServiceError(
                        400, "InvalidAction", "The action " + action + " is not valid for this web service.");
        };
    }

    private String detach(QueryParameters parameters, String requestId) {
        String attachmentId = parameters.required("AttachmentId");
        boolean force = parameters.flag("Force");
        boolean dryRun = parameters.flag("DryRun");
        model.detach(attachmentId, force, dryRun);
        return Ec2Responses.detachNetworkInterface(requestId);
    }

    private String attach(QueryParameters parameters, String requestId) {
        String interfaceId = parameters.required("NetworkInterfaceId");
        String instanceId = parameters.required("InstanceId");
        int deviceIndex = deviceIndex(parameters.required("DeviceIndex"));
        // The scenario's instances have one network card, as most instance types do.
        parameters.get("NetworkCardIndex").filter(card -> !card.equals("0")).ifPresent(card -> {
            throw ServiceError.invalidParameterValue(
                    "Value (" + card + ") for parameter networkCardIndex is invalid. The instance has 1 network card.");
        });
        boolean dryRun = parameters.flag("DryRun");
        String attachmentId = model.attach(interfaceId, instanceId, deviceIndex, dryRun);
        return Ec2Responses.attachNetworkInterface(requestId, attachmentId);
    }

    private String describe(QueryParameters parameters, String requestId) {
        ResultPage<LocalEc2State.NetworkInterface> page = describePage(
                parameters,
                "NetworkInterfaceId",
                "The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults",
                model::describe,
                LocalEc2State.NetworkInterface::networkInterfaceId,
                Optional.empty());
        return Ec2Responses.describeNetworkInterfaces(requestId, page.items(), page.nextToken());
    }

    /** {@code DescribeInstances}, one page: at most {@code MaxResults}, else 1,000 instances. */
    private String describeInstances(QueryParameters parameters, String requestId) {
        ResultPage<LocalEc2State.Instance> page = describePage(
                parameters,
                "InstanceId",
                "The parameter instancesSet cannot be used with the parameter maxResults",
                model::describeInstances,
                LocalEc2State.Instance::instanceId,
                Optional.of(MAX_RESULTS_LIMIT));
        return Ec2Responses.describeInstances(
                requestId, page.items(), page.nextToken().orElse(null));
    }

    /**
     * What every describe action does with its parameters: ids or filters select, {@code MaxResults} (5
     * to 1000, never with ids) and {@code NextToken} page, and a dry run stops once the selection is
     * known to be valid.
     */
    static <T> ResultPage<T> describePage(
            QueryParameters parameters,
            String idParameter,
            String idsWithMaxResults,
            BiFunction<List<String>, List<QueryParameters.Filter>, List<T>> select,
            Function<T, String> id,
            Optional<Integer> defaultPageSize) {
        List<String> ids = parameters.list(idParameter);
        Optional<Integer> maxResults = parameters.get("MaxResults").map(Ec2Actions::maxResults);
        if (maxResults.isPresent() && !ids.isEmpty()) {
            throw ServiceError.invalidParameterCombination(idsWithMaxResults);
        }
        List<T> found = select.apply(ids, parameters.filters());
        if (parameters.flag("DryRun")) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        return ResultPage.of(
                found,
                id,
                maxResults.or(() -> defaultPageSize),
                parameters.get("NextToken").filter(token -> !token.isEmpty()));
    }

    /** EC2's bounds for MaxResults of the describe actions: 5 to 1000. */
    private static int maxResults(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 5 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ServiceError.invalidParameterValue(
                "Value ( " + text + " ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
    }

    /** A non-negative integer; the upper bound depends on the instance type, which is not modelled. */
    private static int deviceIndex(String text) {
        try {
            int index = Integer.parseInt(text);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ServiceError.invalidParameterValue("Value (" + text + ") for parameter deviceIndex is invalid.");
    }
}
