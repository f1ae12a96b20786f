/**
 * The AWS Query protocol's user-facing values: {@link dev.ec2lite.query.QueryRequest} (action, version,
 * parameters flattened the EC2 way), what {@code Ec2Client#call} takes, and {@link
 * dev.ec2lite.query.QueryResponse}, what it returns. The client that signs, sends, reads, classifies and
 * retries a call is machinery, in the non-exported {@code dev.ec2lite.query.internal}.
 */
package dev.ec2lite.query;
