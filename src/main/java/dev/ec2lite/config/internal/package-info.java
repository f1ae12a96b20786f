/**
 * Not exported: choosing endpoints from the settings. The EC2 endpoint as the SDKs' endpoint rules
 * choose it ({@link dev.ec2lite.config.internal.Ec2EndpointResolver}, built on {@link
 * dev.ec2lite.config.internal.EndpointUrlResolver}, which finds any service's configured endpoint URL by
 * service id, and {@link dev.ec2lite.config.internal.Ec2EndpointRules}), partitions, and the one parser of
 * on/off settings ({@link dev.ec2lite.config.internal.SwitchSetting}). Public only for the other packages
 * of ec2lite; no compatibility is promised.
 */
package dev.ec2lite.config.internal;
