/**
 * Where credentials and the region come from, as the AWS SDK for Java v2 finds them: {@link
 * dev.ec2lite.providers.DefaultCredentialsChain} tries system properties, environment variables, web
 * identity, the shared profile files (static keys, {@code credential_process}, assumed roles), the
 * container endpoint and EC2 instance metadata (IMDSv2) in that order, and {@link
 * dev.ec2lite.providers.RegionChain} does the same for the region. Every provider also works on its
 * own, reads settings only from an injected {@link dev.ec2lite.config.Environment}, and never puts a
 * secret into a message or a {@code toString()}. Calls to STS go through the {@link
 * dev.ec2lite.providers.RoleCredentialsSource} seam, whose implementation {@link
 * dev.ec2lite.providers.StsRoleCredentialsSource} sends them with the Query client. Temporary credentials are cached and
 * refreshed ahead of expiry by {@link dev.ec2lite.providers.CachedCredentialsProvider}. Parameters
 * and return values are non-null unless the Javadoc says otherwise.
 */
package dev.ec2lite.providers;
