package dev.ec2lite.config.internal;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import java.net.URI;
import java.util.Optional;

/**
 * Picks the EC2 endpoint from everything configured: an endpoint URL ({@link EndpointUrlResolver}),
 * the FIPS and dual-stack switches, and the region, through {@link Ec2EndpointRules}.
 *
 * <p>The switches come from {@code AWS_USE_FIPS_ENDPOINT} / {@code AWS_USE_DUALSTACK_ENDPOINT}, else
 * the profile's {@code use_fips_endpoint} / {@code use_dualstack_endpoint}, else off. A value other
 * than {@code true} or {@code false} is an error naming the setting. The region must be one host
 * label even when an endpoint URL is set, because it is still part of every signature.
 */
public final class Ec2EndpointResolver {
    static final String AWS_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
    static final String AWS_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
    static final String USE_FIPS_ENDPOINT_KEY = "use_fips_endpoint";
    static final String USE_DUALSTACK_ENDPOINT_KEY = "use_dualstack_endpoint";

    private Ec2EndpointResolver() {}

    /**
     * The endpoint, and a short description of the rule that chose it.
     *
     * @param region the resolved region, or null if none was found
     * @param explicitEndpointUrl from code or {@code --endpoint-url}, or null
     * @param profile the selected profile, or null if there is none
     * @throws IllegalArgumentException for an invalid combination or value, naming the setting
     */
    public static ResolvedEndpoint resolve(
            String region, String explicitEndpointUrl, Environment env, ProfileFile files, Profile profile) {
        boolean useFips = SwitchSetting.read(env, AWS_USE_FIPS_ENDPOINT, profile, USE_FIPS_ENDPOINT_KEY);
        boolean useDualStack = SwitchSetting.read(env, AWS_USE_DUALSTACK_ENDPOINT, profile, USE_DUALSTACK_ENDPOINT_KEY);
        if (region != null) {
            Ec2EndpointRules.checkRegion(region); // also with an endpoint URL: the region is signed
        }
        Optional<ResolvedEndpoint> configured = EndpointUrlResolver.resolve(explicitEndpointUrl, env, files, profile);
        if (configured.isPresent()) {
            try {
                Ec2EndpointRules.resolve(
                        region, useFips, useDualStack, configured.get().uri());
            } catch (IllegalArgumentException e) {
                // Say where the endpoint came from: the user has to find the setting to remove.
                throw new IllegalArgumentException(
                        e.getMessage() + " (endpoint URL from "
                                + configured.get().source() + ")",
                        e);
            }
            return configured.get();
        }
        URI uri = Ec2EndpointRules.resolve(region, useFips, useDualStack, null);
        String source = "EC2 endpoint rules: region " + region + " in partition "
                + Partition.of(region).id()
                + (useFips ? ", FIPS" : "")
                + (useDualStack ? ", dual-stack" : "");
        return new ResolvedEndpoint(uri, source);
    }
}
