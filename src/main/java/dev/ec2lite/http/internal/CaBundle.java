package dev.ec2lite.http.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.security.auth.x500.X500Principal;

/**
 * The certificates of a PEM CA bundle, read lazily. Decoding a certificate (its key, its extensions) is the
 * costly part of using a bundle, and a system bundle holds well over a hundred while one handshake needs one
 * or two; so at start-up each certificate is only checked to be well-formed DER and its subject located,
 * and a certificate is decoded when a server's chain names it.
 *
 * <p>Only a certificate whose subject is the issuer (or the subject) of a certificate in the chain can
 * anchor that chain: PKIX chains certificates by name. Validating with just those anchors therefore
 * accepts exactly the chains that validating with the whole bundle accepts.
 */
final class CaBundle {
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private final Path file;
    private final List<Entry> entries;
    /** Trust managers already made, by the set of entries they anchor on: one per distinct chain issuer. */
    private final Map<BitSet, X509ExtendedTrustManager> trustManagers = new ConcurrentHashMap<>();

    private CaBundle(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** One certificate of the bundle: its DER encoding, its subject's, and both decoded once needed. */
    private static final class Entry {
        final byte[] der;
        final byte[] subjectDer;
        private X500Principal subject;
        private X509Certificate certificate;

        Entry(byte[] der, byte[] subjectDer) {
            this.der = der;
            this.subjectDer = subjectDer;
        }

        synchronized X500Principal subject() {
            if (subject == null) {
                subject = new X500Principal(subjectDer);
            }
            return subject;
        }

        synchronized X509Certificate certificate() throws CertificateException {
            if (certificate == null) {
                certificate = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            }
            return certificate;
        }
    }

    /**
     * Reads {@code file} and checks that it holds at least one well-formed certificate.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable, too large, holds no
     *     PEM certificate or a malformed one
     */
    static CaBundle read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > TlsTrust.MAX_BUNDLE_BYTES) {
                throw new IllegalArgumentException(
                        "CA bundle " + file + " is larger than " + TlsTrust.MAX_BUNDLE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("CA bundle " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("CA bundle " + file + " cannot be read: " + e.getMessage(), e);
        }
        // Latin-1 maps each byte to one char, so offsets found in the text are offsets in the file.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Entry> entries = new ArrayList<>();
        int from = 0;
        while (true) {
            int begin = text.indexOf(BEGIN, from);
            if (begin < 0) {
                break;
            }
            int end = text.indexOf(END, begin);
            if (end < 0) {
                throw malformed(file, entries.size() + 1, "it has no " + END + " line");
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(text.substring(begin + BEGIN.length(), end));
            } catch (IllegalArgumentException e) {
                throw malformed(file, entries.size() + 1, "it is not base64");
            }
            byte[] subject = DerCertificate.subjectOf(der);
            if (subject == null) {
                throw malformed(file, entries.size() + 1, "it is not a DER-encoded X.509 certificate");
            }
            entries.add(new Entry(der, subject));
            from = end + END.length();
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(
                    "CA bundle " + file + " holds no certificate (expected PEM, " + BEGIN + ")");
        }
        return new CaBundle(file, List.copyOf(entries));
    }

    private static IllegalArgumentException malformed(Path file, int number, String why) {
        return new IllegalArgumentException("CA bundle " + file + " is not a PEM file of certificates: certificate "
                + number + " is malformed (" + why + ")");
    }

    int size() {
        return entries.size();
    }

    /** Every certificate of the bundle, decoded (all of them: only for callers that list the anchors). */
    List<X509Certificate> certificates() throws CertificateException {
        List<X509Certificate> all = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            all.add(entry.certificate());
        }
        return all;
    }

    /**
     * A trust manager anchored on the bundle's certificates that can anchor {@code chain}.
     *
     * @throws CertificateException when none can, or one of them cannot be decoded
     */
    X509ExtendedTrustManager trustManagerFor(X509Certificate[] chain) throws CertificateException {
        Set<X500Principal> names = new HashSet<>();
        for (X509Certificate certificate : chain) {
            names.add(certificate.getIssuerX500Principal());
            names.add(certificate.getSubjectX500Principal());
        }
        BitSet anchors = new BitSet(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (names.contains(entries.get(i).subject())) {
                anchors.set(i);
            }
        }
        if (anchors.isEmpty()) {
            throw new CertificateException("no certificate in CA bundle " + file + " issued the server's certificate");
        }
        X509ExtendedTrustManager known = trustManagers.get(anchors);
        if (known != null) {
            return known;
        }
        X509ExtendedTrustManager made = trustManagerOf(anchors);
        trustManagers.put(anchors, made);
        return made;
    }

    private X509ExtendedTrustManager trustManagerOf(BitSet anchors) throws CertificateException {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = anchors.nextSetBit(0); i >= 0; i = anchors.nextSetBit(i + 1)) {
                store.setCertificateEntry("ca-bundle-" + i, entries.get(i).certificate());
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return TlsTrust.onlyX509(factory.getTrustManagers());
        } catch (GeneralSecurityException | IOException e) {
            throw new CertificateException(
                    "CA bundle " + file + " cannot be used as trust anchors: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
