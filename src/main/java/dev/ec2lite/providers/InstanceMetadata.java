package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.error.Ec2ClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * "Who am I" for a program on an EC2 instance: its {@link InstanceIdentity} read from the instance
 * metadata service, IMDSv2 first, with the settings and bounds the credentials provider uses ({@code
 * AWS_EC2_METADATA_DISABLED}, the service endpoint and its mode, IMDSv1 fallback; see {@link
 * InstanceProfileCredentialsProvider}): 1-second timeouts, two attempts, small bodies, and at most
 * {@link #MAX_TIME} for the whole identity.
 *
 * <pre>{@code
 * InstanceIdentity me = InstanceMetadata.builder().build().identity();
 * System.out.println(me.instanceId() + " in " + me.availabilityZone());
 * }</pre>
 *
 * <p>Every value is checked against the shape EC2 gives it before it is returned, so a wrong or
 * hostile service cannot hand a caller a path or a command line in place of an id.
 */
public final class InstanceMetadata {
    /** The most {@link #identity()} may take, however slowly the service answers within its timeouts. */
    public static final Duration MAX_TIME = Duration.ofSeconds(10);
    /** Far above the interfaces any instance type can have. */
    static final int MAX_INTERFACES = 128;

    static final String META_DATA = "/latest/meta-data/";
    static final String MACS_PATH = META_DATA + "network/interfaces/macs/";

    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{8,17}");
    private static final Pattern INTERFACE_ID = Pattern.compile("eni-[0-9a-f]{8,17}");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(?::[0-9a-f]{2}){5}");
    private static final Pattern ZONE = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern DEVICE_NUMBER = Pattern.compile("[0-9]{1,3}");
    /** A zone named after its region and one letter ({@code us-east-1a}); local zones are not. */
    private static final Pattern REGIONAL_ZONE = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-[0-9]+)[a-z]");

    private final InstanceMetadataClient client;
    private final LongSupplier nanoTime;

    private InstanceMetadata(InstanceMetadataClient client, LongSupplier nanoTime) {
        this.client = client;
        this.nanoTime = nanoTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the identity: a session token, then the instance id, zone, region and each interface.
     *
     * @throws Ec2ClientException when the service is not reachable, refuses, runs out of {@link
     *     #MAX_TIME}, or answers something that is not what EC2 would
     */
    public InstanceIdentity identity() {
        long end = nanoTime.getAsLong() + MAX_TIME.toNanos();
        Reader read = new Reader(client.session(), end);
        String instanceId = read.required("instance-id", INSTANCE_ID);
        String zone = read.required("placement/availability-zone", ZONE);
        String region = read.optional("placement/region", REGION).orElseGet(() -> regionOf(zone));
        List<InstanceIdentity.Interface> interfaces = new ArrayList<>();
        for (String mac : read.macs()) {
            String prefix = "network/interfaces/macs/" + mac + "/";
            String interfaceId = read.required(prefix + "interface-id", INTERFACE_ID);
            OptionalInt device = read.optional(prefix + "device-number", DEVICE_NUMBER)
                    .map(text -> OptionalInt.of(Integer.parseInt(text)))
                    .orElse(OptionalInt.empty());
            interfaces.add(new InstanceIdentity.Interface(mac, interfaceId, device));
        }
        interfaces.sort(Comparator.comparingInt(
                        (InstanceIdentity.Interface eni) -> eni.deviceNumber().orElse(Integer.MAX_VALUE))
                .thenComparing(InstanceIdentity.Interface::macAddress));
        return new InstanceIdentity(instanceId, region, zone, interfaces);
    }

    /** Older metadata services have no {@code placement/region}: the zone's name then says it. */
    private static String regionOf(String zone) {
        Matcher matcher = REGIONAL_ZONE.matcher(zone);
        if (!matcher.matches()) {
            throw new Ec2ClientException(
                    "the instance metadata service gave no region, and the zone '" + zone + "' does not name one");
        }
        return matcher.group(1);
    }

    @Override
    public String toString() {
        return "InstanceMetadata{" + client + "}";
    }

    /** Reads values within the identity's time, each checked against its shape. */
    private final class Reader {
        private final InstanceMetadataClient.Session session;
        private final long end;

        Reader(InstanceMetadataClient.Session session, long end) {
            this.session = session;
            this.end = end;
        }

        String required(String path, Pattern shape) {
            return optional(path, shape)
                    .orElseThrow(() ->
                            new Ec2ClientException("the instance metadata service has no " + path + " (HTTP 404)"));
        }

        Optional<String> optional(String path, Pattern shape) {
            return get(path).map(String::trim).map(value -> checked(path, value, shape));
        }

        /** The MAC addresses of the attached interfaces, listed one a line with a trailing slash. */
        List<String> macs() {
            String listing = get("network/interfaces/macs/").orElse("");
            List<String> macs = new ArrayList<>();
            for (String line : listing.split("\n", -1)) {
                String mac = line.trim();
                if (mac.endsWith("/")) {
                    mac = mac.substring(0, mac.length() - 1);
                }
                if (mac.isEmpty()) {
                    continue;
                }
                if (macs.size() == MAX_INTERFACES) {
                    throw new Ec2ClientException(
                            "the instance metadata service lists more than " + MAX_INTERFACES + " interfaces");
                }
                macs.add(checked("network/interfaces/macs/", mac, MAC));
            }
            return macs;
        }

        private Optional<String> get(String path) {
            if (nanoTime.getAsLong() - end >= 0) {
                throw new Ec2ClientException("reading the instance identity took more than " + MAX_TIME.toSeconds()
                        + " s; stopped before " + path);
            }
            return session.get(META_DATA + path);
        }

        private String checked(String path, String value, Pattern shape) {
            if (!shape.matcher(value).matches()) {
                throw new Ec2ClientException("the instance metadata service answered " + path + " with '"
                        + ErrorText.clean(value, 40) + "', which is not what EC2 gives");
            }
            return value;
        }
    }

    /** Configures an {@link InstanceMetadata}; every setting is optional. */
    public static final class Builder {
        private Environment environment;
        private String profile;
        private OkHttpClient httpClient;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder() {}

        /** Where settings are read from. Default: this process's environment and system properties. */
        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /** The profile whose IMDS settings apply. Default: {@code AWS_PROFILE}, else default. */
        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        /** An OkHttp client to share its pool; the metadata timeouts and no-proxy rule are applied to a copy. */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            return this;
        }

        /**
         * Resolves the settings; nothing is sent yet.
         *
         * @throws Ec2ClientException when IMDS is switched off ({@code AWS_EC2_METADATA_DISABLED}) or
         *     its settings are invalid
         */
        public InstanceMetadata build() {
            Environment env = environment == null ? Environment.system() : environment;
            return new InstanceMetadata(InstanceMetadataClient.create(env, profile, httpClient), nanoTime);
        }
    }
}
