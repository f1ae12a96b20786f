package dev.ec2lite.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for {@code 127.0.0.1} made when the endpoint starts: a fresh P-256 key, signed by
 * itself, valid from an hour ago for 30 days. Nothing is stored and the key never leaves the process;
 * a client trusts the endpoint only by being handed {@link #pem()} (as a CA bundle).
 *
 * <p>The JDK has no public API that makes a certificate, so the DER is written here (RFC 5280,
 * section 4.1): version 3, a random serial, the subject as issuer, the key's own encoding, and one
 * extension, the subject alternative name {@code IP:127.0.0.1}, which hostname checks need.
 */
final class SelfSignedCertificate {
    private static final String SUBJECT_NAME = "ec2lite local endpoint";
    private static final Duration VALIDITY = Duration.ofDays(30);
    private static final char[] KEY_STORE_PASSWORD = "local".toCharArray(); // an in-memory store only

    private static final int[] OID_ECDSA_WITH_SHA256 = {1, 2, 840, 10045, 4, 3, 2};
    private static final int[] OID_COMMON_NAME = {2, 5, 4, 3};
    private static final int[] OID_SUBJECT_ALT_NAME = {2, 5, 29, 17};
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    /** UTCTime is two-digit-year; good until 2049, after which RFC 5280 asks for GeneralizedTime. */
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private final KeyPair keyPair;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /** Makes a key and its certificate, valid from {@code now} minus an hour (clock skew) for 30 days. */
    static SelfSignedCertificate create(Instant now) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keyPair = generator.generateKeyPair();

        byte[] algorithm = sequence(oid(OID_ECDSA_WITH_SHA256));
        byte[] name = sequence(set(sequence(oid(OID_COMMON_NAME), utf8String(SUBJECT_NAME))));
        Instant notBefore = now.minus(Duration.ofHours(1));
        byte[] validity = sequence(utcTime(notBefore), utcTime(now.plus(VALIDITY)));
        byte[] subjectAltName = sequence(tagged(0x87, LOOPBACK)); // [7] iPAddress
        byte[] extensions = explicit(3, sequence(sequence(oid(OID_SUBJECT_ALT_NAME), octetString(subjectAltName))));
        byte[] tbs = sequence(
                explicit(0, integer(BigInteger.TWO)), // v3
                integer(new BigInteger(127, new SecureRandom()).setBit(126)), // positive, 16 bytes
                algorithm,
                name,
                validity,
                name,
                keyPair.getPublic().getEncoded(), // SubjectPublicKeyInfo, already DER
                extensions);

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keyPair.getPrivate());
        signer.update(tbs);
        byte[] der = sequence(tbs, algorithm, bitString(signer.sign()));
        X509Certificate certificate = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        certificate.verify(keyPair.getPublic()); // what was written is what a client will check
        return new SelfSignedCertificate(keyPair, certificate);
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as a PEM block: what a client's CA bundle needs to trust this endpoint. */
    String pem() {
        try {
            String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the endpoint's certificate", e);
        }
    }

    /** A server-side TLS context presenting this certificate. */
    SSLContext serverContext() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make an empty key store", e);
        }
        store.setKeyEntry("endpoint", keyPair.getPrivate(), KEY_STORE_PASSWORD, new Certificate[] {certificate});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, KEY_STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    // DER (X.690): tag, length, contents.

    private static byte[] tagged(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
            out.write(0x80 | bytes);
            for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    private static byte[] set(byte[]... parts) {
        return tagged(0x31, concat(parts));
    }

    private static byte[] explicit(int number, byte[] contents) {
        return tagged(0xA0 | number, contents);
    }

    private static byte[] integer(BigInteger value) {
        return tagged(0x02, value.toByteArray()); // two's complement, minimal: what DER asks
    }

    private static byte[] octetString(byte[] contents) {
        return tagged(0x04, contents);
    }

    private static byte[] bitString(byte[] contents) {
        return tagged(0x03, concat(new byte[] {0}, contents)); // no unused bits
    }

    private static byte[] utf8String(String text) {
        return tagged(0x0C, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utcTime(Instant instant) {
        return tagged(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    /** An object identifier: the first two arcs in one byte, then each arc in base 128. */
    private static byte[] oid(int[] arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(40 * arcs[0] + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int arc = arcs[i];
            int groups = 1;
            while ((arc >>> (7 * groups)) != 0) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                out.write(((arc >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
            }
        }
        return tagged(0x06, out.toByteArray());
    }
}
