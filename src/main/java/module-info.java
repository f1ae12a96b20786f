/**
 * ec2lite: a small Amazon EC2 API client, its SigV4 signer, credential and region providers, and an
 * embedded EC2 endpoint for tests. See the overview page for a first call.
 *
 * <p>Exported: what a user builds, calls, catches or configures, each package with its reason below.
 * The machinery is in the {@code internal} subpackages, which are not exported (public only so that
 * ec2lite's other packages can use them; no compatibility promised), and {@code javac -Xlint:exports}
 * would name any exported signature that reaches into them. A new package must be listed here, exported
 * or not, with its reason.
 */
module dev.ec2lite {
    // Not exported: dev.ec2lite.query.internal, dev.ec2lite.xml.internal, dev.ec2lite.config.internal,
    // dev.ec2lite.retry.internal and dev.ec2lite.http.internal, machinery that appears in no public
    // signature (public only so that ec2lite's other packages can use it).
    // Not exported: dev.ec2lite.cli.output, the command line's json/text/table/yaml output and --query.
    // Not exported: dev.ec2lite.cli, the command line. Its Main still runs from the module path
    // (java -p ... --add-modules info.picocli -m dev.ec2lite/dev.ec2lite.cli.Main). The commands
    // declare their picocli model in code, so picocli needs no reflective access to them.

    // Ec2Client.Builder#httpClient takes an OkHttpClient, so a user of the builder needs OkHttp too.
    requires transitive okhttp3;
    // Not imported by ec2lite's own code: OkHttp runs on them; named so that the module graph lists
    // every jar that ships.
    requires okio;
    requires kotlin.stdlib;
    // Reading answers (xml) and JSON credentials (providers); Woodstox is not needed: the JDK's StAX is used.
    requires com.fasterxml.jackson.dataformat.xml;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    // Jackson XML's parser types (FromXmlParser) name stax2's interfaces.
    requires org.codehaus.stax2;
    requires java.xml;
    // The embedded endpoint (local) serves HTTP with the JDK's own server.
    requires jdk.httpserver;
    // Optional, as in the POM: the command line's parser, and the alternative crypto of the signer.
    requires static info.picocli;
    requires static org.bouncycastle.provider;
    // JMESPath (--query on the command line only). Its jars name no module, so these are the names the
    // JDK derives from the file names jmespath-core-*.jar and jmespath-jackson-*.jar.
    requires static jmespath.core;
    requires static jmespath.jackson;

    // The client, its builder, typed requests and responses, waiters and the fail-over mover.
    exports dev.ec2lite;
    // What a call throws.
    exports dev.ec2lite.error;
    // AwsCredentials and CredentialsProvider, which users implement or pass in.
    exports dev.ec2lite.credentials;
    // The credential and region providers a user configures (chain, profile, STS, container, IMDS).
    exports dev.ec2lite.providers;
    // The signer's public API, usable on its own.
    exports dev.ec2lite.signing;
    // The embedded EC2 endpoint, for users' tests.
    exports dev.ec2lite.local;
    // Ec2Client#call takes a QueryRequest and returns a QueryResponse: the escape hatch for untyped actions.
    // The Query client itself (signing, sending, the one retry loop) is in dev.ec2lite.query.internal.
    exports dev.ec2lite.query;
    // QueryResponse#xml and DescribeNetworkInterfacesResponse return XmlElement. The reading (limits,
    // refusals, error mapping) is in dev.ec2lite.xml.internal.
    exports dev.ec2lite.xml;
    // Ec2Client.Builder#transport and the STS source's builder take an HttpTransport (a test seam), with
    // what a transport throws; the credential providers' builders take a NetworkConfig (proxy and trusted
    // CAs). The OkHttp transport, proxy rules and TLS trust are in dev.ec2lite.http.internal.
    exports dev.ec2lite.http;
    // The builders take RetryMode, RetryStrategy (to share one quota) and Sleeper. The retry decisions
    // (classification, backoff, quota, rate limiter, clock skew) are in dev.ec2lite.retry.internal.
    exports dev.ec2lite.retry;
    // The builders and providers take Environment (where settings are read from) and ProfileFile.
    // Endpoint resolution and partitions are in dev.ec2lite.config.internal.
    exports dev.ec2lite.config;
}
