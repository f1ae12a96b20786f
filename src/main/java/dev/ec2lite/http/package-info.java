/**
 * The HTTP seam and what a user configures of the network: {@link dev.ec2lite.http.HttpTransport}
 * sends one signed request ({@link dev.ec2lite.http.HttpCall}) and reads its answer ({@link
 * dev.ec2lite.http.HttpAnswer}), bounded in size; a test or a wrapper passes its own to the client's
 * builder. A failure without an answer is a {@link dev.ec2lite.http.TransportException} that says whether
 * the server may have seen the request; an answer over the size limit is a {@link
 * dev.ec2lite.http.ResponseTooLargeException}. {@link dev.ec2lite.http.NetworkConfig} is the proxy and
 * the trusted certificates a credential provider built on its own is given. The OkHttp transport, the
 * proxy rules, the TLS trust and the per-phase bounds are ec2lite's own business, in a package the module
 * does not export.
 */
package dev.ec2lite.http;
