/**
 * The exceptions callers see: {@link dev.ec2lite.error.Ec2Exception}, the one unchecked base, then
 * {@link dev.ec2lite.error.Ec2ServiceException} when the service answered with an error and {@link
 * dev.ec2lite.error.Ec2ClientException} when there is no usable answer.
 */
package dev.ec2lite.error;
