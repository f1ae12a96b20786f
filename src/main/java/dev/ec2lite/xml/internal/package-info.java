/**
 * Reading AWS Query-protocol answers safely: {@link dev.ec2lite.xml.internal.Ec2ResponseParser} parses a body of
 * at most {@link dev.ec2lite.xml.internal.Ec2ResponseParser#MAX_BODY_BYTES} bytes (read with {@link
 * dev.ec2lite.xml.internal.BoundedReader}) into our own ordered {@link dev.ec2lite.xml.XmlElement} tree with
 * Jackson XML's streaming parser over the JDK's StAX parser, set up to refuse any DOCTYPE, never resolve an entity or fetch anything, and cap
 * depth, text, attributes and element count. The rule for bodies that cannot be used (empty, not XML,
 * truncated, hostile, over a limit, of unknown shape, an error without a code): with an error status
 * (anything but 2xx) the answer still becomes an {@link dev.ec2lite.error.Ec2ServiceException}, with the
 * synthetic code {@code Http<status>} such as {@code Http503}, because the status alone is meaningful
 * (a proxy's 503 page is as retryable as EC2's own); with a 2xx status it becomes an {@link
 * dev.ec2lite.error.Ec2ClientException} carrying the status, since there is no answer to act on.
 * Either way the message holds the status, the reason and a sanitised snippet of at most 200 characters
 * (control characters replaced, whitespace collapsed, credential values redacted), and any parser
 * exception is attached as the cause, never thrown as such.
 */
package dev.ec2lite.xml.internal;
