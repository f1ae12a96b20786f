/**
 * An embedded EC2 Query endpoint for the demo and for tests: {@link dev.ec2lite.local.LocalEc2Endpoint}
 * listens on {@code 127.0.0.1}, verifies the SigV4 signature of every request with the signer of
 * {@code dev.ec2lite.signing}, keeps instances, network interfaces and their attachments in memory
 * (seeded with a fail-over scenario), answers {@code DetachNetworkInterface}, {@code
 * AttachNetworkInterface} and {@code DescribeNetworkInterfaces} in EC2's XML, errors included, and can
 * be told to throttle, fail or slow down so that a client's retries can be tested without AWS.
 */
package dev.ec2lite.local;
