package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CA bundle that cannot be used is an error naming the file, before any connection. */
class TlsTrustTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBundleIsNamed() {
        Path missing = dir.resolve("missing.pem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsTrust.withCaBundle(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"));
    }

    @Test
    void aFileWithoutCertificatesIsNamedAndNotEchoed() throws Exception {
        Path notPem = dir.resolve("secrets.txt");
        Files.writeString(notPem, "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsTrust.withCaBundle(notPem));
        assertTrue(e.getMessage().contains(notPem.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("wJalrXUtnFEMI"), e.getMessage());
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "");
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.withCaBundle(empty));
    }

    @Test
    void aDirectoryIsNotABundle() {
        assertThrows(IllegalArgumentException.class, () -> TlsTrust.withCaBundle(dir));
    }

    @Test
    void severalCertificatesInOneFileAreAllTrusted() throws Exception {
        HeldCertificate first =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate second =
                new HeldCertificate.Builder().certificateAuthority(0).build();
        Path pem = dir.resolve("two.pem");
        Files.writeString(pem, first.certificatePem() + second.certificatePem());
        TlsTrust trust = TlsTrust.withCaBundle(pem);
        java.util.List<java.security.cert.X509Certificate> issuers =
                java.util.Arrays.asList(trust.trustManager().getAcceptedIssuers());
        assertTrue(issuers.contains(first.certificate()) && issuers.contains(second.certificate()));
        assertTrue(trust.verifies());
        assertFalse(TlsTrust.insecure().verifies());
    }
}
