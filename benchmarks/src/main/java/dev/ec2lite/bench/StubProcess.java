package dev.ec2lite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link StubServer} in a JVM of its own, so that the CPU time and allocation the benchmark JVM
 * measures are the client's alone. It stops when this handle is closed, and by itself if the
 * benchmark dies (its standard input closes) or after {@link StubServer#MAX_LIFETIME}.
 */
final class StubProcess implements AutoCloseable {
    private final Process process;
    private final String url;

    private StubProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static StubProcess start(int threads) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-Xmx256m",
                // Without it the JDK's server leaves Nagle on, and each answer waits for a delayed ACK.
                "-Dsun.net.httpserver.nodelay=true",
                "-cp",
                System.getProperty("java.class.path"),
                StubServer.class.getName(),
                Integer.toString(threads));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("port ")) {
            process.destroyForcibly();
            throw new IOException("stub server did not start: " + line);
        }
        return new StubProcess(process, "http://127.0.0.1:" + line.substring(5).trim());
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
