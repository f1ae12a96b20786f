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
import java.util.OptionalInt;

/** {@code AttachNetworkInterface} and {@code DescribeNetworkInterfaces}: parameters out, typed answers in. */
final class NetworkInterfaceCalls {
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
        request.networkCardIndex().ifPresent(card -> call.param("NetworkCardIndex", card));
        if (dryRun) {
            call.param("DryRun", true);
        }
        try {
            QueryResponse response = query.call(call.build(), timeout);
            String attachmentId = response.xml()
                    .childText("attachmentId")
                    .orElseThrow(() -> new Ec2ClientException(
                            "AttachNetworkInterface: the answer has no attachmentId", response.statusCode(), null));
            OptionalInt networkCardIndex = response.xml()
                    .childText("networkCardIndex")
                    .map(NetworkInterfaceCalls::parseIndex)
                    .filter(card -> card >= 0)
                    .map(OptionalInt::of)
                    .orElse(OptionalInt.empty());
            return new AttachNetworkInterfaceResponse(
                    Optional.of(attachmentId), response.requestId(), false, response.attempts(), networkCardIndex);
        } catch (Ec2ServiceException e) {
            if (dryRun && e.isErrorCode("DryRunOperation")) {
                return new AttachNetworkInterfaceResponse(Optional.empty(), e.requestId(), true, e.attempts());
            }
            throw e;
        }
    }

    /**
     * Describes interfaces by id and by filters ({@code attachment.attachment-id}, {@code
     * attachment.instance-id}, …), following {@code NextToken} across pages, at most {@link
     * Paginated#DEFAULT_MAX_PAGES}.
     */
    DescribeNetworkInterfacesResponse describe(DescribeNetworkInterfacesRequest request) {
        return describe(request, null);
    }

    /** Describes with each page's call within {@code timeout} (null: the client's call timeout only). */
    DescribeNetworkInterfacesResponse describe(DescribeNetworkInterfacesRequest request, Duration timeout) {
        List<NetworkInterface> found = new ArrayList<>();
        DescribeNetworkInterfacesResponse last = null;
        for (DescribeNetworkInterfacesResponse page : pages(request, timeout)) {
            found.addAll(page.networkInterfaces());
            last = page;
        }
        if (last == null) {
            throw new IllegalStateException("a paginated call yielded no page");
        }
        if (last.nextToken().isPresent()) {
            throw new Ec2ClientException("DescribeNetworkInterfaces: still more pages after "
                    + Paginated.DEFAULT_MAX_PAGES + "; narrow the request with ids or filters");
        }
        return new DescribeNetworkInterfacesResponse(found, last.requestId(), last.xml());
    }

    /** The pages of {@code DescribeNetworkInterfaces}, each fetched when the caller reaches it. */
    Paginated<DescribeNetworkInterfacesResponse> pages(DescribeNetworkInterfacesRequest request) {
        return pages(request, null);
    }

    /** As {@link #pages(DescribeNetworkInterfacesRequest)}, each page's call within {@code timeout}. */
    Paginated<DescribeNetworkInterfacesResponse> pages(DescribeNetworkInterfacesRequest request, Duration timeout) {
        return new Paginated<>(
                token -> describePage(request, token, timeout),
                DescribeNetworkInterfacesResponse::nextToken,
                request.nextToken(),
                Paginated.DEFAULT_MAX_PAGES);
    }

    private DescribeNetworkInterfacesResponse describePage(
            DescribeNetworkInterfacesRequest request, Optional<String> token, Duration timeout) {
        QueryRequest.Builder call = QueryRequest.builder("DescribeNetworkInterfaces", Ec2Client.API_VERSION);
        if (!request.networkInterfaceIds().isEmpty()) {
            call.param("NetworkInterfaceId", request.networkInterfaceIds());
        }
        int index = 1;
        for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
            call.param("Filter." + index + ".Name", filter.getKey());
            call.param("Filter." + index + ".Value", filter.getValue());
            index++;
        }
        request.maxResults().ifPresent(size -> call.param("MaxResults", size));
        token.ifPresent(t -> call.param("NextToken", t));
        QueryResponse page = query.call(call.build(), timeout);
        List<NetworkInterface> found = new ArrayList<>();
        for (XmlElement item : NetworkInterfaceXml.items(page.xml(), "networkInterfaceSet")) {
            found.add(NetworkInterfaceXml.read(item));
        }
        Optional<String> nextToken = page.xml().childText("nextToken").filter(t -> !t.isEmpty());
        return new DescribeNetworkInterfacesResponse(found, page.requestId(), page.xml(), nextToken);
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
