package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.internal.SwitchSetting;
import dev.ec2lite.error.Ec2ClientException;
import dev.ec2lite.error.Ec2ConfigurationException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;

/**
 * The IMDS settings, each read as the Java SDK v2 reads it: system property, else environment
 * variable, else the selected profile. The switches take {@code true} or {@code false} (any case) by the
 * profile reader's rules ({@code SwitchSetting}); another value is a configuration error naming it.
 *
 * <ul>
 *   <li>{@code aws.disableEc2Metadata} / {@code AWS_EC2_METADATA_DISABLED}: {@code true} turns IMDS off.
 *   <li>{@code aws.disableEc2MetadataV1} / {@code AWS_EC2_METADATA_V1_DISABLED} / {@code
 *       ec2_metadata_v1_disabled}: {@code true} forbids the fallback to IMDSv1.
 *   <li>{@code aws.ec2MetadataServiceEndpoint} / {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} / {@code
 *       ec2_metadata_service_endpoint}: the endpoint; wins over the mode.
 *   <li>{@code aws.ec2MetadataServiceEndpointMode} / {@code AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE} /
 *       {@code ec2_metadata_service_endpoint_mode}: {@code IPv4} ({@value #IPV4_ENDPOINT}, the
 *       default) or {@code IPv6} ({@value #IPV6_ENDPOINT}).
 * </ul>
 */
record ImdsSettings(boolean disabled, boolean v1Disabled, HttpUrl endpoint) {
    static final String IPV4_ENDPOINT = "http://169.254.169.254";
    static final String IPV6_ENDPOINT = "http://[fd00:ec2::254]";
    static final String DISABLED = "AWS_EC2_METADATA_DISABLED";

    static ImdsSettings resolve(Environment env, String profileName) {
        boolean disabled = onOff(() -> SwitchSetting.read(env, "aws.disableEc2Metadata", DISABLED, null, null));
        if (disabled) {
            return new ImdsSettings(true, true, HttpUrl.get(IPV4_ENDPOINT));
        }
        Optional<Profile> profile = ProfileFile.load(env).profile(ProfileFile.selectedProfileName(env, profileName));

        boolean v1Disabled = onOff(() -> SwitchSetting.read(
                env,
                "aws.disableEc2MetadataV1",
                "AWS_EC2_METADATA_V1_DISABLED",
                profile.orElse(null),
                "ec2_metadata_v1_disabled"));
        Optional<String> endpoint = env.systemProperty("aws.ec2MetadataServiceEndpoint")
                .or(() -> env.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT"))
                .or(() -> profile.flatMap(Profile::ec2MetadataServiceEndpoint));
        String url;
        if (endpoint.isPresent()) {
            url = endpoint.get().trim();
        } else {
            String mode = env.systemProperty("aws.ec2MetadataServiceEndpointMode")
                    .or(() -> env.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"))
                    .or(() -> profile.flatMap(Profile::ec2MetadataServiceEndpointMode))
                    .orElse("IPv4")
                    .trim();
            url = switch (mode.toLowerCase(Locale.ROOT)) {
                case "ipv4" -> IPV4_ENDPOINT;
                case "ipv6" -> IPV6_ENDPOINT;
                default ->
                    throw new Ec2ClientException(
                            "the IMDS endpoint mode must be IPv4 or IPv6, was '" + ErrorText.clean(mode, 40) + "'");
            };
        }
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new Ec2ClientException(
                    "the IMDS endpoint is not an http or https URL: '" + ErrorText.clean(url, 80) + "'");
        }
        return new ImdsSettings(false, v1Disabled, parsed);
    }

    /** An on/off setting read by the profile reader's rules; a value other than true/false is refused. */
    private static boolean onOff(BooleanSupplier read) {
        try {
            return read.getAsBoolean();
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid instance metadata setting: " + e.getMessage(), e);
        }
    }
}
