package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.error.Ec2ClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * Finds the region as the Java SDK v2 does: the explicit one, the system property {@code
 * aws.region}, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's {@code region}, and last
 * the EC2 instance metadata service.
 *
 * <p>From IMDS, {@code /latest/meta-data/placement/region} is asked first. Where it is missing, the
 * region is read off the availability zone: not by dropping the last letter, which turns the Local
 * Zone {@code us-west-2-lax-1a} into {@code us-west-2-lax-1}, but by taking the leading {@code
 * area-[sub-]direction-number} part ({@code us-west-2}).
 */
public final class RegionChain {
    static final String REGION_PROPERTY = "aws.region";
    static final String AWS_REGION = "AWS_REGION";
    static final String AWS_DEFAULT_REGION = "AWS_DEFAULT_REGION";
    /** {@code us-east-1}, {@code us-gov-west-1}, {@code cn-north-1}, {@code us-isob-east-1} at the start of a zone name. */
    private static final Pattern REGION_PREFIX = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final Environment env;
    private final String explicitRegion;
    private final String profileName;
    private final OkHttpClient http;

    private final ProfileFile profileFile;

    private RegionChain(Builder builder) {
        this.env = Objects.requireNonNull(builder.env, "environment == null");
        this.explicitRegion = builder.region;
        this.profileName = builder.profileName;
        this.http = builder.http;
        this.profileFile = builder.profileFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws Ec2ClientException naming every source tried when none has a region
     */
    public ResolvedRegion resolve() {
        if (explicitRegion != null && !explicitRegion.isBlank()) {
            return new ResolvedRegion(explicitRegion.trim(), "explicit setting");
        }
        Optional<String> property = env.systemProperty(REGION_PROPERTY);
        if (property.isPresent()) {
            return new ResolvedRegion(property.get().trim(), "system property " + REGION_PROPERTY);
        }
        for (String variable : List.of(AWS_REGION, AWS_DEFAULT_REGION)) {
            Optional<String> value = env.variable(variable);
            if (value.isPresent()) {
                return new ResolvedRegion(value.get().trim(), "environment variable " + variable);
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("explicit setting: none");
        reasons.add("system property " + REGION_PROPERTY + ": not set");
        reasons.add(AWS_REGION + ": not set");
        reasons.add(AWS_DEFAULT_REGION + ": not set");

        String profile = ProfileFile.selectedProfileName(env, profileName);
        try {
            Optional<String> region = (profileFile != null ? profileFile : ProfileFile.load(env))
                    .profile(profile)
                    .flatMap(Profile::region)
                    .filter(r -> !r.isBlank());
            if (region.isPresent()) {
                return new ResolvedRegion(region.get().trim(), "profile '" + profile + "'");
            }
            reasons.add("profile '" + profile + "': no region");
        } catch (RuntimeException e) {
            reasons.add("profile '" + profile + "': " + ErrorText.clean(String.valueOf(e.getMessage()), 300));
        }

        try {
            Optional<String> region = regionFromInstanceMetadata();
            if (region.isPresent()) {
                return new ResolvedRegion(region.get(), "EC2 instance metadata");
            }
            reasons.add("EC2 instance metadata: no availability zone");
        } catch (RuntimeException e) {
            reasons.add("EC2 instance metadata: " + ErrorText.clean(String.valueOf(e.getMessage()), 300));
        }
        throw new Ec2ClientException("No AWS region found. Tried, in order:\n  - " + String.join("\n  - ", reasons));
    }

    private Optional<String> regionFromInstanceMetadata() {
        InstanceMetadataClient.Session session =
                InstanceMetadataClient.create(env, profileName, http).session();
        Optional<String> region =
                session.get("/latest/meta-data/placement/region").map(String::trim);
        if (region.isPresent() && !region.get().isEmpty()) {
            return region;
        }
        return session.get(InstanceMetadataClient.AVAILABILITY_ZONE_PATH)
                .map(String::trim)
                .map(RegionChain::regionOfZone);
    }

    /** {@code us-west-2a} and {@code us-west-2-lax-1a} are both in {@code us-west-2}. */
    static String regionOfZone(String zone) {
        Matcher matcher = REGION_PREFIX.matcher(zone);
        if (matcher.lookingAt()) {
            return matcher.group();
        }
        return zone.isEmpty() ? zone : zone.substring(0, zone.length() - 1);
    }

    @Override
    public String toString() {
        return "RegionChain";
    }

    /** Settings for a {@link RegionChain}; only the environment is required. */
    public static final class Builder {
        private Environment env;
        private String region;
        private String profileName;
        private OkHttpClient http;
        private ProfileFile profileFile;

        private Builder() {}

        /** Where variables, system properties and the home directory come from. Required. */
        public Builder environment(Environment env) {
            this.env = Objects.requireNonNull(env, "env == null");
            return this;
        }

        /** A region chosen in code or by {@code --region}; wins over every other source. Null: none. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** The profile to read instead of the selected one; null: the selected one. */
        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        /** Files already read, so they are not read again; default: read from the environment when needed. */
        public Builder profileFile(ProfileFile profileFile) {
            this.profileFile = profileFile;
            return this;
        }

        /** The client whose connection pool IMDS shares; default a small one of its own. */
        public Builder httpClient(OkHttpClient http) {
            this.http = http;
            return this;
        }

        public RegionChain build() {
            return new RegionChain(this);
        }
    }
}
