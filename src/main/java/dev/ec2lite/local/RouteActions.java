package dev.ec2lite.local;

import java.util.Optional;

/**
 * The route actions of the endpoint: each reads its parameters, calls the model and writes EC2's
 * answer. Only the source/destination check of the two attribute actions is modelled.
 */
final class RouteActions {
    /** EC2's bounds for {@code MaxResults} of {@code DescribeRouteTables}. */
    private static final int MAX_PAGE_SIZE = 100;

    private RouteActions() {}

    static String replaceRoute(Ec2Model model, QueryParameters parameters, String requestId) {
        model.replaceRoute(
                parameters.required("RouteTableId"),
                parameters.required("DestinationCidrBlock"),
                parameters.get("NetworkInterfaceId").filter(id -> !id.isEmpty()),
                parameters.get("InstanceId").filter(id -> !id.isEmpty()),
                parameters.flag("DryRun"));
        return RouteResponses.returnTrue("ReplaceRoute", requestId);
    }

    static String describeRouteTables(Ec2Model model, QueryParameters parameters, String requestId) {
        parameters.get("MaxResults").ifPresent(size -> {
            if (size.length() > 3
                    || !size.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(size) > MAX_PAGE_SIZE) {
                throw ServiceError.invalidParameterValue("Value ( " + size
                        + " ) for parameter maxResults is invalid. Expecting a value between 5 and 100.");
            }
        });
        ResultPage<LocalEc2State.RouteTable> page = Ec2Actions.describePage(
                parameters,
                "RouteTableId",
                "The parameter RouteTableIds cannot be used with the parameter MaxResults",
                model::describeRouteTables,
                LocalEc2State.RouteTable::routeTableId,
                Optional.empty());
        return RouteResponses.describeRouteTables(requestId, page.items(), page.nextToken());
    }

    static String modifyNetworkInterfaceAttribute(Ec2Model model, QueryParameters parameters, String requestId) {
        model.setInterfaceSourceDestCheck(
                parameters.required("NetworkInterfaceId"), sourceDestCheck(parameters), parameters.flag("DryRun"));
        return RouteResponses.returnTrue("ModifyNetworkInterfaceAttribute", requestId);
    }

    static String modifyInstanceAttribute(Ec2Model model, QueryParameters parameters, String requestId) {
        model.setInstanceSourceDestCheck(
                parameters.required("InstanceId"), sourceDestCheck(parameters), parameters.flag("DryRun"));
        return RouteResponses.returnTrue("ModifyInstanceAttribute", requestId);
    }

    /** {@code SourceDestCheck.Value}; the endpoint models no other attribute, so it must be there. */
    private static boolean sourceDestCheck(QueryParameters parameters) {
        if (parameters.get("SourceDestCheck.Value").isEmpty()) {
            throw ServiceError.missingParameter("SourceDestCheck.Value (the only attribute this endpoint models)");
        }
        return parameters.flag("SourceDestCheck.Value");
    }
}
