package dev.ec2lite.providers;

import dev.ec2lite.config.Environment;
import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.error.Ec2ConfigurationException;

/**
 * The shared config files and the profile the environment selects ({@code AWS_PROFILE}, else {@code
 * default}), for settings read where no profile was handed over (STS's endpoint and retries).
 *
 * @param profile null when the files have no such profile
 */
record SelectedProfile(ProfileFile files, Profile profile) {

    /** @throws Ec2ConfigurationException when a file cannot be read or parsed */
    static SelectedProfile load(Environment env) {
        try {
            ProfileFile files = ProfileFile.load(env);
            return new SelectedProfile(
                    files,
                    files.profile(ProfileFile.selectedProfileName(env, null)).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new Ec2ConfigurationException("invalid shared config file: " + e.getMessage(), e);
        }
    }
}
