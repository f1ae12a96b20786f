package dev.ec2lite.local;

import java.util.List;
import java.util.Optional;

/**
 * {@code AssignPrivateIpAddresses} and {@code UnassignPrivateIpAddresses} on the wire: their
 * parameters read, the model called, EC2's answer written. EC2 has no {@code DryRun} for either
 * action; one sent anyway is refused as EC2 refuses a parameter an action does not know.
 */
final class PrivateIpActions {
    private PrivateIpActions() {}

    static String assign(Ec2Model model, QueryParameters parameters, String requestId) {
        refuseDryRun(parameters);
        String interfaceId = parameters.required("NetworkInterfaceId");
        List<String> addresses = parameters.list("PrivateIpAddress");
        Optional<Integer> count =
                parameters.get("SecondaryPrivateIpAddressCount").map(PrivateIpActions::count);
        boolean reassign = parameters.flag("AllowReassignment");
        List<String> assigned = model.assignPrivateIps(interfaceId, addresses, count, reassign);
        XmlWriter xml = new XmlWriter()
                .start("AssignPrivateIpAddressesResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .element("networkInterfaceId", interfaceId)
                .start("assignedPrivateIpAddressesSet");
        for (String address : assigned) {
            xml.start("item").element("privateIpAddress", address).end();
        }
        return xml.end().element("return", "true").end().finish();
    }

    static String unassign(Ec2Model model, QueryParameters parameters, String requestId) {
        refuseDryRun(parameters);
        String interfaceId = parameters.required("NetworkInterfaceId");
        model.unassignPrivateIps(interfaceId, parameters.list("PrivateIpAddress"));
        return new XmlWriter()
                .start("UnassignPrivateIpAddressesResponse", Ec2Responses.NAMESPACE)
                .element("requestId", requestId)
                .element("return", "true")
                .end()
                .finish();
    }

    private static void refuseDryRun(QueryParameters parameters) {
        if (parameters.get("DryRun").isPresent()) {
            throw new ServiceError(400, "UnknownParameter", "The parameter DryRun is not recognized");
        }
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ServiceError.invalidParameterValue(
                    "Value (" + text + ") for parameter secondaryPrivateIpAddressCount is invalid.");
        }
    }
}
