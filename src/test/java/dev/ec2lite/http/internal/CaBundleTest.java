package dev.ec2lite.http.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Random;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle is indexed by subject without decoding, and a chain is checked against its own issuers only. */
class CaBundleTest {
    private static final HeldCertificate RSA_CA = new HeldCertificate.Builder()
            .certificateAuthority(1)
            .rsa2048()
            .commonName("RSA root")
            .organizationalUnit("ec2lite tests")
            .build();
    private static final HeldCertificate EC_CA = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("EC root")
            .build();
    private static final HeldCertificate LEAF = new HeldCertificate.Builder()
            .signedBy(EC_CA)
            .addSubjectAlternativeName("127.0.0.1")
            .commonName("127.0.0.1")
            .build();

    @TempDir
    Path dir;

    @Test
    void theSubjectIsFoundWithoutDecodingTheCertificate() throws Exception {
        for (HeldCertificate held : new HeldCertificate[] {RSA_CA, EC_CA, LEAF}) {
            X509Certificate certificate = held.certificate();
            assertArrayEquals(
                    certificate.getSubjectX500Principal().getEncoded(),
                    DerCertificate.subjectOf(certificate.getEncoded()),
                    certificate.getSubjectX500Principal().getName());
        }
    }

    @Test
    void truncatedOrHostileDerIsRefusedNotReadOutOfBounds() throws Exception {
        byte[] der = LEAF.certificate().getEncoded();
        for (int length = 0; length < der.length; length++) {
            assertNull(DerCertificate.subjectOf(Arrays.copyOf(der, length)), "truncated to " + length);
        }
        byte[] longer = Arrays.copyOf(der, der.length + 1);
        assertNull(DerCertificate.subjectOf(longer), "trailing bytes");
        // A length that claims four gigabytes, and indefinite length (BER, not DER).
        assertNull(
                DerCertificate.subjectOf(new byte[] {0x30, (byte) 0x84, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F}));
        assertNull(DerCertificate.subjectOf(new byte[] {0x30, (byte) 0x80, 0x00, 0x00}));
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            if (noise.length > 0) {
                noise[0] = 0x30;
            }
            DerCertificate.subjectOf(noise); // must return, whatever it returns
        }
    }

    @Test
    void aBundleIsReadWithAllItsCertificates() throws Exception {
        Path pem = write("two.pem", RSA_CA.certificatePem() + "\n# a comment line\n" + EC_CA.certificatePem());
        CaBundle bundle = CaBundle.read(pem);
        assertEquals(2, bundle.size());
        assertEquals(java.util.List.of(RSA_CA.certificate(), EC_CA.certificate()), bundle.certificates());
    }

    @Test
    void aMalformedCertificateIsNamedByItsPlaceInTheFile() throws Exception {
        String notACertificate = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString("hello".getBytes(StandardCharsets.US_ASCII))
                + "\n-----END CERTIFICATE-----\n";
        Path pem = write("bad.pem", EC_CA.certificatePem() + notACertificate);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaBundle.read(pem));
        assertTrue(e.getMessage().contains(pem.toString()) && e.getMessage().contains("certificate 2"), e.getMessage());

        Path unterminated = write("cut.pem", EC_CA.certificatePem().replace("-----END CERTIFICATE-----", ""));
        e = assertThrows(IllegalArgumentException.class, () -> CaBundle.read(unterminated));
        assertTrue(e.getMessage().contains("certificate 1") && e.getMessage().contains("END"), e.getMessage());

        Path notBase64 = write("junk.pem", "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
        e = assertThrows(IllegalArgumentException.class, () -> CaBundle.read(notBase64));
        assertTrue(e.getMessage().contains("certificate 1"), e.getMessage());
    }

    @Test
    void aChainIsCheckedAgainstTheCertificatesThatNameItsIssuer() throws Exception {
        HeldCertificate sameNameOtherKey = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("EC root")
                .build();
        // The look-alike comes first: both are anchors for the chain, and the right one verifies it.
        CaBundle bundle = CaBundle.read(write(
                "many.pem", RSA_CA.certificatePem() + sameNameOtherKey.certificatePem() + EC_CA.certificatePem()));
        X509Certificate[] chain = {LEAF.certificate(), EC_CA.certificate()};
        bundle.trustManagerFor(chain).checkServerTrusted(chain, "ECDHE_ECDSA");

        X509Certificate[] onlyLeaf = {LEAF.certificate()};
        bundle.trustManagerFor(onlyLeaf).checkServerTrusted(onlyLeaf, "ECDHE_ECDSA");

        CaBundle unrelated = CaBundle.read(write("unrelated.pem", RSA_CA.certificatePem()));
        CertificateException e = assertThrows(CertificateException.class, () -> unrelated.trustManagerFor(chain));
        assertTrue(e.getMessage().contains("no certificate in CA bundle"), e.getMessage());

        CaBundle impostor = CaBundle.read(write("impostor.pem", sameNameOtherKey.certificatePem()));
        assertThrows(
                CertificateException.class,
                () -> impostor.trustManagerFor(chain).checkServerTrusted(chain, "ECDHE_ECDSA"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
