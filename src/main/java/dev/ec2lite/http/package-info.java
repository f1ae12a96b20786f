/**
 * The HTTP seam: {@link dev.ec2lite.http.HttpTransport} sends one signed request and reads its
 * answer, bounded in size; {@link dev.ec2lite.http.OkHttpTransport} does it over OkHttp with OkHttp's
 * own retries and redirects switched off, so every attempt belongs to the retry strategy. A failure
 * without an answer is a {@link dev.ec2lite.http.TransportException} that says whether the server may
 * have seen the request.
 */
package dev.ec2lite.http;
