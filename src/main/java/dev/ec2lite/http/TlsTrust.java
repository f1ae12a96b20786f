package dev.ec2lite.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates a TLS connection accepts: the JDK's trust store, plus the certificates of
 * a CA bundle when one is given ({@code AWS_CA_BUNDLE}, the profile's {@code ca_bundle}, {@code
 * --ca-bundle}): a TLS-inspecting proxy's private CA is then trusted without losing the public ones.
 * Or, only when asked ({@code --no-verify-ssl}), nothing is checked.
 */
public final class TlsTrust {
    /** A CA bundle larger than this is not a CA bundle. */
    static final long MAX_BUNDLE_BYTES = 16L * 1024 * 1024;

    private final X509TrustManager trustManager;
    private final SSLSocketFactory socketFactory;
    private final boolean verifies;
    private final String description;

    private TlsTrust(X509TrustManager trustManager, boolean verifies, String description) {
        this.trustManager = trustManager;
        this.verifies = verifies;
        this.description = description;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, new SecureRandom());
            this.socketFactory = context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make a TLS context: " + e.getMessage(), e);
        }
    }

    /**
     * The JDK's trust store and the certificates of the PEM file {@code bundle}.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable, too large or holds
     *     no certificate
     */
    public static TlsTrust withCaBundle(Path bundle) {
        List<X509Certificate> certificates = readPem(bundle);
        X509TrustManager extra = trustManagerOf(certificates, bundle);
        X509TrustManager jdk = jdkDefault();
        return new TlsTrust(new EitherTrustManager(jdk, extra), true, "the JDK's trust store and " + bundle);
    }

    /** Trusts every certificate and host name: for {@code --no-verify-ssl} only. */
    public static TlsTrust insecure() {
        return new TlsTrust(new TrustEverything(), false, "no verification");
    }

    /** Whether certificates and host names are checked. */
    public boolean verifies() {
        return verifies;
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    /** With verification off, any host name is accepted as well. */
    HostnameVerifier hostnameVerifier() {
        return (host, session) -> true;
    }

    @Override
    public String toString() {
        return "TlsTrust{" + description + "}";
    }

    private static List<X509Certificate> readPem(Path bundle) {
        byte[] bytes;
        try {
            if (Files.size(bundle) > MAX_BUNDLE_BYTES) {
                throw new IllegalArgumentException(
                        "CA bundle " + bundle + " is larger than " + MAX_BUNDLE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(bundle);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("CA bundle " + bundle + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("CA bundle " + bundle + " cannot be read: " + e.getMessage(), e);
        }
        Collection<? extends Certificate> read;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            read = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (CertificateException | IOException e) {
            throw new IllegalArgumentException(
                    "CA bundle " + bundle + " is not a PEM file of certificates: " + e.getMessage(), e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : read) {
            if (certificate instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("CA bundle " + bundle + " holds no certificate");
        }
        return certificates;
    }

    private static X509TrustManager trustManagerOf(List<X509Certificate> certificates, Path bundle) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("ca-bundle-" + i, certificates.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return onlyX509(factory.getTrustManagers());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(
                    "CA bundle " + bundle + " cannot be used as trust anchors: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager jdkDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return onlyX509(factory.getTrustManagers());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trust store cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager onlyX509(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("the JDK offers no X.509 trust manager");
    }

    /** Accepts a server that either trust manager accepts. */
    private static final class EitherTrustManager implements X509TrustManager {
        private final X509TrustManager first;
        private final X509TrustManager second;

        EitherTrustManager(X509TrustManager first, X509TrustManager second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException fromJdk) {
                try {
                    second.checkServerTrusted(chain, authType);
                } catch (CertificateException fromBundle) {
                    fromBundle.addSuppressed(fromJdk);
                    throw fromBundle;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    /** Accepts anything; the warning is the caller's to print. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
