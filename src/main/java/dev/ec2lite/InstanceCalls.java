package dev.ec2lite;

import dev.ec2lite.query.QueryClient;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code DescribeInstances}: parameters out, one typed page in. */
final class InstanceCalls {
    private final QueryClient query;

    InstanceCalls(QueryClient query) {
        this.query = query;
    }

    DescribeInstancesResponse describe(DescribeInstancesRequest request) {
        return describe(request, null);
    }

    /** The pages of {@code DescribeInstances} from the request's own token on, each fetched when reached. */
    Paginated<DescribeInstancesResponse> pages(DescribeInstancesRequest request) {
        return new Paginated<>(
                token -> describe(
                        request.toBuilder().nextToken(token.orElse(null)).build()),
                DescribeInstancesResponse::nextToken,
                request.nextToken(),
                Paginated.DEFAULT_MAX_PAGES);
    }

    /** One page, within {@code timeout} (null: the client's call timeout only). */
    DescribeInstancesResponse describe(DescribeInstancesRequest request, Duration timeout) {
        QueryRequest.Builder call = QueryRequest.builder("DescribeInstances", Ec2Client.API_VERSION);
        if (!request.instanceIds().isEmpty()) {
            call.param("InstanceId", request.instanceIds());
        }
        int index = 1;
        for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
            call.param("Filter." + index + ".Name", filter.getKey());
            call.param("Filter." + index + ".Value", filter.getValue());
            index++;
        }
        request.maxResults().ifPresent(max -> call.param("MaxResults", max));
        request.nextToken().ifPresent(token -> call.param("NextToken", token));
        QueryResponse page = query.call(call.build(), timeout);
        List<DescribeInstancesResponse.Reservation> reservations = new ArrayList<>();
        for (XmlElement item : items(page.xml(), "reservationSet")) {
            List<Instance> instances = new ArrayList<>();
            for (XmlElement instance : items(item, "instancesSet")) {
                instances.add(toInstance(instance));
            }
            reservations.add(new DescribeInstancesResponse.Reservation(
                    item.childText("reservationId").orElse(""),
                    item.childText("ownerId").orElse(""),
                    instances));
        }
        Optional<String> nextToken = page.xml().childText("nextToken").filter(token -> !token.isEmpty());
        return new DescribeInstancesResponse(reservations, nextToken, page.requestId(), page.xml());
    }

    static Instance toInstance(XmlElement item) {
        Instance.State state = item.child("instanceState")
                .map(s -> new Instance.State(
                        s.childText("code")
                                .map(NetworkInterfaceCalls::parseIndex)
                                .map(code -> code < 0 ? code : code & 0xFF)
                                .orElse(-1),
                        s.childText("name").orElse("")))
                .orElse(new Instance.State(-1, ""));
        List<Instance.InstanceNetworkInterface> interfaces = new ArrayList<>();
        for (XmlElement eni : items(item, "networkInterfaceSet")) {
            Optional<XmlElement> attachment = eni.child("attachment");
            interfaces.add(new Instance.InstanceNetworkInterface(
                    eni.childText("networkInterfaceId").orElse(""),
                    eni.childText("status").orElse(""),
                    text(eni, "macAddress"),
                    text(eni, "privateIpAddress"),
                    attachment.flatMap(a -> a.childText("attachmentId")).orElse(""),
                    attachment
                            .flatMap(a -> a.childText("deviceIndex"))
                            .map(NetworkInterfaceCalls::parseIndex)
                            .orElse(-1),
                    // EC2 leaves the card index out on instances with one network card.
                    attachment
                            .flatMap(a -> a.childText("networkCardIndex"))
                            .map(NetworkInterfaceCalls::parseIndex)
                            .orElse(0),
                    attachment.flatMap(a -> a.childText("status")).orElse("")));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : items(item, "tagSet")) {
            tags.put(tag.childText("key").orElse(""), tag.childText("value").orElse(""));
        }
        return new Instance(
                item.childText("instanceId").orElse(""),
                state,
                item.childText("instanceType").orElse(""),
                item.find("placement", "availabilityZone").map(XmlElement::text).filter(z -> !z.isEmpty()),
                text(item, "subnetId"),
                text(item, "vpcId"),
                text(item, "privateIpAddress"),
                interfaces,
                tags);
    }

    /** The {@code item} children of the set {@code setName}; none when the set is absent. */
    private static List<XmlElement> items(XmlElement parent, String setName) {
        return parent.child(setName).map(set -> set.children("item")).orElse(List.of());
    }

    /** A child's text, absent when the element is missing or empty. */
    private static Optional<String> text(XmlElement parent, String name) {
        return parent.childText(name).filter(value -> !value.isEmpty());
    }
}
