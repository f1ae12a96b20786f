package dev.ec2lite.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A private CA made at run time and the certificate it signs for {@code 127.0.0.1}: the TLS stub
 * presents the certificate, and the clients trust the CA, as a PEM bundle ({@code --ca-bundle}) or as a
 * PKCS#12 trust store ({@code javax.net.ssl.trustStore}, for the SDK). Nothing is kept after the run.
 */
final class LocalCa {
    static final String TRUST_STORE_PASSWORD = "benchmark";

    private final HeldCertificate ca = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("ec2lite benchmark CA")
            .build();
    private final HeldCertificate server = new HeldCertificate.Builder()
            .signedBy(ca)
            .commonName("127.0.0.1")
            .addSubjectAlternativeName("127.0.0.1")
            .build();

    /** What the TLS stub serves with. */
    SSLContext serverContext() {
        return new HandshakeCertificates.Builder()
                .heldCertificate(server, ca.certificate())
                .build()
                .sslContext();
    }

    /** Writes the CA's certificate as a PEM bundle. */
    Path writePem(Path file) throws IOException {
        return Files.writeString(file, ca.certificatePem(), StandardCharsets.US_ASCII);
    }

    /** Writes the CA's certificate as a PKCS#12 trust store ({@link #TRUST_STORE_PASSWORD}). */
    Path writeTrustStore(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ec2lite-benchmark-ca", ca.certificate());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        }
        return file;
    }
}
