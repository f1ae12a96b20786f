/**
 * Credentials as values: the {@link dev.ec2lite.credentials.AwsCredentials} key pair (whose {@code
 * toString()} never shows a secret) and the {@link dev.ec2lite.credentials.CredentialsProvider} seam
 * through which a client asks for them on every attempt.
 */
package dev.ec2lite.credentials;
