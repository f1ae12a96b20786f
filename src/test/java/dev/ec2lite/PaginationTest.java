package dev.ec2lite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.local.LocalEc2Endpoint;
import dev.ec2lite.local.RecordedRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lazy {@code NextToken} pagination, against the embedded endpoint's {@code MaxResults} pages. */
class PaginationTest {
    private static final int SPARES = 9; // 3 scenario interfaces + 9 = 12: pages of 5, 5 and 2

    private LocalEc2Endpoint endpoint;
    private Ec2Client ec2;

    @BeforeEach
    void start() {
        endpoint = LocalEc2Endpoint.start();
        for (int i = 0; i < SPARES; i++) {
            endpoint.addNetworkInterface("spare " + i);
        }
        ec2 = Ec2Client.builder()
                .environment(Ec2TestServer.emptyEnvironment())
                .region(endpoint.region())
                .endpointOverride(endpoint.endpoint())
                .credentialsProvider(CredentialsProvider.of(endpoint.credentials()))
                .build();
        endpoint.resetRequestsAndFaults();
    }

    @AfterEach
    void stop() {
        ec2.close();
        endpoint.close();
    }

    private long describeCalls() {
        return endpoint.requests().stream()
                .map(RecordedRequest::action)
                .filter("DescribeNetworkInterfaces"::equals)
                .count();
    }

    private static List<String> allIds(LocalEc2Endpoint endpoint) {
        return endpoint.state().networkInterfaces().stream()
                .map(n -> n.networkInterfaceId())
                .toList();
    }

    @Test
    void pagesAreFetchedOnlyAsTheCallerReachesThem() {
        Paginated<DescribeNetworkInterfacesResponse> pages = ec2.describeNetworkInterfacePages(
                DescribeNetworkInterfacesRequest.builder().build().withMaxResults(5));
        assertEquals(0, describeCalls(), "nothing is fetched before iteration");

        Iterator<DescribeNetworkInterfacesResponse> iterator = pages.iterator();
        DescribeNetworkInterfacesResponse first = iterator.next();
        assertEquals(5, first.networkInterfaces().size());
        assertTrue(first.nextToken().isPresent());
        assertEquals(1, describeCalls());

        List<String> firstSix = ec2.describeNetworkInterfacePages(
                        DescribeNetworkInterfacesRequest.builder().build().withMaxResults(5))
                .items(DescribeNetworkInterfacesResponse::networkInterfaces)
                .limit(6)
                .map(NetworkInterface::networkInterfaceId)
                .toList();
        assertEquals(allIds(endpoint).subList(0, 6), firstSix);
        assertEquals(3, describeCalls(), "six items need two more pages, not three");
    }

    @Test
    void everyItemOnceInOrderAcrossPages() {
        List<DescribeNetworkInterfacesResponse> pages = ec2
                .describeNetworkInterfacePages(
                        DescribeNetworkInterfacesRequest.builder().build().withMaxResults(5))
                .stream()
                .toList();

        assertEquals(
                List.of(5, 5, 2),
                pages.stream().map(p -> p.networkInterfaces().size()).toList());
        assertEquals(Optional.empty(), pages.get(2).nextToken());
        List<String> ids = pages.stream()
                .flatMap(p -> p.networkInterfaces().stream())
                .map(NetworkInterface::networkInterfaceId)
                .toList();
        assertEquals(allIds(endpoint), ids);
        assertEquals(
                ids,
                ec2
                        .describeNetworkInterfaces(DescribeNetworkInterfacesRequest.builder()
                                .build()
                                .withMaxResults(5))
                        .networkInterfaces()
                        .stream()
                        .map(NetworkInterface::networkInterfaceId)
                        .collect(Collectors.toList()));
    }

    @Test
    void theCallersBoundStopsTheFetchingAndTheLastTokenResumes() {
        List<DescribeNetworkInterfacesResponse> bounded = ec2
                .describeNetworkInterfacePages(
                        DescribeNetworkInterfacesRequest.builder().build().withMaxResults(5))
                .maxPages(2)
                .stream()
                .toList();
        assertEquals(2, bounded.size());
        assertEquals(2, describeCalls());

        String token = bounded.get(1).nextToken().orElseThrow();
        List<DescribeNetworkInterfacesResponse> rest = new ArrayList<>();
        ec2.describeNetworkInterfacePages(DescribeNetworkInterfacesRequest.builder()
                        .build()
                        .withMaxResults(5)
                        .withNextToken(token))
                .forEach(rest::add);
        assertEquals(1, rest.size());
        assertEquals(
                allIds(endpoint).subList(10, 12),
                rest.get(0).networkInterfaces().stream()
                        .map(NetworkInterface::networkInterfaceId)
                        .toList());
    }

    @Test
    void aServerThatNeverStopsIsBoundedAndTheMergedCallSaysSo() {
        AtomicInteger fetched = new AtomicInteger();
        Paginated<String> endless = new Paginated<>(
                token -> "page" + fetched.incrementAndGet(),
                page -> Optional.of("token-" + page),
                Optional.empty(),
                Paginated.DEFAULT_MAX_PAGES);
        assertEquals(Paginated.DEFAULT_MAX_PAGES, endless.stream().count());
        assertEquals(Paginated.DEFAULT_MAX_PAGES, fetched.get());

        AtomicInteger again = new AtomicInteger();
        Paginated<String> repeating = new Paginated<>(
                token -> "page" + again.incrementAndGet(), page -> Optional.of("same"), Optional.empty(), 50);
        assertEquals(2, repeating.stream().count(), "a token handed back twice ends the pages");
    }

    @Test
    void invalidPageSizesAndTokensAreRefusedBeforeAnyCall() {
        DescribeNetworkInterfacesRequest all =
                DescribeNetworkInterfacesRequest.builder().build();
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> all.withMaxResults(4));
        assertTrue(small.getMessage().contains("maxResults"), small.getMessage());
        assertThrows(IllegalArgumentException.class, () -> all.withMaxResults(1001));
        assertThrows(IllegalArgumentException.class, () -> all.withNextToken(""));
        assertThrows(
                IllegalArgumentException.class,
                () -> DescribeNetworkInterfacesRequest.byId("eni-0f1e2d3c4b5a60001")
                        .withMaxResults(5));
        assertThrows(
                IllegalArgumentException.class,
                () -> ec2.describeNetworkInterfacePages(all).maxPages(0));
        assertEquals(0, describeCalls());
    }

    @Test
    void anUnknownTokenIsTheServersError() {
        Ec2ServiceException refused = assertThrows(
                Ec2ServiceException.class,
                () -> ec2.describeNetworkInterfaces(
                        DescribeNetworkInterfacesRequest.builder().build().withNextToken("garbage")));
        assertEquals("InvalidPaginationToken", refused.errorCode());
    }
}
