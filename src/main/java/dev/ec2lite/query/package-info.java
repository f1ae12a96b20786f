/**
 * The AWS Query protocol: {@link dev.ec2lite.query.QueryRequest} (action, version, parameters
 * flattened the EC2 way), {@link dev.ec2lite.query.FormEncoding} (the AWS CLI's form encoding), and
 * {@link dev.ec2lite.query.QueryClient}, which signs, sends, reads, classifies and retries a call of
 * any action.
 */
package dev.ec2lite.query;
