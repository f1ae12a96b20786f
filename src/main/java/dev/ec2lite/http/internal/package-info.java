/**
 * The transport over OkHttp, {@link dev.ec2lite.http.internal.OkHttpTransport}, with OkHttp's own
 * retries and redirects switched off, so every attempt belongs to the retry strategy; every phase of an
 * attempt (connect, proxy {@code CONNECT}, TLS handshake, write, read) bounded by socket timeouts and the
 * attempt's deadline, and a failure named by the phase it happened in. {@link
 * dev.ec2lite.http.internal.NetworkSettings} (the one {@link dev.ec2lite.http.NetworkConfig}) holds the
 * proxy for each URL ({@link dev.ec2lite.http.internal.ProxyResolver}: the environment and the JVM's
 * properties, with {@code NO_PROXY}) and the trusted certificates ({@link
 * dev.ec2lite.http.internal.TlsTrust}: the JDK's store and a CA bundle). Not exported: public only for
 * ec2lite's own packages.
 */
package dev.ec2lite.http.internal;
