/**
 * Not exported: {@link dev.ec2lite.query.internal.QueryClient}, which signs, sends, reads, classifies and
 * retries a Query call of any action (EC2, and STS for credentials) in one retry loop; {@link
 * dev.ec2lite.query.internal.FormEncoding} (the AWS CLI's form encoding) and the redaction of debug lines.
 * Public only for the other packages of ec2lite; no compatibility is promised.
 */
package dev.ec2lite.query.internal;
