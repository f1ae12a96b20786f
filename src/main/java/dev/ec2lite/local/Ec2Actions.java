package dev.ec2lite.local;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
        List<String> ids = parameters.list("NetworkInterfaceId");
        List<QueryParameters.Filter> filters = parameters.filters();
        boolean dryRun = parameters.flag("DryRun");
        Optional<Integer> maxResults = parameters.get("MaxResults").map(Ec2Actions::maxResults);
        if (maxResults.isPresent() && !ids.isEmpty()) {
            throw ServiceError.invalidParameterCombination(
                    "The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults");
        }
        List<LocalEc2State.NetworkInterface> found = model.describe(ids, filters);
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        ResultPage<LocalEc2State.NetworkInterface> page = ResultPage.of(
                found,
                LocalEc2State.NetworkInterface::networkInterfaceId,
                maxResults,
                parameters.get("NextToken").filter(token -> !token.isEmpty()));
        return Ec2Responses.describeNetworkInterfaces(requestId, page.items(), page.nextToken());
    }

    /** {@code DescribeInstances}, one page: {@code MaxResults} (5 to 1000, not with ids) bounds it. */
    private String describeInstances(QueryParameters parameters, String requestId) {
        List<String> ids = parameters.list("InstanceId");
        List<QueryParameters.Filter> filters = parameters.filters();
        boolean dryRun = parameters.flag("DryRun");
        Optional<Integer> maxResults = parameters.get("MaxResults").map(Ec2Actions::maxResults);
        if (maxResults.isPresent() && !ids.isEmpty()) {
            throw ServiceError.invalidParameterCombination(
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        List<LocalEc2State.Instance> found = model.describeInstances(ids, filters);
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        ResultPage<LocalEc2State.Instance> page = ResultPage.of(
                found,
                LocalEc2State.Instance::instanceId,
                Optional.of(maxResults.orElse(MAX_RESULTS_LIMIT)),
                parameters.get("NextToken").filter(token -> !token.isEmpty()));
        return Ec2Responses.describeInstances(
                requestId, page.items(), page.nextToken().orElse(null));
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
