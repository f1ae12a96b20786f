package dev.ec2lite.bench;

import dev.ec2lite.DetachNetworkInterfaceRequest;
import dev.ec2lite.DetachNetworkInterfaceResponse;
import dev.ec2lite.config.Environment;
import dev.ec2lite.credentials.AwsCredentials;
import dev.ec2lite.credentials.CredentialsProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A whole {@code DetachNetworkInterface} call in steady state: build the request, sign, send over a
 * kept-alive connection to a stub on {@code 127.0.0.1}, read and parse the answer. ec2lite (OkHttp)
 * against the SDK v2's {@code Ec2Client} with its Apache 5 client, both with default settings apart
 * from endpoint, static credentials and region {@code us-east-1}. Run it with {@code -t 1} and with
 * several threads, {@code -prof gc} and {@code -prof dev.ec2lite.bench.CpuProfiler}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SteadyStateBenchmark {
    /** The stub server, in a JVM of its own so that its CPU and allocation are not counted. */
    @State(Scope.Benchmark)
    public static class Stub {
        StubProcess process;

        @Setup(Level.Trial)
        public void start() throws IOException {
            process = StubProcess.start(4);
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            process.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Ec2lite {
        dev.ec2lite.Ec2Client client;
        DetachNetworkInterfaceRequest request;
        Path emptyHome;

        @Setup(Level.Trial)
        public void start(Stub stub) throws IOException {
            emptyHome = Files.createTempDirectory("ec2lite-bench-home");
            client = dev.ec2lite.Ec2Client.builder()
                    .region(Fixtures.REGION)
                    .endpointOverride(stub.process.url())
                    .credentialsProvider(CredentialsProvider.of(
                            AwsCredentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY)))
                    .environment(Environment.of(Map.of(), Map.of(), emptyHome))
                    .build();
            request = DetachNetworkInterfaceRequest.builder()
                    .attachmentId(Fixtures.ATTACHMENT_ID)
                    .build();
            check(client.detachNetworkInterface(request).requestId().orElse(null));
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            client.close();
            Files.deleteIfExists(emptyHome);
        }
    }

    @State(Scope.Benchmark)
    public static class SdkV2 {
        software.amazon.awssdk.services.ec2.Ec2Client client;
        software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceRequest request;

        @Setup(Level.Trial)
        public void start(Stub stub) {
            client = software.amazon.awssdk.services.ec2.Ec2Client.builder()
                    .region(Region.US_EAST_1)
                    .endpointOverride(URI.create(stub.process.url()))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY)))
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
            request = software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceRequest.builder()
                    .attachmentId(Fixtures.ATTACHMENT_ID)
                    .build();
            check(client.detachNetworkInterface(request).responseMetadata().requestId());
        }

        @TearDown(Level.Trial)
        public void stop() {
            client.close();
        }
    }

    @Benchmark
    public DetachNetworkInterfaceResponse ec2lite(Ec2lite state) {
        return state.client.detachNetworkInterface(state.request);
    }

    @Benchmark
    public software.amazon.awssdk.services.ec2.model.DetachNetworkInterfaceResponse sdkV2(SdkV2 state) {
        return state.client.detachNetworkInterface(state.request);
    }

    private static void check(String requestId) {
        if (!Fixtures.REQUEST_ID.equals(requestId)) {
            throw new IllegalStateException("unexpected answer through the stub: request id " + requestId);
        }
    }
}
