/**
 * The tree an EC2 answer is read into: {@link dev.ec2lite.xml.XmlElement}, ordered, with repeated
 * elements kept apart, for the fields ec2lite does not type ({@code QueryResponse#xml()}, each
 * response's {@code xml()}). Reading it (the limits, the refusal of any DOCTYPE or entity, the mapping of
 * unusable bodies to exceptions) is ec2lite's own business, in a package the module does not export.
 */
package dev.ec2lite.xml;
