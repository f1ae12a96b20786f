package dev.ec2lite.local;

import java.util.List;

/** The Elastic IP actions: each reads its parameters, calls the model and writes EC2's answer. */
final class ElasticIpActions {
    private ElasticIpActions() {}

    static String run(Ec2Model model, String action, QueryParameters parameters, String requestId) {
        boolean dryRun = parameters.flag("DryRun");
        return switch (action) {
            case "AssociateAddress" -> {
                ElasticIpTable.Association call = new ElasticIpTable.Association(
                        parameters.required("AllocationId"),
                        parameters.get("InstanceId"),
                        parameters.get("NetworkInterfaceId"),
                        parameters.get("PrivateIpAddress"),
                        parameters.flag("AllowReassociation"));
                yield ElasticIpResponses.associateAddress(requestId, model.associateAddress(call, dryRun));
            }
            case "DisassociateAddress" -> {
                model.disassociateAddress(parameters.required("AssociationId"), dryRun);
                yield ElasticIpResponses.disassociateAddress(requestId);
            }
            case "DescribeAddresses" -> {
                List<LocalEc2State.Address> found = model.describeAddresses(
                        parameters.list("AllocationId"), parameters.list("PublicIp"), parameters.filters());
                if (dryRun) {
                    throw new ServiceError(412, "DryRunOperation", Ec2Model.DRY_RUN_MESSAGE);
                }
                yield ElasticIpResponses.describeAddresses(requestId, found, model.region());
            }
            default -> throw new IllegalArgumentException("not an Elastic IP action: " + action);
        };
    }
}
