package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;

/**
 * The seam to AWS STS: an implementation sends {@code AssumeRole} or {@code AssumeRoleWithWebIdentity}
 * and returns the temporary credentials with their expiration. {@link StsRoleCredentialsSource} does so
 * through the Query client; tests use fakes. The providers here cache what it returns and ask again
 * shortly before expiry.
 */
public interface RoleCredentialsSource {
    /** STS {@code AssumeRole}, signed with {@code sourceCredentials}. */
    AwsCredentials assumeRole(AssumeRoleSpec spec, AwsCredentials sourceCredentials);

    /**
     * STS {@code AssumeRoleWithWebIdentity}; the implementation reads {@link WebIdentitySpec#tokenFile()}
     * on every call, because the token in it is rotated.
     */
    AwsCredentials assumeRoleWithWebIdentity(WebIdentitySpec spec);
}
