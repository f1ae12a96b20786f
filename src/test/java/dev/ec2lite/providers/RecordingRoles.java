package dev.ec2lite.providers;

import dev.ec2lite.credentials.AwsCredentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A fake STS that records what it was asked and answers with numbered temporary credentials. */
final class RecordingRoles implements RoleCredentialsSource {
    final List<AssumeRoleSpec> assumeRoleSpecs = new ArrayList<>();
    final List<AwsCredentials> sourceCredentials = new ArrayList<>();
    final List<WebIdentitySpec> webIdentitySpecs = new ArrayList<>();
    private final Instant expiration;

    RecordingRoles(Instant expiration) {
        this.expiration = expiration;
    }

    @Override
    public synchronized AwsCredentials assumeRole(AssumeRoleSpec spec, AwsCredentials source) {
        assumeRoleSpecs.add(spec);
        sourceCredentials.add(source);
        return AwsCredentials.of("ASIAROLE" + assumeRoleSpecs.size(), TestEnv.SECRET_KEY, "role-token", expiration);
    }

    @Override
    public synchronized AwsCredentials assumeRoleWithWebIdentity(WebIdentitySpec spec) {
        webIdentitySpecs.add(spec);
        return AwsCredentials.of("ASIAWEB" + webIdentitySpecs.size(), TestEnv.SECRET_KEY, "web-token", expiration);
    }
}
