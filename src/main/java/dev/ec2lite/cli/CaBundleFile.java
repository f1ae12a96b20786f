package dev.ec2lite.cli;

import dev.ec2lite.local.LocalEc2Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded endpoint's certificate written to a temporary PEM file, which clients read as their CA
 * bundle; removed on {@link #close()}. Empty when the endpoint serves plain http.
 */
final class CaBundleFile implements AutoCloseable {
    private final Path path; // null: nothing written

    private CaBundleFile(Path path) {
        this.path = path;
    }

    static CaBundleFile of(LocalEc2Endpoint endpoint) {
        Optional<String> pem = endpoint.certificatePem();
        if (pem.isEmpty()) {
            return new CaBundleFile(null);
        }
        try {
            Path file = Files.createTempFile("ec2lite-local-endpoint-", ".pem");
            Files.writeString(file, pem.get(), StandardCharsets.US_ASCII);
            return new CaBundleFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the endpoint's certificate: " + e.getMessage(), e);
        }
    }

    Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    @Override
    public void close() {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A temporary file left behind holds only a public certificate; say so rather than fail.
                System.err.println("ec2lite: could not remove " + path + ": " + e.getMessage());
            }
        }
    }
}
