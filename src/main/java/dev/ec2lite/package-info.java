/**
 * ec2lite: a small Amazon EC2 API client without the AWS SDK. {@link dev.ec2lite.Ec2Client} is the
 * entry point; its typed calls take immutable requests (such as {@link
 * dev.ec2lite.DetachNetworkInterfaceRequest}) and return typed responses, and {@link
 * dev.ec2lite.Ec2Client#call(String, java.util.Map)} reaches any other action.
 */
package dev.ec2lite;
