package dev.ec2lite.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The Query API actions the endpoint implements, each reading its parameters, calling the model
 * and writing EC2's answer. Anything else is {@code InvalidAction}.
 */
final class Ec2Actions {
    /** A page of {@code DescribeInstances} without {@code MaxResults}: every instance, as EC2 does. */
    private static final int MAX_RESULTS_LIMIT = 1000;

    private static final String TOKEN_PREFIX = "after:";

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
        boolean dryRun = parameters.flag("DryRun");
        String attachmentId = model.attach(interfaceId, instanceId, deviceIndex, dryRun);
        return Ec2Responses.attachNetworkInterface(requestId, attachmentId);
    }

    private String describe(QueryParameters parameters, String requestId) {
        List<String> ids = parameters.list("NetworkInterfaceId");
        List<QueryParameters.Filter> filters = parameters.filters();
        boolean dryRun = parameters.flag("DryRun");
        List<LocalEc2State.NetworkInterface> found = model.describe(ids, filters);
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        return Ec2Responses.describeNetworkInterfaces(requestId, found);
    }

    /**
     * {@code DescribeInstances}, one page: {@code MaxResults} (5 to 1000, not with ids) bounds it, and
     * {@code NextToken} names the last instance of the page before, so a page never repeats or skips
     * an instance that stays.
     */
    private String describeInstances(QueryParameters parameters, String requestId) {
        List<String> ids = parameters.list("InstanceId");
        List<QueryParameters.Filter> filters = parameters.filters();
        boolean dryRun = parameters.flag("DryRun");
        int maxResults = MAX_RESULTS_LIMIT;
        if (parameters.get("MaxResults").isPresent()) {
            if (!ids.isEmpty()) {
                throw new ServiceError(
                        400,
                        "InvalidParameterCombination",
                        "The parameter instancesSet cannot be used with the parameter maxResults");
            }
            maxResults = maxResults(parameters.required("MaxResults"));
        }
        String after = parameters.get("NextToken").map(Ec2Actions::decodeToken).orElse(null);
        List<LocalEc2State.Instance> found = model.describeInstances(ids, filters);
        if (dryRun) {
            throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
        }
        List<LocalEc2State.Instance> rest = after == null
                ? found
                : found.stream()
                        .filter(i -> i.instanceId().compareTo(after) > 0)
                        .toList();
        List<LocalEc2State.Instance> page = rest.subList(0, Math.min(maxResults, rest.size()));
        String nextToken = rest.size() > page.size()
                ? encodeToken(page.get(page.size() - 1).instanceId())
                : null;
        return Ec2Responses.describeInstances(requestId, page, nextToken);
    }

    private static int maxResults(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 5 && value <= MAX_RESULTS_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ServiceError.invalidParameterValue(
                "Value (" + text + ") for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
    }

    private static String encodeToken(String lastInstanceId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((TOKEN_PREFIX + lastInstanceId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                return text.substring(TOKEN_PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ServiceError(
                400, "InvalidPaginationToken", "The specified pagination token is not valid or is expired.");
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
