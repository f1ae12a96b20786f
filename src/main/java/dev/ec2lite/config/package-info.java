/**
 * Settings from outside the code: the AWS shared config and credentials files read as the AWS CLI
 * and SDKs read them ({@link dev.ec2lite.config.ProfileFile}, {@link dev.ec2lite.config.Profile}),
 * and the EC2 endpoint chosen as the SDKs' endpoint rules choose it ({@link
 * dev.ec2lite.config.Ec2EndpointResolver}, built on {@link dev.ec2lite.config.EndpointUrlResolver}
 * and {@link dev.ec2lite.config.Ec2EndpointRules}). Nothing here reads the process environment or the
 * home directory on its own: they arrive as an {@link dev.ec2lite.config.Environment}, so tests use
 * temporary folders. Uses only the JDK. Parameters and return values are non-null unless the
 * Javadoc says otherwise.
 */
package dev.ec2lite.config;
