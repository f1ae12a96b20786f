/**
 * AWS Signature Version 4, written stage by stage: {@link dev.ec2lite.signing.CanonicalRequest},
 * string to sign, signing key (cached), signature, and the headers or presigned query parameters
 * added to the request, for any method, path, query, headers and body. {@link
 * dev.ec2lite.signing.SigV4Signer} is the entry point; SHA-256 and HMAC go through the {@link
 * dev.ec2lite.signing.SigV4Crypto} seam (the JDK's or Bouncy Castle's). Nothing here reads a clock,
 * does I/O, or depends on OkHttp or Jackson.
 */
package dev.ec2lite.signing;
