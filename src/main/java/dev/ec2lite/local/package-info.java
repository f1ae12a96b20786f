/**
 * An embedded EC2 Query endpoint for the demo and for tests: {@link dev.ec2lite.local.LocalEc2Endpoint}
 * listens on {@code 127.0.0.1}, verifies the SigV4 signature of every request with the signer of
 * {@code dev.ec2lite.signing}, keeps instances, network interfaces and their attachments in memory
 * (seeded with a fail-over scenario), answers {@code DetachNetworkInterface}, {@code
 * AttachNetworkInterface} and {@code DescribeNetworkInterfaces} in EC2's XML, errors included, and can
 * be told to throttle, fail or slow down so that a client's retries can be tested without AWS.
 *
 * <p>Secondary private IPs ({@code AssignPrivateIpAddresses}, {@code UnassignPrivateIpAddresses}) follow
 * EC2's documented rules: an address reassigned to another interface takes its Elastic IP association
 * with it (the {@code ElasticIp} of its {@code LocalEc2State.PrivateIp} moves along), and an address
 * released from its interface loses its association. A reassignment shows at once; EC2 itself remaps
 * asynchronously, which the client's verification polling covers.
 */
package dev.ec2lite.local;
