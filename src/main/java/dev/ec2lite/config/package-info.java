/**
 * Settings from outside the code: the AWS shared config and credentials files read as the AWS CLI
 * and SDKs read them ({@link dev.ec2lite.config.ProfileFile}, {@link dev.ec2lite.config.Profile}).
 * Nothing here reads the process environment or the home directory on its own: they arrive as an
 * {@link dev.ec2lite.config.Environment}, so tests use temporary folders. Uses only the JDK. Parameters
 * and return values are non-null unless the Javadoc says otherwise. How endpoints are chosen from these
 * settings is machinery, in the non-exported {@code dev.ec2lite.config.internal}.
 */
package dev.ec2lite.config;
