package dev.ec2lite;

import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.CredentialsProvider;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ServiceException;
import dev.ec2lite.http.HttpTransport;
import dev.ec2lite.providers.MfaCodeProvider;
import dev.ec2lite.providers.RoleCredentialsSource;
import dev.ec2lite.query.QueryRequest;
import dev.ec2lite.query.QueryResponse;
import dev.ec2lite.query.internal.QueryClient;
import dev.ec2lite.retry.RetryMode;
import dev.ec2lite.retry.RetryStrategy;
import dev.ec2lite.retry.Sleeper;
import dev.ec2lite.signing.SigV4Crypto;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;

/**
 * A client of the Amazon EC2 API. Build one, share it between threads, close it when done:
 *
 * <pre>{@code
 * try (Ec2Client ec2 = Ec2Client.builder().region("eu-west-1").build()) {
 *     DetachNetworkInterfaceResponse response = ec2.detachNetworkInterface(
 *             DetachNetworkInterfaceRequest.builder().attachmentId("eni-attach-0123456789abcdef0").force(true).build());
 *     System.out.println(response.requestId());
 * }
 * }</pre>
 *
 * <p>Everything a call needs is resolved once, in {@link Builder#build()}: region, endpoint,
 * credentials provider, retry settings. What the builder is not told comes from where the AWS SDKs
 * look (system properties, environment, {@code ~/.aws/config}). Calls are signed with SigV4 at each
 * attempt and retried as the retry strategy allows; failures are {@link
 * dev.ec2lite.error.Ec2ServiceException} (the service said no) or {@link
 * dev.ec2lite.error.Ec2ClientException} (no usable answer), both unchecked.
 */
public final class Ec2Client implements AutoCloseable {
    /** The EC2 API version every call names. */
    public static final String API_VERSION = "2016-11-15";

    private final Ec2ClientSettings settings;
    private final HttpTransport transport;
    private final QueryClient query;
    private final Ec2Calls calls;
    private final NetworkInterfaceWaiter waiter;
    private final NetworkInterfaceMover mover;
    private final PrivateIpMover privateIpMover;
    private final ElasticIpMover addressMover;
    private final RouteMover routeMover;

