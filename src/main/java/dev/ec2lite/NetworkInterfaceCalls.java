package dev.ec2lite;

import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.query.QueryClient;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code AttachNetworkInterface} and {@code DescribeNetworkInterfaces}: parameters out, typed answers in. */
final class NetworkInterfaceCalls {
    /** Enough for any real account; a guard against a server that hands out tokens forever. */
    private static final int MAX_PAGES = 100;

    private final QueryClient query;

    NetworkInterfaceCalls(QueryClient query) {
        this.query = query;
    }

    AttachNetworkInterfaceResponse attach(AttachNetworkInterfaceRequest request) {
        return attach(request, null);
    }

    /** Attaches within {@code timeout} (null: the client's call timeout only). */
    AttachNetworkInterfaceResponse attach(AttachNetworkInterfaceRequest request, Duration timeout) {
        boolean dryRun = request.dryRun();
        QueryRequest.Builder call = QueryRequest.builder("AttachNetworkInterface", Ec2Client.API_VERSION)
                .param("NetworkInterfaceId", request.networkInterfaceId())
                .param("InstanceId", request.instanceId())
                .param("DeviceIndex", request.deviceIndex());
        if (dryRun) {
            call.param("DryRun", true);
        }
        try {
            QueryResponse response = query.call(call.build(), timeout);
            String attachmentId = response.xml()
                    .childText("attachmentId")
                    .orElseThrow(() -> new Ec2ClientException(
                            "AttachNetworkInterface: the answer has no attachmentId", response.statusCode(), null));
            return new AttachNetworkInterfaceResponse(
                    Optional.of(attachmentId), response.requestId(), false, response.attempts());
        } catch (Ec2ServiceException e) {
            if (dryRun && e.isErrorCode("DryRunOperation")) {
                return new AttachNetworkInterfaceResponse(Optional.empty(), e.requestId(), true, e.attempts());
            }
            throw e;
        }
    }

    /**
     * Describes interfaces by id and by filters ({@code attachment.attachment-id}, {@code
     * attachment.instance-id}, …), following {@code NextToken} across pages.
     */
    DescribeNetworkInterfacesResponse describe(DescribeNetworkInterfacesRequest request) {
        return describe(request, null);
    }

    /** Describes with each page's call within {@code timeout} (null: the client's call timeout only). */
    DescribeNetworkInterfacesResponse describe(DescribeNetworkInterfacesRequest request, Duration timeout) {
        List<String> networkInterfaceIds = request.networkInterfaceIds();
        Map<String, List<String>> filters = request.filters();
        List<NetworkInterface> found = new ArrayList<>();
        String nextToken = null;
        QueryResponse page;
        int pages = 0;
        do {
            QueryRequest.Builder call = QueryRequest.builder("DescribeNetworkInterfaces", Ec2Client.API_VERSION);
            if (!networkInterfaceIds.isEmpty()) {
                call.param("NetworkInterfaceId", networkInterfaceIds);
            }
            int index = 1;
            for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
                call.param("Filter." + index + ".Name", filter.getKey());
                call.param("Filter." + index + ".Value", filter.getValue());
                index++;
            }
            if (nextToken != null) {
                call.param("NextToken", nextToken);
            }
            page = query.call(call.build(), timeout);
            page.xml()
                    .child("networkInterfaceSet")
                    .ifPresent(set -> set.children("item").forEach(item -> found.add(toNetworkInterface(item))));
            nextToken = page.xml()
                    .childText("nextToken")
                    .filter(token -> !token.isEmpty())
                    .orElse(null);
            if (nextToken != null && ++pages >= MAX_PAGES) {
                throw new Ec2ClientException("DescribeNetworkInterfaces: still more pages after " + MAX_PAGES
                        + "; narrow the request with ids or filters");
            }
        } while (nextToken != null);
        return new DescribeNetworkInterfacesResponse(found, page.requestId(), page.xml());
    }

    static NetworkInterface toNetworkInterface(XmlElement item) {
        String id = item.childText("networkInterfaceId").orElse("");
        String status = item.childText("status").orElse("");
        Optional<NetworkInterface.Attachment> attachment = item.child("attachment")
                .filter(a -> a.childText("attachmentId").isPresent())
                .map(a -> new NetworkInterface.Attachment(
                        a.childText("attachmentId").orElse(""),
                        a.childText("instanceId").orElse(""),
                        a.childText("deviceIndex")
                                .map(NetworkInterfaceCalls::parseIndex)
                                .orElse(-1),
                        a.childText("status").orElse("")));
        Optional<String> zone = item.childText("availabilityZone").filter(z -> !z.isEmpty());
        return new NetworkInterface(id, status, zone, attachment);
    }

    /** A small non-negative number from the answer; -1 when it is not one. */
    static int parseIndex(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
