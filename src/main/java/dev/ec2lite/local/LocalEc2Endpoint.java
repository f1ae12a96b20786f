package dev.ec2lite.local;

import com.sun.net.httpserver.HttpServer;
import dev.ec2lite.credentials.AwsCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded, in-memory EC2 Query endpoint on {@code 127.0.0.1}: it verifies the SigV4 signature
 * of every request and answers {@code DetachNetworkInterface}, {@code AttachNetworkInterface}, {@code
 * DescribeNetworkInterfaces}, {@code DescribeInstances}, {@code AssignPrivateIpAddresses} and {@code
 * UnassignPrivateIpAddresses} with EC2's XML, so a client can be run end to end without an AWS
 * account.
 *
 * <p>In a JUnit test (the client's own set-up elided):
 *
 * <pre>{@code
 * class FailoverTest {
 *     @Test void floatingInterfaceMovesToTheStandby() {
 *         try (var ec2 = LocalEc2Endpoint.start()) {
 *             // point the client at ec2.endpoint(), ec2.region() and ec2.credentials(), then detach
 *             // FLOATING_ATTACHMENT_ID and attach FLOATING_INTERFACE_ID to STANDBY_INSTANCE_ID
 *             var floating = ec2.state().networkInterface(LocalEc2Endpoint.FLOATING_INTERFACE_ID).orElseThrow();
 *             assertEquals(LocalEc2Endpoint.STANDBY_INSTANCE_ID, floating.attachment().orElseThrow().instanceId());
 *             assertEquals(2, ec2.requests().size());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>It starts with a fail-over scenario: instances {@value #PRIMARY_INSTANCE_ID} ("primary") and
 * {@value #STANDBY_INSTANCE_ID} ("standby"), each with a primary interface at device index 0, and the
 * floating interface {@value #FLOATING_INTERFACE_ID} attached to the primary at device index 1 as
 * {@value #FLOATING_ATTACHMENT_ID}. New ids are deterministic too.
 *
 * <p>Behaviour where EC2's documentation is silent, chosen to be plausible and kept simple:
 *
 * <ul>
 *   <li>A stopped instance ({@link #stopInstance}) stands for a failed primary: a detach without
 *       {@code Force} is accepted but stays {@code detaching} until {@code Force=true} is sent or the
 *       instance is started again; with {@code Force} it completes after the detach delay.
 *   <li>Detaching an attachment that is already {@code detaching} succeeds again; once it is {@code
 *       detached} its id no longer exists ({@code InvalidAttachmentID.NotFound}).
 *   <li>Parameters and resources are validated before {@code DryRun} is honoured.
 *   <li>Instances and interfaces live in an availability zone (default: the region's {@code a}
 *       zone, one subnet per zone); attaching across zones is {@code InvalidParameterCombination},
 *       and to a {@code shutting-down} or {@code terminated} instance {@code IncorrectInstanceState}.
 *   <li>Actions can be denied ({@link #denyActions}): they answer {@code UnauthorizedOperation}.
 *   <li>The JDK's {@code HttpServer} stamps every answer's {@code Date} header with the system clock,
 *       whatever clock the endpoint was given; to test clock-skew correction, skew the client's clock.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} stops the server and its threads.
 */
public final class LocalEc2Endpoint implements AutoCloseable {
    public static final String PRIMARY_INSTANCE_ID = "i-0a1b2c3d4e5f60001";
    public static final String STANDBY_INSTANCE_ID = "i-0a1b2c3d4e5f60002";
    public static final String FLOATING_INTERFACE_ID = "eni-0f1e2d3c4b5a60003";
    public static final String FLOATING_ATTACHMENT_ID = "eni-attach-0a1b2c3d4e5f60003";
    /** The VPC of every resource but those added with {@code …InOtherVpc}. */
    public static final String VPC_ID = Ec2Model.VPC_ID;
    /** The second VPC. */
    public static final String OTHER_VPC_ID = Ec2Model.OTHER_VPC_ID;

    /** AWS's documentation example key pair; it opens nothing anywhere else. */
    public static final AwsCredentials EXAMPLE_CREDENTIALS =
            AwsCredentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /** Enough for a handful of concurrent clients; more requests queue. */
    private static final int THREADS = 4;

    /**
     * Connections waiting for a worker. Beyond this they are not taken on: the server stays bounded
     * in memory whatever a flood of clients does, and each worker is held at most {@link
     * BodyReader#TIMEOUT} by a slow body, so the queue keeps moving.
     */
    static final int QUEUE_CAPACITY = 1024;

    private final HttpServer server;
    private final SelfSignedCertificate certificate; // null: plain http
    private final TlsFront tlsFront; // null: plain http; else the public port, in front of server
    private final ExecutorService executor;
    private final String region;
    private final AwsCredentials credentials;
    private final Ec2Model model;
    private final Faults faults = new Faults();
    private final Permissions permissions = new Permissions();
    private final RequestLog log = new RequestLog();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final KeptThreads workers = new KeptThreads("endpoint thread");
    private final ScheduledExecutorService alarms;

    private LocalEc2Endpoint(Builder builder) throws IOException {
        this.region = builder.region;
        this.credentials = builder.keyPairs.get(0);
        this.alarms = newAlarms();
        this.model = new Ec2Model(
                builder.resourceClock == null ? builder.clock : builder.resourceClock,
                builder.region,
                builder.attachDelay,
                builder.detachDelay);
        model.seedFailoverScenario();

        Map<String, AwsCredentials> keys = new LinkedHashMap<>();
        for (AwsCredentials keyPair : builder.keyPairs) {
            keys.put(keyPair.accessKeyId(), keyPair);
        }
        EndpointHandler handler = new EndpointHandler(
                new SignatureVerifier(keys, region, builder.clock),
                new Ec2Actions(model, permissions),
                faults,
                log,
                builder.clock,
                new BodyReader(alarms, builder.bodyReadTimeout));

        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        // With TLS, the http server listens on a free private port behind the TLS front (see TlsFront).
        this.server = HttpServer.create(new InetSocketAddress(loopback, builder.tls ? 0 : builder.port), 0);
        this.executor =
                newExecutor("ec2lite-local-endpoint-" + server.getAddress().getPort() + "-");
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        if (builder.tls) {
            try {
                this.certificate = SelfSignedCertificate.create(Instant.now());
                this.tlsFront = TlsFront.start(certificate.serverContext(), builder.port, server.getAddress());
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                stopServer();
                throw e instanceof IOException io ? io : new IOException("cannot serve TLS: " + e.getMessage(), e);
            }
        } else {
            this.certificate = null;
            this.tlsFront = null;
        }
    }

    /** Starts an endpoint with every default, on a free port. */
    public static LocalEc2Endpoint start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A fixed number of daemon threads, so a forgotten endpoint never keeps a JVM alive; each thread is
     * remembered so that {@link #close()} can wait until it has really ended.
     */
    private ExecutorService newExecutor(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        // A worker that died (an Error in a handler) is replaced by the pool; the kept list forgets the dead.
        ThreadFactory factory = runnable -> workers.newThread(runnable, namePrefix + count.incrementAndGet());
        // Over capacity a connection is dropped rather than queued without end; the JDK's dispatcher
        // must never see an exception from execute().
        return new ThreadPoolExecutor(
                THREADS,
                THREADS,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                factory,
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** One daemon thread that interrupts body reads that run out of time. */
    private static ScheduledExecutorService newAlarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ec2lite-local-endpoint-alarms");
            thread.setDaemon(true);
            return thread;
        });
        alarms.setRemoveOnCancelPolicy(true); // cancelled alarms (nearly all) do not pile up
        return alarms;
    }

    /** The worker threads not ended yet, for tests that check none is kept after it ended. */
    int workerThreadsKept() {
        return workers.notEnded();
    }

    /**
     * {@code http://127.0.0.1:PORT}, or {@code https://127.0.0.1:PORT} when {@linkplain Builder#tls()
     * serving TLS}: the endpoint URL to give a client.
     */
    public URI endpoint() {
        return URI.create((certificate == null ? "http" : "https") + "://127.0.0.1:" + port());
    }

    /**
     * With {@linkplain Builder#tls() TLS}, the endpoint's certificate as a PEM block: write it to a file
     * and give that file to a client as its CA bundle ({@code --ca-bundle}, {@code AWS_CA_BUNDLE}, {@code
     * Ec2Client.Builder#caBundle}); empty over plain http.
     */
    public Optional<String> certificatePem() {
        return Optional.ofNullable(certificate).map(SelfSignedCertificate::pem);
    }

    public int port() {
        return tlsFront != null ? tlsFront.port() : server.getAddress().getPort();
    }

    /** The region requests must be signed for. */
    public String region() {
        return region;
    }

    /** The first key pair it knows: by default {@link #EXAMPLE_CREDENTIALS}. */
    public AwsCredentials credentials() {
        return credentials;
    }

    /** A snapshot of instances, interfaces and attachments now, on the endpoint's clock. */
    public LocalEc2State state() {
        return model.snapshot();
    }

    /** The zone resources are in unless added elsewhere: the region's {@code a} zone. */
    public String defaultAvailabilityZone() {
        return model.defaultZone();
    }

    /**
     * Adds a running instance in the default zone with its own primary interface at device index 0,
     * tagged {@code Name=name}; returns its id.
     */
    public String addInstance(String name) {
        return model.addInstance(name, model.defaultZone(), Ec2Model.VPC_ID);
    }

    /**
     * Adds a running instance in {@code availabilityZone} (the region's name and one letter, such as
     * {@code us-east-1b}); returns its id.
     */
    public String addInstance(String name, String availabilityZone) {
        return model.addInstance(name, availabilityZone, Ec2Model.VPC_ID);
    }

    /** Adds an {@code available} network interface in the default zone; returns its id. */
    public String addNetworkInterface(String description) {
        return model.addNetworkInterface(description, model.defaultZone(), Ec2Model.VPC_ID);
    }

    /** Adds an {@code available} network interface in {@code availabilityZone}; returns its id. */
    public String addNetworkInterface(String description, String availabilityZone) {
        return model.addNetworkInterface(description, availabilityZone, Ec2Model.VPC_ID);
    }

    /**
     * Adds a running instance in the default zone of a second VPC ({@link #OTHER_VPC_ID}), for tests of
     * checks that refuse a target in another VPC; returns its id.
     */
    public String addInstanceInOtherVpc(String name) {
        return model.addInstance(name, model.defaultZone(), Ec2Model.OTHER_VPC_ID);
    }

    /** Adds an {@code available} network interface in the default zone of the second VPC; returns its id. */
    public String addNetworkInterfaceInOtherVpc(String description) {
        return model.addNetworkInterface(description, model.defaultZone(), Ec2Model.OTHER_VPC_ID);
    }

    /**
     * Assigns a secondary private IP to an interface, by EC2's rules for {@code
     * AssignPrivateIpAddresses} without reassignment: it must be in the interface's subnet and on no
     * other interface of the VPC.
     *
     * @throws IllegalArgumentException naming EC2's error when the rules refuse it
     */
    public void addSecondaryPrivateIp(String networkInterfaceId, String privateIpAddress) {
        try {
            model.assignPrivateIps(networkInterfaceId, List.of(privateIpAddress), Optional.empty(), false);
        } catch (ServiceError e) {
            throw new IllegalArgumentException(e.code() + ": " + e.getMessage(), e);
        }
    }

    /** Marks an instance {@code stopped}: a failed instance, see the class Javadoc. */
    public void stopInstance(String instanceId) {
        model.setState(instanceId, Ec2Model.InstanceState.STOPPED);
    }

    /** Marks an instance {@code running} again; its stuck detaches then complete. */
    public void startInstance(String instanceId) {
        model.setState(instanceId, Ec2Model.InstanceState.RUNNING);
    }

    /**
     * Terminates an instance: its attachments end at once, and its primary interface is deleted with
     * it. It stays visible to {@code DescribeInstances} as {@code terminated}.
     */
    public void terminateInstance(String instanceId) {
        model.setState(instanceId, Ec2Model.InstanceState.TERMINATED);
    }

    /**
     * Puts an instance in any EC2 state by name ({@code pending}, {@code running}, {@code
     * shutting-down}, {@code terminated}, {@code stopping}, {@code stopped}), at once.
     */
    public void setInstanceState(String instanceId, String state) {
        model.setState(instanceId, Ec2Model.InstanceState.of(state));
    }

    /**
     * Answers these actions {@code UnauthorizedOperation} (HTTP 403), as EC2 does for a caller whose
     * IAM policy lacks them, until {@link #allowAllActions()}.
     */
    public void denyActions(String... actions) {
        for (String action : actions) {
            permissions.deny(action);
        }
    }

    /** Undoes {@link #denyActions}. */
    public void allowAllActions() {
        permissions.allowAll();
    }

    /** The next {@code count} signed requests get {@code RequestLimitExceeded} (HTTP 503). */
    public void throttleNext(int count) {
        faults.throttleNext(count);
    }

    /**
     * The next {@code count} requests, signed or not, get {@code status} with an EC2 error body:
     * {@code Unavailable} for 503, {@code InternalError} otherwise. Failures queue after earlier ones.
     */
    public void failNext(int count, int status) {
        faults.failNext(count, status, false);
    }

    /** As {@link #failNext}, but with an HTML body, as a load balancer or proxy answers. */
    public void failNextWithHtml(int count, int status) {
        faults.failNext(count, status, true);
    }

    /** Waits this long (real time, at most 30 seconds) before each answer; zero to stop. */
    public void delayAnswers(Duration delay) {
        faults.delayAnswers(delay);
    }

    /** The requests answered so far (the last 10,000, and at most about 2 MiB of them), oldest first. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** Forgets the request log and every planned fault; the resources stay as they are. */
    public void resetRequestsAndFaults() {
        log.clear();
        faults.reset();
    }

    /** Stops the server at once and ends its threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (tlsFront != null) {
            tlsFront.close();
        }
        stopServer();
    }

    /** Stops the http server and waits (at most 6 s) for its threads. */
    private void stopServer() {
        server.stop(0);
        executor.shutdownNow();
        alarms.shutdownNow();
        try {
            // Termination first: the pool starts a worker it has made only after our factory returned it,
            // and only a terminated pool has started, and finished, every one.
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The pool reports termination just before its threads return; join them to be sure.
        workers.stopAndJoin(Duration.ofSeconds(1));
    }

    // Elastic IPs of the scenario, and how tests add more.

    /** The service's Elastic IP, on the floating interface's secondary address. */
    public static final String SERVICE_PUBLIC_IP = "203.0.113.10";

    public static final String SERVICE_ALLOCATION_ID = ElasticIpTable.ALLOCATION_STEM + "0001";
    /** The service address's association at the start. */
    public static final String SERVICE_ASSOCIATION_ID = ElasticIpTable.ASSOCIATION_STEM + "0001";
    /** The floating interface's secondary private address, which the service's Elastic IP serves. */
    public static final String FLOATING_PRIVATE_IP = Ec2Model.FLOATING_PRIVATE_IP;
    /** A second Elastic IP, associated with nothing. */
    public static final String SPARE_PUBLIC_IP = "203.0.113.20";

    public static final String SPARE_ALLOCATION_ID = ElasticIpTable.ALLOCATION_STEM + "0002";

    /** Allocates one more Elastic IP, associated with nothing; returns its allocation id. */
    public String allocateAddress(String publicIp) {
        return model.allocateAddress(publicIp);
    }

    @Override
    public String toString() {
        return "LocalEc2Endpoint{" + endpoint() + ", region=" + region + "}";
    }

    // Route tables (see RouteTableModel).

    /** The main VPC's main route table, which the scenario starts with. */
    public static final String MAIN_ROUTE_TABLE_ID = RouteTableModel.MAIN_ROUTE_TABLE_ID;

    /**
     * The scenario's overlay address: the main route table sends it to {@link #FLOATING_INTERFACE_ID}, as
     * a cluster using Pacemaker's {@code aws-vpc-move-ip} has it.
     */
    public static final String OVERLAY_CIDR = RouteTableModel.OVERLAY_CIDR;

    /**
     * Adds a route table to the main VPC (not its main table, associated with no subnet) holding only the
     * local route {@code 10.0.0.0/16}; returns its id.
     */
    public String addRouteTable() {
        return model.addRouteTable(Ec2Model.VPC_ID);
    }

    /** Adds a route table to the second VPC ({@link #OTHER_VPC_ID}) with its local route {@code 10.1.0.0/16}. */
    public String addRouteTableInOtherVpc() {
        return model.addRouteTable(Ec2Model.OTHER_VPC_ID);
    }

    /**
     * Adds to a route table the route for {@code destinationCidrBlock} to a network interface of the
     * table's VPC (or points the existing one there).
     */
    public void addRoute(String routeTableId, String destinationCidrBlock, String networkInterfaceId) {
        model.addRoute(routeTableId, destinationCidrBlock, networkInterfaceId);
    }

    /**
     * Answers every {@code ReplaceRoute} in this table {@code UnauthorizedOperation} (HTTP 403), as an IAM
     * policy that allows {@code ec2:ReplaceRoute} only on other tables does: to fail one table of several.
     */
    public void refuseReplaceRouteIn(String routeTableId) {
        model.refuseReplaceRouteIn(routeTableId);
    }

    /** Configures and starts a {@link LocalEc2Endpoint}. */
    public static final class Builder {
        private int port;
        private String region = "us-east-1";
        private final List<AwsCredentials> keyPairs = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Clock resourceClock; // null: the same as clock
        private Duration attachDelay = Duration.ofSeconds(2);
        private Duration detachDelay = Duration.ofSeconds(2);
        private Duration bodyReadTimeout = BodyReader.TIMEOUT;
        private boolean tls;

        private Builder() {}

        /**
         * Serves {@code https://} instead of {@code http://}, with a certificate for {@code 127.0.0.1}
         * made at start (a fresh P-256 key, self-signed, never stored): to try a client's TLS set-up,
         * a private CA bundle above all, without a network. Clients trust it only through {@link
         * LocalEc2Endpoint#certificatePem()}.
         */
        public Builder tls() {
            this.tls = true;
            return this;
        }

        /** How long a client may take to send a request body; tests shorten it. */
        Builder bodyReadTimeout(Duration timeout) {
            this.bodyReadTimeout = requireDelay(timeout, "bodyReadTimeout");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The region requests must be signed for; default {@code us-east-1}. */
        public Builder region(String region) {
            Objects.requireNonNull(region, "region == null");
            if (region.isBlank()) {
                throw new IllegalArgumentException("region is blank");
            }
            this.region = region;
            return this;
        }

        /**
         * Adds a key pair the endpoint accepts; the first one added is {@link #credentials()}. With a
         * session token, requests must carry it in {@code X-Amz-Security-Token}. When none is added,
         * {@link LocalEc2Endpoint#EXAMPLE_CREDENTIALS} is the only one.
         */
        public Builder keyPair(AwsCredentials keyPair) {
            keyPairs.add(Objects.requireNonNull(keyPair, "keyPair == null"));
            return this;
        }

        /** The clock for request expiry and for transition delays; default the system clock (UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * A separate clock for the resources only (transition delays, attach times), while requests
         * are still checked against {@link #clock(Clock)}: a fixed one makes answers repeat exactly,
         * for recorded outputs, while real clients still sign with the real time.
         */
        public Builder resourceClock(Clock resourceClock) {
            this.resourceClock = Objects.requireNonNull(resourceClock, "resourceClock == null");
            return this;
        }

        /** How long an attachment stays {@code attaching}; default 2 seconds. */
        public Builder attachDelay(Duration attachDelay) {
            this.attachDelay = requireDelay(attachDelay, "attachDelay");
            return this;
        }

        /** How long an attachment stays {@code detaching}; default 2 seconds. */
        public Builder detachDelay(Duration detachDelay) {
            this.detachDelay = requireDelay(detachDelay, "detachDelay");
            return this;
        }

        /** Binds the port and starts serving. */
        public LocalEc2Endpoint start() {
            if (keyPairs.isEmpty()) {
                keyPairs.add(EXAMPLE_CREDENTIALS);
            }
            try {
                return new LocalEc2Endpoint(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the local EC2 endpoint on port " + port, e);
            }
        }

        /** The same as {@link #start()}: the endpoint is running when it is returned. */
        public LocalEc2Endpoint build() {
            return start();
        }

        private static Duration requireDelay(Duration delay, String name) {
            Objects.requireNonNull(delay, name + " == null");
            if (delay.isNegative()) {
                throw new IllegalArgumentException(name + " is negative: " + delay);
            }
            return delay;
        }
    }
}