    private Ec2Client(Ec2ClientSettings settings, HttpTransport transport, QueryClient query, Builder builder) {
        this.settings = settings;
        this.transport = transport;
        this.query = query;
        this.calls = new Ec2Calls(query);
        LongSupplier nanoTime = builder.nanoTime == null ? System::nanoTime : builder.nanoTime;
        Poller poller = new Poller(builder.sleeper == null ? Sleeper.system() : builder.sleeper, nanoTime);
        this.waiter = new NetworkInterfaceWaiter(calls, poller);
        this.mover = new NetworkInterfaceMover(calls, waiter, new MoveTargetVerifier(calls), nanoTime);
        this.privateIpMover = new PrivateIpMover(calls, poller, nanoTime);
        this.addressMover = new ElasticIpMover(calls, poller, nanoTime);
        this.routeMover =
                new RouteMover(calls, poller, new RouteTargetVerifier(calls, new MoveTargetVerifier(calls)), nanoTime);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Detaches a network interface from an instance.
     *
     * @return the request id; for a dry run, a response with {@code dryRun() == true}
     * @throws Ec2ServiceException when EC2 refuses (for example {@code InvalidAttachmentID.NotFound},
     *     or {@code UnauthorizedOperation} for a dry run without permission)
     * @throws Ec2ClientException when there is no usable answer
     */
    public DetachNetworkInterfaceResponse detachNetworkInterface(DetachNetworkInterfaceRequest request) {
        return calls.call(DetachNetworkInterfaceOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /** Detaches the attachment {@code attachmentId}, without {@code Force} or {@code DryRun}. */
    public DetachNetworkInterfaceResponse detachNetworkInterface(String attachmentId) {
        return detachNetworkInterface(DetachNetworkInterfaceRequest.builder()
                .attachmentId(attachmentId)
                .build());
    }

    /**
     * Attaches a network interface to an instance.
     *
     * @return the new attachment's id; for a dry run, a response with {@code dryRun() == true}
     */
    public AttachNetworkInterfaceResponse attachNetworkInterface(AttachNetworkInterfaceRequest request) {
        return calls.call(AttachNetworkInterfaceOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /** Attaches {@code networkInterfaceId} to {@code instanceId} at {@code deviceIndex}. */
    public AttachNetworkInterfaceResponse attachNetworkInterface(
            String networkInterfaceId, String instanceId, int deviceIndex) {
        return attachNetworkInterface(AttachNetworkInterfaceRequest.of(networkInterfaceId, instanceId, deviceIndex));
    }

    /** Describes network interfaces by id or filter, every page of the answer. */
    public DescribeNetworkInterfacesResponse describeNetworkInterfaces(DescribeNetworkInterfacesRequest request) {
        return DescribeNetworkInterfacesOperation.allPages(
                calls, Objects.requireNonNull(request, "request == null"), null);
    }

    /**
     * Describes instances by id or filter: one page of the answer. Follow {@link
     * DescribeInstancesResponse#nextToken()} with {@link DescribeInstancesRequest#withNextToken} for the
     * next.
     *
     * @throws Ec2ServiceException when EC2 refuses ({@code InvalidInstanceID.NotFound}, {@code
     *     InvalidInstanceID.Malformed}, {@code UnauthorizedOperation} …)
     */
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        return calls.call(DescribeInstancesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Describes instances page by page, following {@code NextToken} lazily as the caller iterates (at
     * most {@link Paginated#DEFAULT_MAX_PAGES} unless {@link Paginated#maxPages(int)} says otherwise);
     * {@code request.maxResults()} sets the page size.
     */
    public Paginated<DescribeInstancesResponse> describeInstancePages(DescribeInstancesRequest request) {
        return calls.pages(
                DescribeInstancesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"), null);
    }

    /**
     * Describes network interfaces page by page: the pages are fetched lazily as the caller iterates (at most {@link
     * Paginated#DEFAULT_MAX_PAGES} unless {@link Paginated#maxPages(int)} says otherwise). Each page
     * carries the {@code NextToken} to resume from; {@code request.maxResults()} sets the page size.
     */
    public Paginated<DescribeNetworkInterfacesResponse> describeNetworkInterfacePages(
            DescribeNetworkInterfacesRequest request) {
        return calls.pages(
                DescribeNetworkInterfacesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"), null);
    }

    /**
     * Waits until the interface is {@code available} (the AWS waiter {@code NetworkInterfaceAvailable}).
     *
     * @throws dev.ec2lite.error.Ec2WaiterException when it does not get there in time, or does not exist
     */
    public NetworkInterface waitUntilNetworkInterfaceAvailable(String networkInterfaceId, WaiterConfig config) {
        return waiter.untilAvailable(networkInterfaceId, config);
    }

    /**
     * Waits until the interface is {@code in-use} with an {@code attached} attachment (to {@code
     * instanceId}, unless it is null).
     *
     * @throws dev.ec2lite.error.Ec2WaiterException when it does not get there in time, or does not exist
     */
    public NetworkInterface waitUntilNetworkInterfaceInUse(
            String networkInterfaceId, String instanceId, WaiterConfig config) {
        return waiter.untilInUse(networkInterfaceId, instanceId, config);
    }

    /**
     * Moves a network interface to the request's instance and device index: check the target, detach
     * from where it is (forced if asked: use it when the old instance is dead), wait until {@code
     * available}, attach, wait until {@code in-use}, all within the request's deadline. Each step is
     * reported to {@code listener}.
     *
     * <p>Nothing is detached unless the target passed every check that can be made first ({@code
     * DescribeInstances}): it exists, its state accepts an attachment, it is in the interface's zone,
     * and the device index is free. Without {@code ec2:DescribeInstances} the move stops there, unless
     * the request turns the checks off.
     *
     * @throws dev.ec2lite.error.NetworkInterfaceMoveException naming the step that failed and the state
     *     the interface was left in; the step's failure is the cause: a {@link
     *     dev.ec2lite.error.MoveTargetException} naming the failed check, a {@link
     *     dev.ec2lite.error.MoveDeadlineException} when the deadline passed, or the call's own failure
     */
    public MoveNetworkInterfaceResponse moveNetworkInterface(
            MoveNetworkInterfaceRequest request, MoveListener listener) {
        return mover.move(
                Objects.requireNonNull(request, "request == null"), listener == null ? MoveListener.NONE : listener);
    }

    /**
     * {@link #moveNetworkInterface(MoveNetworkInterfaceRequest, MoveListener)} with the target checks on
     * and no deadline.
     */
    public MoveNetworkInterfaceResponse moveNetworkInterface(
            String networkInterfaceId,
            String instanceId,
            int deviceIndex,
            boolean force,
            WaiterConfig waiting,
            MoveListener listener) {
        return moveNetworkInterface(
                MoveNetworkInterfaceRequest.builder()
                        .networkInterfaceId(networkInterfaceId)
                        .instanceId(instanceId)
                        .deviceIndex(deviceIndex)
                        .force(force)
                        .waiting(waiting)
                        .build(),
                listener);
    }

    /** {@link #moveNetworkInterface(String, String, int, boolean, WaiterConfig, MoveListener)} with the default waiting. */
    public MoveNetworkInterfaceResponse moveNetworkInterface(
            String networkInterfaceId, String instanceId, int deviceIndex, boolean force) {
        return moveNetworkInterface(networkInterfaceId, instanceId, deviceIndex, force, null, null);
    }

    /**
     * Assigns secondary private IPs to an interface: the named ones ({@code AllowReassignment} lets them
     * move from another interface, with any Elastic IP associated with them), or as many as asked,
     * picked by EC2 in the interface's subnet. EC2 remaps asynchronously: see {@link
     * #moveSecondaryPrivateIp(MovePrivateIpRequest, MoveListener)} for a move that waits until it shows.
     *
     * @throws Ec2ServiceException when EC2 refuses (for example {@code InvalidIPAddress.InUse} for an
     *     address on another interface without {@code AllowReassignment})
     */
    public AssignPrivateIpAddressesResponse assignPrivateIpAddresses(AssignPrivateIpAddressesRequest request) {
        return calls.call(
                AssignPrivateIpAddressesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Releases secondary private IPs from an interface; an Elastic IP associated with one is
     * disassociated.
     *
     * @throws Ec2ServiceException when EC2 refuses (an address the interface does not have, a primary one)
     */
    public UnassignPrivateIpAddressesResponse unassignPrivateIpAddresses(UnassignPrivateIpAddressesRequest request) {
        return calls.call(
                UnassignPrivateIpAddressesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Moves a secondary private IP to the request's interface: find the interface that has it, check
     * the target (it exists, in that interface's subnet), reassign it, and describe again until it
     * shows on the target and no longer on the source, all within the request's deadline. Each step is
     * reported to {@code listener}. An Elastic IP associated with the address moves with it.
     *
     * <p>Nothing is changed unless the address is a secondary one and the target passed every check
     * (unless the request turns the target checks off). An address already on the target is left as it
     * is.
     *
     * @throws dev.ec2lite.error.MoveException naming the step that failed and where the address was
     *     left; the step's failure is the cause: a {@link dev.ec2lite.error.MoveTargetException} naming
     *     the failed check, a {@link dev.ec2lite.error.MoveDeadlineException} when the deadline passed,
     *     or the call's own failure
     */
    public MovePrivateIpResponse moveSecondaryPrivateIp(MovePrivateIpRequest request, MoveListener listener) {
        return privateIpMover.move(
                Objects.requireNonNull(request, "request == null"), listener == null ? MoveListener.NONE : listener);
    }

    /**
     * {@link #moveSecondaryPrivateIp(MovePrivateIpRequest, MoveListener)} of {@code privateIpAddress}
     * to {@code networkInterfaceId}, with the target checks on, the default polling and no deadline.
     */
    public MovePrivateIpResponse moveSecondaryPrivateIp(String privateIpAddress, String networkInterfaceId) {
        return moveSecondaryPrivateIp(
                MovePrivateIpRequest.builder()
                        .privateIpAddress(privateIpAddress)
                        .networkInterfaceId(networkInterfaceId)
                        .build(),
                null);
    }

    /**
     * Associates an Elastic IP with an instance or a network interface (one of its private addresses).
     *
     * @return the new association's id; for a dry run, a response with {@code dryRun() == true}
     * @throws Ec2ServiceException when EC2 refuses (for example {@code InvalidAllocationID.NotFound}, or
     *     {@code Resource.AlreadyAssociated} when the address is in use and reassociation was not allowed)
     */
    public AssociateAddressResponse associateAddress(AssociateAddressRequest request) {
        return calls.call(AssociateAddressOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Removes an Elastic IP's association.
     *
     * @throws Ec2ServiceException when EC2 refuses (for example {@code InvalidAssociationID.NotFound})
     */
    public DisassociateAddressResponse disassociateAddress(DisassociateAddressRequest request) {
        return calls.call(DisassociateAddressOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /** Describes Elastic IP addresses: by allocation id, public address or filters; all of them when none. */
    public DescribeAddressesResponse describeAddresses(DescribeAddressesRequest request) {
        return calls.call(DescribeAddressesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Moves an Elastic IP to the request's instance or interface: look it up, check the target,
     * associate it there with {@code AllowReassociation} (taking it from where it was), then describe it
     * again until EC2 shows the new association, all within the request's deadline. Each step is
     * reported to {@code listener}. An address already associated with the target is left alone.
     *
     * <p>Nothing changes unless the address exists and the target passed every check that can be made
     * first ({@code DescribeNetworkInterfaces}, and {@code DescribeInstances} for an instance): it
     * exists, the private address is its own, and it is in the VPC the address serves now.
     *
     * @throws dev.ec2lite.error.MoveException naming the step that failed and the address's state after
     *     it; the cause is a {@link dev.ec2lite.error.MoveTargetException} naming the failed check, a
     *     {@link dev.ec2lite.error.MoveDeadlineException} when the deadline passed, or the call's failure
     */
    public MoveAddressResponse moveAddress(MoveAddressRequest request, MoveListener listener) {
        return addressMover.move(
                Objects.requireNonNull(request, "request == null"), listener == null ? MoveListener.NONE : listener);
    }

    /**
     * Points the route for {@code destinationCidrBlock} in one route table at a network interface or an
     * instance ({@code ReplaceRoute}). The route must exist; EC2 refuses to create one here.
     *
     * @return the request id; for a dry run, a response with {@code dryRun() == true}
     * @throws Ec2ServiceException when EC2 refuses ({@code InvalidRouteTableID.NotFound}, {@code
     *     InvalidParameterValue} for a missing route or a target in another VPC, …)
     */
    public ReplaceRouteResponse replaceRoute(ReplaceRouteRequest request) {
        return calls.call(ReplaceRouteOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /** Describes route tables by id or filter, every page of the answer. */
    public DescribeRouteTablesResponse describeRouteTables(DescribeRouteTablesRequest request) {
        return DescribeRouteTablesOperation.allPages(calls, Objects.requireNonNull(request, "request == null"), null);
    }

    /**
     * Describes route tables page by page, fetched lazily as the caller iterates (at most {@link
     * Paginated#DEFAULT_MAX_PAGES} unless {@link Paginated#maxPages(int)} says otherwise); {@code
     * request.maxResults()} sets the page size.
     */
    public Paginated<DescribeRouteTablesResponse> describeRouteTablePages(DescribeRouteTablesRequest request) {
        return calls.pages(
                DescribeRouteTablesOperation.INSTANCE, Objects.requireNonNull(request, "request == null"), null);
    }

    /**
     * Turns a network interface's source/destination check on or off ({@code
     * ModifyNetworkInterfaceAttribute} with {@code SourceDestCheck.Value}).
     *
     * @return the request id; for a dry run, a response with {@code dryRun() == true}
     */
    public ModifyNetworkInterfaceAttributeResponse modifyNetworkInterfaceAttribute(
            ModifyNetworkInterfaceAttributeRequest request) {
        return calls.call(
                ModifyNetworkInterfaceAttributeOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Turns an instance's source/destination check on or off ({@code ModifyInstanceAttribute} with
     * {@code SourceDestCheck.Value}); EC2 applies it to the instance's primary network interface.
     *
     * @return the request id; for a dry run, a response with {@code dryRun() == true}
     */
    public ModifyInstanceAttributeResponse modifyInstanceAttribute(ModifyInstanceAttributeRequest request) {
        return calls.call(
                ModifyInstanceAttributeOperation.INSTANCE, Objects.requireNonNull(request, "request == null"));
    }

    /**
     * Points the route for an overlay address at a new target in every given route table: look the
     * tables up, check the target, turn its source/destination check off if asked, replace each route,
     * then describe the tables again until every route shows the target, all within the request's
     * deadline. Each step is reported to {@code listener}.
     *
     * <p>Nothing is replaced unless every table exists and holds a route for the destination and (unless
     * the request turns the checks off) the target exists, is in every table's VPC and, for an instance,
     * has exactly one network interface. Tables already pointing at the target are left alone.
     *
     * @throws dev.ec2lite.error.RouteMoveException naming the step that failed, the routes' state, and the
     *     tables changed and not changed; the step's failure is the cause: a {@link
     *     dev.ec2lite.error.MoveTargetException} naming the failed check, a {@link
     *     dev.ec2lite.error.MoveDeadlineException} when the deadline passed, or the call's own failure
     */
    public MoveRouteResponse moveRoute(MoveRouteRequest request, MoveListener listener) {
        return routeMover.move(
                Objects.requireNonNull(request, "request == null"), listener == null ? MoveListener.NONE : listener);
    }

    /**
     * Calls any EC2 action: the way out for actions ec2lite has not typed. Values may be strings,
     * booleans, numbers, lists ({@code Name.1}, {@code Name.2}) and maps ({@code Name.Key}).
     *
     * <pre>{@code
     * QueryResponse r = ec2.call("DescribeNetworkInterfaces",
     *         Map.of("NetworkInterfaceId", List.of("eni-0123456789abcdef0")));
     * r.xml().find("networkInterfaceSet", "item", "status").ifPresent(s -> System.out.println(s.text()));
     * }</pre>
     */
    public QueryResponse call(String action, Map<String, ?> parameters) {
        return query.call(
                QueryRequest.builder(action, API_VERSION).params(parameters).build());
    }

    /** Calls a prepared Query request (its own version is kept). */
    public QueryResponse call(QueryRequest request) {
        return query.call(request);
    }

    /** The region calls are signed for. */
    public String region() {
        return settings.region();
    }

    /** The endpoint calls go to. */
    public URI endpoint() {
        return settings.endpoint();
    }

    /** Where the region, endpoint and credentials came from, for {@code --debug} and logs. */
    public String describeConfiguration() {
        return settings.describe();
    }

    /** Stops what the client started itself; a caller's own {@code OkHttpClient} is left running. */
    @Override
    public void close() {
        if (settings.ownsTransport()) {
            transport.close();
        }
        settings.close();
    }

    @Override
    public String toString() {
        return "Ec2Client{region=" + settings.region() + ", endpoint=" + settings.endpoint() + "}";
    }

    /** Builds an {@link Ec2Client}. Every setting is optional; see each for its default. */
    public static final class Builder {
        String region;
        String endpointUrl;
        String profile;
        CredentialsProvider credentials;
        Clock clock;
        OkHttpClient httpClient;
        HttpTransport transport;
        Duration connectTimeout = Duration.ofSeconds(10);
        Duration readTimeout = Duration.ofSeconds(30);
        Duration callTimeout;
        Integer maxAttempts;
        RetryMode retryMode;
        RetryStrategy retryStrategy;
        Sleeper sleeper;
        LongSupplier nanoTime;
        SigV4Crypto crypto;
        Consumer<String> debug;
        Environment environment;
        RoleCredentialsSource roleCredentialsSource;
        boolean proxySet;
        String proxyUrl;
        Path caBundle;
        boolean insecureSkipTlsVerification;
        MfaCodeProvider mfaCodeProvider;
        String appId;

        private Builder() {}

        /**
         * Your application's id, sent as {@code app/<id>} in the User-Agent so AWS logs can tell your
         * traffic apart. Default: {@code sdk.ua.appId}, else {@code AWS_SDK_UA_APP_ID}, else the profile's
         * {@code sdk_ua_app_id}. Characters a User-Agent token cannot hold become {@code _}; over 50
         * characters is sent with a logged warning, as the SDKs do.
         */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /** The region, such as {@code eu-west-1}. Default: the region chain (see the README). */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sends calls here instead of the regional endpoint: {@code https://…}, or {@code http://…}
         * for a local emulator. Calls are still signed for the client's region.
         */
        public Builder endpointOverride(String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        public Builder endpointOverride(URI endpoint) {
            return endpointOverride(endpoint == null ? null : endpoint.toString());
        }

        /** The profile of {@code ~/.aws/config} to read. Default: {@code AWS_PROFILE}, else default. */
        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        /** Where credentials come from. Default: the default credentials chain. */
        public Builder credentialsProvider(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** The clock signatures are dated by (before clock-skew correction). Default: UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * An OkHttp client of the caller's, to share its connection pool, proxy and interceptors. The
         * client derives its own from it (no OkHttp retries, no redirects) and never closes it.
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** A transport of the caller's, replacing OkHttp entirely (tests, special stacks). */
        public Builder transport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        /** Connecting may take this long; zero means no limit. Default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The longest silence while waiting for or reading an answer; zero means none. Default 30 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** The most a whole call may take, retries and pauses included. Default: no limit. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** Attempts per call, counting the first (1: no retry). Default 3, or as configured. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** {@code STANDARD} (default) or {@code ADAPTIVE}. */
        public Builder retryMode(RetryMode retryMode) {
            this.retryMode = retryMode;
            return this;
        }

        /**
         * A retry strategy of the caller's, replacing {@code maxAttempts} and {@code retryMode}: to share
         * one retry quota between clients, or to seed its jitter in tests.
         */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /** How the client waits between attempts; tests pass one that does not sleep. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** The monotonic clock call timeouts and waiters measure with; tests pass a fake one. */
        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            return this;
        }

        /** The signer's crypto: the JDK's (default) or Bouncy Castle's. */
        public Builder crypto(SigV4Crypto crypto) {
            this.crypto = crypto;
            return this;
        }

        /** Receives debug lines: endpoint, canonical request, string to sign, with secrets redacted. */
        public Builder debug(Consumer<String> debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Answers the default chain's role settings ({@code role_arn}, web identity) with STS calls.
         * Default: ec2lite's own STS client.
         */
        public Builder roleCredentialsSource(RoleCredentialsSource roleCredentialsSource) {
            this.roleCredentialsSource = roleCredentialsSource;
            return this;
        }

        /**
         * Sends every call through this HTTP proxy, {@code http://[user:password@]host[:port]} (as in
         * {@code HTTPS_PROXY}); null: straight to the endpoint, whatever the environment says. Default: as
         * the AWS CLI finds it ({@code HTTPS_PROXY}/{@code HTTP_PROXY} with {@code NO_PROXY}, then the JVM's
         * {@code https.proxyHost}/{@code http.proxyHost}), or the proxy of the {@link #httpClient} given. A
         * URL that is not such a proxy fails {@link #build()}, naming {@code proxy} but not the password.
         */
        public Builder proxy(String proxyUrl) {
            this.proxySet = true;
            this.proxyUrl = proxyUrl;
            return this;
        }

        /** Calls go straight to the endpoint, whatever the environment's proxy settings say. */
        public Builder noProxy() {
            return proxy(null);
        }

        /**
         * A PEM file of CA certificates trusted in addition to the JDK's trust store (a TLS-inspecting
         * proxy's CA, a private endpoint's). Default: {@code AWS_CA_BUNDLE}, else the profile's {@code
         * ca_bundle}. A missing or unreadable file fails {@link #build()}.
         */
        public Builder caBundle(Path caBundle) {
            this.caBundle = caBundle;
            return this;
        }

        /**
         * Accepts any server certificate and host name: the CLI's {@code --no-verify-ssl}. Anyone on the
         * path can then read and change the calls; for testing only.
         */
        public Builder insecureSkipTlsVerification(boolean insecure) {
            this.insecureSkipTlsVerification = insecure;
            return this;
        }

        /**
         * Gives the MFA code when the profile is a role with {@code mfa_serial}: asked when the role is
         * assumed, again only when its credentials are renewed. Default none: such a profile fails with a
         * configuration error naming {@code mfa_serial}, before any request.
         */
        public Builder mfaCodeProvider(MfaCodeProvider mfaCodeProvider) {
            this.mfaCodeProvider = mfaCodeProvider;
            return this;
        }

        /** Where settings are read from. Default: this process's environment and system properties. */
        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Resolves every setting and builds the client.
         *
         * @throws dev.ec2lite.error.Ec2ConfigurationException when the configuration cannot work (no region, a bad endpoint URL,
         *     an unreadable config file), naming the setting
         */
        public Ec2Client build() {
            Ec2ClientSettings settings = Ec2ClientSettings.resolve(this);
            HttpTransport transport = settings.transport();
            QueryClient query = QueryClient.builder()
                    .endpoint(settings.endpoint())
                    .region(settings.region())
                    .signingName("ec2")
                    .credentials(settings.credentials())
                    .transport(transport)
                    .signer(settings.signer())
                    .retryStrategy(settings.retryStrategy())
                    .sleeper(sleeper)
                    .callTimeout(callTimeout)
                    .nanoTime(nanoTime)
                    .userAgent(settings.userAgent())
                    .debug(debug)
                    .build();
            return new Ec2Client(settings, transport, query, this);
        }
    }
}
